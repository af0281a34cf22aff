/**
 * Character classes for the engine's patterns, written as explicit ranges instead of Unicode
 * property escapes. V8 compiles a pattern on its first use, and one with `\p{L}` or `\p{Lu}` takes
 * 5 to 20 ms to compile: with a dozen name patterns that was 130 ms of the first scan of every page
 * (measured in Chromium 156). These ranges compile in under 1 ms.
 *
 * They cover the scripts outlet names are written in with capital letters: Latin (with Latin-1,
 * Extended-A/B and Extended Additional), Greek and Cyrillic. Where a block mixes cases letter by
 * letter (Latin Extended, Greek Extended, most of Cyrillic's additions), both cases count as either,
 * which at worst lets a word starting with "ł" pass for capitalised. tests/unit/letters.test.ts checks
 * them against the Unicode properties.
 */

/** Upper-case letters (a superset of `\p{Lu}` in the covered blocks). For use inside `[...]`. */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F\u0460-\u052F\u1E00-\u1FFF`;

/** Lower-case letters (a superset of `\p{Ll}` in the covered blocks). */
export const LOWER = String.raw`a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u0370-\u03FF\u0430-\u045F\u0460-\u052F\u1E00-\u1FFF`;

/** Letters of the covered blocks (`\p{L}` there, plus a few unassigned code points). */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u052F\u1E00-\u1FFF`;

/** Combining marks that follow letters of those scripts (accents left by NFD/NFKD). */
export const MARK = String.raw`\u0300-\u036F\u0483-\u0489`;

/** Digits and the number signs of Latin-1. */
export const DIGIT = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE`;

/**
 * What separates words in any script: ASCII and Latin-1 punctuation and spaces, general and CJK
 * punctuation, full-width ASCII punctuation. Used to reduce names to a key without dropping letters
 * of scripts the classes above do not cover.
 */
export const SEPARATOR = String.raw`\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u2000-\u206F\u2E00-\u2E7F\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65`;

/**
 * Chinese characters, kana and the iteration and prolonged-sound marks, full-width Latin letters and
 * digits: the letters of names written in Chinese or Japanese ("新京报", "共同通信", "ＮＨＫ").
 */
export const CJK = String.raw`\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a`;
