/**
 * The patterns that decide whether a text could hold evidence at all, built at load from the
 * language packs' words and the wire services' names: the content script's pre-check runs them
 * over the page, the analysis's cue gate over each block. Nothing here is kept by hand: a new pack
 * or agency changes them by its data alone.
 */
import { PAGE_WORDS } from './languages';
import { DIGIT, LETTER, UPPER } from './letters';
import { AGENCY_SPELLINGS, DATELINE_TOKENS } from './registry/wire';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE = String.raw`[\s\u00a0]+`;
const CAPITAL_AFTER = ' {Cap}';

/** A trigger word as the atoms of a pattern: white space for a space, either case for a capital first letter. */
function wordAtoms(word: string, { cased }: { cased: boolean }): string[] {
  const needsCapital = word.endsWith(CAPITAL_AFTER);
  const bare = needsCapital ? word.slice(0, -CAPITAL_AFTER.length) : word;
  const [first, ...rest] = [...bare];
  const upper = first.toUpperCase();
  const lead = cased && first === upper && upper !== first.toLowerCase() ? `[${escape(first.toLowerCase())}${escape(upper)}]` : escape(first);
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
const TRIGGER_WORDS = unique(PAGE_WORDS.flatMap((words) => words.triggers)).sort((a, b) => b.length - a.length);
const LABELS = unique(PAGE_WORDS.flatMap((words) => words.sourceLabels)).sort((a, b) => b.length - a.length);
const BYLINE_WORDS = unique(PAGE_WORDS.flatMap((words) => words.bylineWords));

const startsLowerCase = (name: string) => name[0] !== name[0].toUpperCase();

/**
 * A cheap test that is true for any text a cue could match: a block whose text fails it has no cue.
 * Case-insensitive but for the words that ask for a capital after them; tests/unit/languages.test.ts
 * runs every cue example of every pack through it.
 */
const LOOSE_TRIGGER = new RegExp(
  wordsTrie(
    unique(TRIGGER_WORDS.filter((word) => !word.endsWith(CAPITAL_AFTER)).map((word) => word.toLowerCase())),
    { cased: false },
  ),
  'i',
);
// A word that asks for a capital after it ("By {Cap}", "told {Cap}") is read as written: in any
// case, "by" alone would let every block through.
const CAPITAL_TRIGGER = new RegExp(wordsTrie(TRIGGER_WORDS.filter((word) => word.endsWith(CAPITAL_AFTER)), { cased: true }));
export const CUE_TRIGGER = { test: (text: string): boolean => LOOSE_TRIGGER.test(text) || CAPITAL_TRIGGER.test(text) };

/**
 * The cue words as the cues' own patterns write them: lower case but for a first letter that may
 * open a sentence ("Originally", "According"). The pre-check reads the whole page with it, so it
 * must not take a menu's "REPORTS" or a section called "Reports" for one. It has no word edge,
 * so that it holds also where a word runs on into the next node's ("reportsThe").
 */
export const CUE_TRIGGER_CASED = new RegExp(wordsTrie(TRIGGER_WORDS, { cased: true }));

/** A source label and its colon: "Quelle:", "Source :", "来源：". */
export const SOURCE_LABEL = new RegExp(`${wordsTrie(LABELS, { cased: true })}[\\s\\u00a0]*[:：]`);

/** A wire service's token opening a parenthesis, as every dateline has it: "(AP)", "(dpa/lno)". */
export const DATELINE_TOKEN = new RegExp(String.raw`\([\s\u00a0]*${namesTrie(DATELINE_TOKENS)}(?![${LETTER}${DIGIT}])`);

/** The agency names that start in lower case ("dpa"): the pre-check looks for them apart. */
export const LOWER_CASE_AGENCIES = AGENCY_SPELLINGS.filter(startsLowerCase);

/** The agency names as one alternation, with or without those that start in lower case. */
export function agencyAlternation({ lowerCase }: { lowerCase: boolean }): string {
  return namesTrie(AGENCY_SPELLINGS.filter((name) => lowerCase || !startsLowerCase(name)));
}

/**
 * The pre-check's one pattern, in a single scan of the text: a cue word, a source label, an agency
 * in parentheses (a dateline), or an agency's name (group 1: the name alone is not enough, see
 * page/precheck.ts). One pattern costs about half of three.
 */
export const PRECHECK_PATTERN = new RegExp(
  `${CUE_TRIGGER_CASED.source}|${SOURCE_LABEL.source}|${DATELINE_TOKEN.source}|(${agencyAlternation({ lowerCase: false })})`,
  'g',
);

/** A line that is a byline by its words alone ("By Reuters", "Von dpa"), wherever the page put it. */
// "Von: dpa", "By Reuters", and without a space after a word in Chinese or Japanese ("作者：新华社").
export const BY_LINE = new RegExp(String.raw`^[\s\u00a0]*(?:${BYLINE_WORDS.map(escape).join('|')})(?:[\s\u00a0]*[:：][\s\u00a0]*|[\s\u00a0]+|(?<=[\u3040-\u9fff])(?=[\u3040-\u9fff]))`);

/** A wire service's token as a word of its own ("FMW/Bloomberg", "aja/PAP"): a short line may be a credit. */
export const TOKEN_WORD = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])${namesTrie(DATELINE_TOKENS)}(?![${LETTER}${DIGIT}])`, 'u');
