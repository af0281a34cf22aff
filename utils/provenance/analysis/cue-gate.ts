/**
 * The analysis's side of the trigger patterns (see ../trigger.ts): the cue gate each block passes
 * before any cue is tried, and every agency name for bylines and credits. Built with the page's
 * from the packs and the registry (../trigger-build.ts); the content script never loads these.
 */
import { DATELINE_TOKEN, SOURCE_LABEL, type AnalysisTriggerSources } from '../trigger';
import analysis from '../trigger-sources.analysis.json';

const built = analysis as AnalysisTriggerSources;

/**
 * A cheap test that is true for any text a cue could match: a block whose text fails it has no cue.
 * Case-insensitive but for the words that ask for a capital after them ("By {Cap}", "told {Cap}"),
 * read as written: in any case, "by" alone would let every block through.
 * tests/unit/languages.test.ts runs every cue example of every pack through it.
 */
const LOOSE_TRIGGER = new RegExp(built.looseCueWords, 'i');
const CAPITAL_TRIGGER = new RegExp(built.capitalCueWords);
export const CUE_TRIGGER = { test: (text: string): boolean => LOOSE_TRIGGER.test(text) || CAPITAL_TRIGGER.test(text) };

/** Every agency name and alias, those in lower case ("dpa") too, as one alternation. */
export const ALL_AGENCIES = built.allAgencies;

/**
 * The cue words as the cues' own patterns write them: lower case but for a first letter that may
 * open a sentence ("Originally", "According"), so a menu's "REPORTS" is none. No word edge, so that
 * it holds where a word runs on into the next node's ("reportsThe"). Every cue's pattern is
 * case-sensitive and passes it (tests/unit/languages.test.ts).
 */
export const CUE_TRIGGER_CASED = new RegExp(built.cueWords);

/**
 * The pre-check as one regular expression (a cue word, a source label, an agency in parentheses, or
 * an agency's name in group 1, "dpa" in lower case too): what the content script's scanner (page/scanner.ts) decides without
 * one. Compiling this pattern took a page 60 ms on its first use; the tests hold the scanner to it.
 */
export const PRECHECK_PATTERN = new RegExp(`${CUE_TRIGGER_CASED.source}|${SOURCE_LABEL.source}|${DATELINE_TOKEN.source}|(${built.allAgencies})`, 'g');
