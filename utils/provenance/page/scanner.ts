/**
 * The pre-check's scan without a regular expression. The same test as the pre-check's one pattern
 * (analysis/cue-gate.ts, PRECHECK_PATTERN: a cue word, a source label and its colon, an agency's
 * token in parentheses, an agency's name), tried at each of the text's UTF-16 code units.
 *
 * The pattern is some 20 KB of source, built from every pack's words and 141 agencies' names. V8
 * compiles a pattern on its first use and again, to machine code, on its first scans: that took a
 * page's first scan 60 to 130 ms in Chromium, more than all the rest of its work. Here the words
 * sit in buckets by their first two code units, each tried with the engine's own `startsWith`:
 * built in a millisecond, and nothing to compile. tests/unit/page/scanner.test.ts holds it to the
 * pattern.
 */
import { DIGIT, LETTER, UPPER } from '../letters';
import type { TriggerWords } from '../trigger';

const CUE = 1;
/** A word that asks for white space and a capital or a digit after it ("By {Cap}"). */
const CUE_CAPITAL = 2;
const LABEL = 4;
const AGENCY = 8;
const CAPITAL_AFTER = ' {Cap}';

/**
 * A word as the scanner tries it: its parts between spaces, each a literal (a cue's or a label's
 * space takes one or more white-space characters, as in the pattern; a name's space is a space).
 */
interface Entry {
  parts: string[];
  kind: number;
}

/**
 * Buckets by a hash of a word's first three code units (first two, or one, for shorter words). At
 * each position of the text one typed-array look-up tells whether any word could start there at
 * all, and only then is its bucket looked up: English text starts a word of the buckets at a few
 * positions in a hundred. A map keyed by the first two code units, looked up at every position
 * that could start a word, took 3.6 ms for a 40 KB page in Chromium against its 0.1 ms walk. Hash
 * neighbours share a bucket: matchEnd tells them apart.
 */
const HASH_MASK = 0xffff;
const hash2 = (first: number, second: number) => (first * 31 + second) & HASH_MASK;
const hash3 = (first: number, second: number, third: number) => ((first * 31 + second) * 31 + third) & HASH_MASK;
/** The `present` byte's bits: which of the three look-ups has a bucket at a hash. */
const HAS_TRIPLE = 1;
const HAS_PAIR = 2;
const HAS_SINGLE = 4;

class Buckets {
  /** Words whose first part has three code units or more, by hash3 of them. */
  private readonly byTriple = new Map<number, Entry[]>();
  /** Words whose first part has two, by hash2. */
  private readonly byPair = new Map<number, Entry[]>();
  /** Words whose first part has one, by that code unit (masked). */
  private readonly single = new Map<number, Entry[]>();
  /** Per hash, which of the maps above has a bucket for it (HAS_*). */
  private readonly present = new Uint8Array(HASH_MASK + 1);
  /** Whether any word starts with a code unit (masked): most positions stop here. */
  private readonly starts = new Uint8Array(HASH_MASK + 1);

  add(word: string, kind: number, spaced: boolean): void {
    const parts = spaced ? word.split(' ') : [word];
    const head = parts[0];
    if (!head) return;
    const entry = { parts, kind };
    const first = head.charCodeAt(0);
    this.starts[first & HASH_MASK] = 1;
    let list: Map<number, Entry[]>;
    let key: number;
    if (head.length >= 3) {
      [list, key] = [this.byTriple, hash3(first, head.charCodeAt(1), head.charCodeAt(2))];
      this.present[key] |= HAS_TRIPLE;
    } else if (head.length === 2) {
      [list, key] = [this.byPair, hash2(first, head.charCodeAt(1))];
      this.present[key] |= HAS_PAIR;
    } else {
      [list, key] = [this.single, first & HASH_MASK];
      this.present[key] |= HAS_SINGLE;
    }
    const bucket = list.get(key);
    if (bucket) bucket.push(entry);
    else list.set(key, [entry]);
  }

  /** Puts in `found` the buckets of the words that could start at `index` ([triple, pair, single]); false when none could. */
  at(text: string, index: number, found: (Entry[] | undefined)[]): boolean {
    const first = text.charCodeAt(index);
    if (this.starts[first & HASH_MASK] === 0) return false;
    const present = this.present;
    const second = text.charCodeAt(index + 1);
    const tripleKey = index + 2 < text.length ? hash3(first, second, text.charCodeAt(index + 2)) : -1;
    const pairKey = index + 1 < text.length ? hash2(first, second) : -1;
    const singleKey = first & HASH_MASK;
    const triple = tripleKey >= 0 && present[tripleKey] & HAS_TRIPLE ? this.byTriple.get(tripleKey) : undefined;
    const pair = pairKey >= 0 && present[pairKey] & HAS_PAIR ? this.byPair.get(pairKey) : undefined;
    const single = present[singleKey] & HAS_SINGLE ? this.single.get(singleKey) : undefined;
    found[0] = triple;
    found[1] = pair;
    found[2] = single;
    return triple !== undefined || pair !== undefined || single !== undefined;
  }
}

