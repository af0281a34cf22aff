/**
 * The patterns that decide whether a text could hold evidence at all: the content script's
 * pre-check runs them over the page, the analysis's cue gate over each block. Their word lists are
 * built into pattern sources from the language packs and the wire registry when the extension is
 * built (trigger-build.ts, `npm run gen:trigger`): a page's content script only puts them together
 * and compiles them, and carries no pack's words and no registry of its own.
 */
import { DIGIT, LETTER } from './letters';
import page from './trigger-sources.page.json';

/** The page side's word lists as pattern sources (trigger-sources.page.json). */
export interface PageTriggerSources {
  labels: string;
  /** Dateline tokens: "AP", "dpa/lno", "EFE". */
  tokens: string;
  lowerCaseAgencies: string[];
  bylineWords: string;
  /** The pre-check's words, for its scanner (page/scanner.ts), each pack's apart. */
  words: PageWords;
}

/** One pack's words as the pre-check takes them, and what tells a page is in its language. */
export interface LanguageWords {
  /** The pack's trigger words, cased as the cues write them; " {Cap}" asks for a capital after. */
  cues: string[];
  labels: string[];
  /** Its most frequent small words ("the", "und"): see page/language.ts. */
  common: string[];
  /** The code points only its script writes, first and last (kana, Han). */
  letters?: [number, number];
}

/** The pre-check's words: each pack's, and the wire services', which every page is tested for. */
export interface PageWords {
  languages: Record<string, LanguageWords>;
  tokens: string[];
  agencies: string[];
}

/** The pre-check's words as the packs and the registry give them. */
export interface TriggerWords {
  /** Every pack's trigger words, cased as the cues write them; " {Cap}" asks for a capital after. */
  cues: string[];
  labels: string[];
  tokens: string[];
  /** Agency names and aliases, those in lower case ("dpa") too. */
  agencies: string[];
}

/** The analysis side's (trigger-sources.analysis.json, read by analysis/cue-gate.ts). */
export interface AnalysisTriggerSources {
  /** Every pack's trigger words, as a trie, cased as the cues write them. */
  cueWords: string;
  looseCueWords: string;
  capitalCueWords: string;
  allAgencies: string;
}

const built = page as unknown as PageTriggerSources;
const SPACE = String.raw`[\s\u00a0]`;
const NOT_WORD_AFTER = `(?![${LETTER}${DIGIT}])`;

/** A source label and its colon: "Quelle:", "Source :", "来源：". */
export const SOURCE_LABEL = new RegExp(`${built.labels}${SPACE}*[:：]`);

/** A wire service's token opening a parenthesis, as every dateline has it: "(AP)", "(dpa/lno)". */
export const DATELINE_TOKEN = new RegExp(String.raw`\(${SPACE}*${built.tokens}${NOT_WORD_AFTER}`);

/** The agency names that start in lower case ("dpa"), which the analysis's names look for apart. */
export const LOWER_CASE_AGENCIES: readonly string[] = built.lowerCaseAgencies;

/** The pre-check's words, each pack's apart (see page/language.ts). */
export const PAGE_TRIGGER_WORDS: PageWords = built.words;

/** The scanner's words for the packs of these languages (every pack's when none are given) and every agency. */
export function triggerWordsFor(codes: readonly string[] = Object.keys(built.words.languages)): TriggerWords {
  const cues = new Set<string>();
  const labels = new Set<string>();
  for (const code of codes) {
    const language = built.words.languages[code];
    if (!language) continue;
    for (const word of language.cues) cues.add(word);
    for (const label of language.labels) labels.add(label);
  }
  return { cues: [...cues], labels: [...labels], tokens: built.words.tokens, agencies: built.words.agencies };
}

/** A line that is a byline by its words alone ("By Reuters", "Von dpa"), wherever the page put it. */
// "Von: dpa", "By Reuters", and without a space after a word in Chinese or Japanese ("作者：新华社").
export const BY_LINE = new RegExp(String.raw`^${SPACE}*(?:${built.bylineWords})(?:${SPACE}*[:：]${SPACE}*|${SPACE}+|(?<=[\u3040-\u9fff])(?=[\u3040-\u9fff]))`);

/** A wire service's token as a word of its own ("FMW/Bloomberg", "aja/PAP"): a short line may be a credit. */
export const TOKEN_WORD = new RegExp(`(?<![${LETTER}${DIGIT}])${built.tokens}${NOT_WORD_AFTER}`, 'u');
