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
  /** Every pack's trigger words, as a trie, cased as the cues write them. */
  cueWords: string;
  labels: string;
  /** Dateline tokens: "AP", "dpa/lno", "EFE". */
  tokens: string;
  /** Agency names and aliases that start in upper case. */
  agencies: string;
  lowerCaseAgencies: string[];
  bylineWords: string;
}

/** The analysis side's (trigger-sources.analysis.json, read by analysis/cue-gate.ts). */
export interface AnalysisTriggerSources {
  looseCueWords: string;
  capitalCueWords: string;
  allAgencies: string;
}

const built = page as PageTriggerSources;
const SPACE = String.raw`[\s\u00a0]`;
const NOT_WORD_AFTER = `(?![${LETTER}${DIGIT}])`;

/**
 * The cue words as the cues' own patterns write them: lower case but for a first letter that may
 * open a sentence ("Originally", "According"). The pre-check reads the whole page with it, so it
 * must not take a menu's "REPORTS" or a section called "Reports" for one. It has no word edge,
 * so that it holds also where a word runs on into the next node's ("reportsThe"). Every cue's
 * pattern is case-sensitive and passes it (tests/unit/languages.test.ts).
 */
export const CUE_TRIGGER_CASED = new RegExp(built.cueWords);

/** A source label and its colon: "Quelle:", "Source :", "来源：". */
export const SOURCE_LABEL = new RegExp(`${built.labels}${SPACE}*[:：]`);

/** A wire service's token opening a parenthesis, as every dateline has it: "(AP)", "(dpa/lno)". */
export const DATELINE_TOKEN = new RegExp(String.raw`\(${SPACE}*${built.tokens}${NOT_WORD_AFTER}`);

/** The agency names that start in lower case ("dpa"): the pre-check looks for them apart. */
export const LOWER_CASE_AGENCIES: readonly string[] = built.lowerCaseAgencies;

/**
 * The pre-check's one pattern, in a single scan of the text: a cue word, a source label, an agency
 * in parentheses (a dateline), or an agency's name (group 1: the name alone is not enough, see
 * page/precheck.ts). One pattern costs about half of three.
 */
export const PRECHECK_PATTERN = new RegExp(`${CUE_TRIGGER_CASED.source}|${SOURCE_LABEL.source}|${DATELINE_TOKEN.source}|(${built.agencies})`, 'g');

/** A line that is a byline by its words alone ("By Reuters", "Von dpa"), wherever the page put it. */
// "Von: dpa", "By Reuters", and without a space after a word in Chinese or Japanese ("作者：新华社").
export const BY_LINE = new RegExp(String.raw`^${SPACE}*(?:${built.bylineWords})(?:${SPACE}*[:：]${SPACE}*|${SPACE}+|(?<=[\u3040-\u9fff])(?=[\u3040-\u9fff]))`);

/** A wire service's token as a word of its own ("FMW/Bloomberg", "aja/PAP"): a short line may be a credit. */
export const TOKEN_WORD = new RegExp(`(?<![${LETTER}${DIGIT}])${built.tokens}${NOT_WORD_AFTER}`, 'u');