/** JavaScript's `\s`, which the pattern's `[\s\u00a0]` is. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const WORD_CHARACTER = new RegExp(`[${LETTER}${DIGIT}]`);
const CAPITAL_OR_DIGIT = new RegExp(`[${UPPER}${DIGIT}]`);
const isCapital = (code: number) => code >= 65 && code <= 90;
/** "By AP…": a byline's own opening, whatever runs on after the name. */
const BY_BEFORE = /[Bb][Yy][\s\u00a0]+$/;

/**
 * True when an agency acronym is part of a longer run of capitals: "AP" in "JAPAN", "API" or
 * "SOAPBOX", "STA" in "STATEMENT". The pre-check reads the page's text without its node edges,
 * so a byline "AP" run straight into a heading "WASHINGTON" reads the same as a word, unless "By"
 * opens it; a real byline has a dateline or a cue word beside it almost always, and those are read
 * on their own. Names in mixed case ("Reuters") are taken wherever they are.
 */
export function insideCapitals(text: string, index: number, name: string): boolean {
  if (name !== name.toUpperCase()) return false;
  if (!isCapital(text.charCodeAt(index - 1)) && !isCapital(text.charCodeAt(index + name.length))) return false;
  return !BY_BEFORE.test(text.slice(Math.max(0, index - 8), index));
}

export class TriggerScanner {
  /** Cue words, labels and agency names: all start where a match starts. */
  private readonly words = new Buckets();
  /** Dateline tokens: they start after "(" and any white space. */
  private readonly tokens = new Buckets();
  /** The buckets found at a position, reused from one to the next. */
  private readonly found: (Entry[] | undefined)[] = [undefined, undefined, undefined];

  constructor(lists: TriggerWords) {
    const addWord = (word: string, kind: number) => {
      this.words.add(word, kind, true);
      // A capital first letter is either case, as the pattern writes it ("[oO]riginally"), but in a
      // word that asks for a capital after it ("By {Cap}": "by Ailes" in a sentence is no byline).
      const first = word[0];
      const lower = first.toLowerCase();
      if (kind !== CUE_CAPITAL && first === first.toUpperCase() && lower !== first) this.words.add(lower + word.slice(1), kind, true);
    };
    for (const word of lists.cues) {
      const capital = word.endsWith(CAPITAL_AFTER);
      addWord(capital ? word.slice(0, -CAPITAL_AFTER.length) : word, capital ? CUE_CAPITAL : CUE);
    }
    for (const label of lists.labels) addWord(label, LABEL);
    for (const name of lists.agencies) this.words.add(name, AGENCY, false);
    for (const token of lists.tokens) this.tokens.add(token, AGENCY, false);
  }

  /** True when the text holds anything the pre-check looks for (see PRECHECK_PATTERN), but an agency's name inside capitals. */
  mayHoldEvidence(text: string): boolean {
    const length = text.length;
    const found = this.found;
    for (let index = 0; index < length; index++) {
      if (text.charCodeAt(index) === 40 /* ( */ && this.datelineAt(text, index)) return true;
      if (!this.words.at(text, index, found)) continue;
      let agencyEnd = -1;
      for (const bucket of found) {
        if (!bucket) continue;
        for (const entry of bucket) {
          const end = matchEnd(text, index, entry.parts);
          if (end < 0) continue;
          const kind = entry.kind;
          if (kind === CUE) return true;
          if (kind === AGENCY) {
            // The pattern takes the longest name that fits.
            if (end > agencyEnd) agencyEnd = end;
          } else if (kind === CUE_CAPITAL ? capitalAfter(text, end) : colonAfter(text, end)) return true;
        }
      }
      if (agencyEnd > index && !insideCapitals(text, index, text.slice(index, agencyEnd))) return true;
    }
    return false;
  }

  /** An agency's token right after "(" and any white space, not run on into a letter or a digit. */
  private datelineAt(text: string, open: number): boolean {
    let position = open + 1;
    while (isSpace(text.charCodeAt(position))) position++;
    const found = this.found;
    if (!this.tokens.at(text, position, found)) return false;
    for (const bucket of found) {
      for (const entry of bucket ?? []) {
        const end = matchEnd(text, position, entry.parts);
        if (end >= 0 && (end >= text.length || !WORD_CHARACTER.test(text[end]))) return true;
      }
    }
    return false;
  }
}

/** Where a word's parts, white space between them, end when they start at `index`; -1 when they do not. */
function matchEnd(text: string, index: number, parts: string[]): number {
  let position = index;
  for (let part = 0; part < parts.length; part++) {
    if (part > 0) {
      if (!isSpace(text.charCodeAt(position))) return -1;
      do position++;
      while (isSpace(text.charCodeAt(position)));
    }
    const literal = parts[part];
    if (!text.startsWith(literal, position)) return -1;
    position += literal.length;
  }
  return position;
}

/** "By {Cap}": white space, then a capital or a digit. */
function capitalAfter(text: string, end: number): boolean {
  if (!isSpace(text.charCodeAt(end))) return false;
  let after = end + 1;
  while (isSpace(text.charCodeAt(after))) after++;
  return after < text.length && CAPITAL_OR_DIGIT.test(text[after]);
}

/** A label's colon, after any white space. */
function colonAfter(text: string, end: number): boolean {
  let after = end;
  while (isSpace(text.charCodeAt(after))) after++;
  const colon = text.charCodeAt(after);
  return colon === 58 /* : */ || colon === 0xff1a /* ： */;
}
