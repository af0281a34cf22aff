/**
 * Builds the patterns that decide whether a text could hold evidence at all from the language
 * packs' words and the wire services' names: the content script's pre-check runs them over the
 * page, the analysis's cue gate over each block. Nothing here is kept by hand: a new pack or agency
 * changes them by its data alone.
 *
 * They are built when the extension is built (`npm run gen:trigger`, run by `npm run build`), into
 * trigger-sources.json, which trigger.ts reads: building them from the words took a page's content
 * script tens of milliseconds on every page it met, and shipped every pack's words and the whole
 * wire registry to each. tests/unit/trigger.test.ts fails when the file is older than the words.
 */
import { PAGE_WORDS } from './languages';
import { DIGIT, LETTER, UPPER } from './letters';
import { AGENCY_SPELLINGS, DATELINE_TOKENS } from './registry/wire';
import type { AnalysisTriggerSources, PageTriggerSources } from './trigger';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = String.raw`[\s\u00a0]+`;
const CAPITAL_AFTER = ' {Cap}';

/** A trigger word as the atoms of a pattern: white space for a space, either case for a capital first letter. */
function wordAtoms(word: string, { cased }: { cased: boolean }): string[] {
  const needsCapital = word.endsWith(CAPITAL_AFTER);
  const bare = needsCapital ? word.slice(0, -CAPITAL_AFTER.length) : word;
  const [first, ...rest] = [...bare];
  const upper = first.toUpperCase();
  // A word that asks for a capital after it keeps its own case too: "By {Cap}" opens a byline, and
  // "by Ailes" inside a sentence is none (see PackWords.triggers).
  const eitherCase = cased && !needsCapital && first === upper && upper !== first.toLowerCase();
  const lead = eitherCase ? `[${escape(first.toLowerCase())}${escape(upper)}]` : escape(first);
  const atoms = [lead, ...rest.map((character) => (character === ' ' ? SPACE : escape(character)))];
  // Without case (the cue gate), "{Cap}" cannot be asked for: the word alone is a looser gate.
  if (needsCapital && cased) atoms.push(SPACE, `[${UPPER}${DIGIT}]`);
  return atoms;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Words as one pattern in the shape of a trie: "report(?:ed|s)" rather than "reported|reports".
 * A flat alternation of a thousand words is tried word by word at every position of the text
 * (measured in Node 20: 2,900 ns a character for the pre-check's, with every pack's words and every
 * agency's name; as a trie, 20); sharing prefixes, the engine follows one branch per character.
 */
export function trie(sequences: string[][]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const atoms of sequences) {
    let node = root;
    for (const atom of atoms) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([atom, child]) => atom + emit(child));
    if (!branches.length) return '';
    if (node.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  const body = emit(root);
  if (!body) return '(?!)';
  // The characters a word can start with, as a class in front: the engine skips ahead to the next
  // of them instead of trying every branch at every position (18 → 11 ns a character for the cue words, measured in Node 20).
  const firsts = [...root.next.keys()].map((atom) =>
    atom.startsWith('[') && atom.endsWith(']') ? atom.slice(1, -1) : atom.startsWith('\\') ? atom : atom.replace(/[-^\]]/g, '\\$&'),
  );
  return `(?=[${firsts.join('')}])${body}`;
}

const wordsTrie = (words: string[], options: { cased: boolean }) => trie(words.map((word) => wordAtoms(word, options)));
const namesTrie = (names: readonly string[]) => trie(names.map((name) => [...name].map(escape)));

const unique = (items: string[]) => [...new Set(items)];
const startsLowerCase = (name: string) => name[0] !== name[0].toUpperCase();

/**
 * The agencies' names the pre-check must look for, those in lower case ("dpa") too: a name that
 * holds another in lower or mixed case ("The Associated Press", "dpa-AFX") is found by that one
 * wherever it is, since the scanner takes such a name anywhere (insideCapitals only lets go of
 * capitals). 47 of 368 names, a kilobyte of the content script. The analysis keeps them all.
 */
export function preCheckAgencies(names: readonly string[]): string[] {
  const finders = names.filter((name) => name !== name.toUpperCase());
  return names.filter((name) => !finders.some((other) => other !== name && name.includes(other)));
}

/** Every trigger pattern's words as pattern sources, from the packs and the registry (see trigger.ts for what each makes). */
export function buildTriggerSources(): { page: PageTriggerSources; analysis: AnalysisTriggerSources } {
  const packWords = Object.values(PAGE_WORDS);
  const triggerWords = unique(packWords.flatMap((words) => words.triggers)).sort((a, b) => b.length - a.length);
  const labels = unique(packWords.flatMap((words) => words.sourceLabels)).sort((a, b) => b.length - a.length);
  const bylineWords = unique(packWords.flatMap((words) => words.bylineWords));
  const capitalWords = triggerWords.filter((word) => word.endsWith(CAPITAL_AFTER));
  const plainWords = unique(triggerWords.filter((word) => !word.endsWith(CAPITAL_AFTER)).map((word) => word.toLowerCase()));
  const languages = Object.fromEntries(
    Object.entries(PAGE_WORDS).map(([code, words]) => [
      code,
      { cues: unique(words.triggers), labels: unique(words.sourceLabels), common: words.commonWords, ...(words.letters ? { letters: words.letters } : {}) },
    ]),
  );
  return {
    page: {
      labels: wordsTrie(labels, { cased: true }),
      tokens: namesTrie(DATELINE_TOKENS),
      lowerCaseAgencies: AGENCY_SPELLINGS.filter(startsLowerCase),
      bylineWords: bylineWords.map(escape).join('|'),
      words: {
        languages,
        tokens: [...DATELINE_TOKENS],
        agencies: preCheckAgencies(AGENCY_SPELLINGS),
      },
    },
    analysis: {
      cueWords: wordsTrie(triggerWords, { cased: true }),
      looseCueWords: wordsTrie(plainWords, { cased: false }),
      capitalCueWords: wordsTrie(capitalWords, { cased: true }),
      allAgencies: namesTrie(AGENCY_SPELLINGS),
    },
  };
}
