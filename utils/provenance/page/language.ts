/**
 * Which language packs a page needs. Every pack's trigger words together let almost no page through
 * the pre-check untested: stems of one language are words of another (Italian "Citat" and "informa"
 * in English "citation" and "information", "magazine", "commenta"), so nearly every page paid the
 * walk into blocks. A page is tested with the packs of the languages it is written in, and with
 * every wire service's name and token whatever its language.
 *
 * The language is what the page declares (`<html lang>`) and what its text shows: each pack's most
 * frequent small words, counted in a sample of the text ("the", "und", "les"; kana for Japanese).
 * A page that shows none of them and declares none of ours (too short, or in a language no pack
 * has) is tested with every pack, as before: a pack left out can only cost a cue, never add one.
 */
import type { LanguageWords } from '../trigger';

/**
 * Characters of the page's text counted, at most: its middle, where the story is. Some 900 words,
 * of which a fifth or more are the small words of the language they are in. (16 KB took 1 ms warm,
 * ten times the page's bare walk.)
 */
const SAMPLE_CHARACTERS = 6 * 1024;
/** A language counts when its words are at least this many, and this share of the most frequent one's. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.2;
/** A script of its own (kana, Han) counts from this many of its characters. */
const MIN_LETTERS = 20;

interface Counter {
  codes: string[];
  /** The pack indexes each word as written stands for (a word may be in two packs' lists). */
  byWord: Map<string, number[]>;
  /** Per pack with a script of its own, a pattern for one of its characters. */
  scripts: { index: number; pattern: RegExp }[];
}

const counters = new WeakMap<Record<string, LanguageWords>, Counter>();

/** What parts two words: anything but a Latin letter (Latin-1 to Latin Extended-B), as every small word of ours is written in. */
const NOT_LATIN = /[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;

function counterOf(languages: Record<string, LanguageWords>): Counter {
  let counter = counters.get(languages);
  if (counter) return counter;
  const codes = Object.keys(languages);
  const byWord = new Map<string, number[]>();
  const scripts: Counter['scripts'] = [];
  codes.forEach((code, index) => {
    const { common, letters } = languages[code];
    // As written in a sentence, opening one, and in capitals: no word of the text is lowered.
    for (const word of common.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])) {
      const list = byWord.get(word);
      if (!list) byWord.set(word, [index]);
      else if (!list.includes(index)) list.push(index);
    }
    if (letters) scripts.push({ index, pattern: new RegExp(`[${String.fromCharCode(letters[0])}-${String.fromCharCode(letters[1])}]`, 'g') });
  });
  counter = { codes, byWord, scripts };
  counters.set(languages, counter);
  return counter;
}

/** The middle of the text, at most SAMPLE_CHARACTERS of it: a page opens with menus and ends with a footer. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARACTERS) return text;
  const start = Math.floor((text.length - SAMPLE_CHARACTERS) / 2);
  return text.slice(start, start + SAMPLE_CHARACTERS);
}

/** The declared language's pack code: "de-CH" → "de", "zh-Hant" → "zh". */
export function declaredCode(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

/**
 * The codes of the packs a page's text needs, or undefined for every pack (nothing told its language).
 * `declared` is the page's `lang`: its pack is always among them.
 */
export function pageLanguages(text: string, declared: string | null | undefined, languages: Record<string, LanguageWords>): string[] | undefined {
  const counter = counterOf(languages);
  const wordCounts = new Array<number>(counter.codes.length).fill(0);
  const letterCounts = new Array<number>(counter.codes.length).fill(0);
  const sample = sampleOf(text);
  // Split by the engine, then one look-up per word: a loop over the sample's characters ran in the
  // interpreter on a page's first scan (3 to 14 ms for 16 KB), one pattern of all the words took
  // longer to compile (5 to 38 ms).
  for (const word of sample.split(NOT_LATIN)) {
    const packs = counter.byWord.get(word);
    if (packs) for (const pack of packs) wordCounts[pack]++;
  }
  for (const { index, pattern: letters } of counter.scripts) letterCounts[index] = sample.length - sample.replace(letters, '').length;
  const most = Math.max(...wordCounts);
  const found = new Set<string>();
  counter.codes.forEach((code, index) => {
    if (wordCounts[index] >= MIN_WORDS && wordCounts[index] >= most * MIN_SHARE) found.add(code);
    if (letterCounts[index] >= MIN_LETTERS) found.add(code);
  });
  const own = declaredCode(declared);
  if (own in languages) found.add(own);
  return found.size ? [...found] : undefined;
}
