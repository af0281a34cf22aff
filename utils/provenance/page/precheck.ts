/**
 * The pre-check: one pattern over the page's text, built from the language packs' words and the
 * agencies' names (see ../trigger.ts). Most pages name no source at all; for them this is the whole
 * scan, where the walk that sorts text into blocks costs several times a bare walk.
 */
import { BY_LINE, PAGE_TRIGGER_WORDS, SOURCE_LABEL, TOKEN_WORD, triggerWordsFor } from '../trigger';
import { pageLanguages } from './language';
import { TriggerScanner } from './scanner';
import { Context, type ReadStep, type TextBlock, type WalkLimits } from '../types';
import { pageTextSteps } from './page-text';

/** Text tested per step of the pre-check, and the overlap kept so a phrase split between two is found. */
const PRECHECK_CHUNK = 256 * 1024;
const PRECHECK_OVERLAP = 80;
/** How much of the page's last text is kept for a "© 2025 Name" footer. */
export const TAIL_CHARS = 20_000;

/**
 * True when a piece of the page's text could give the analysis anything: every text signal needs
 * a cue word (every cue's pattern passes CUE_TRIGGER_CASED), a source label, an agency in
 * parentheses (a dateline) or an agency's name (a byline), "dpa" in lower case too. The text runs on
 * across nodes ("agoReuters", "ReutersShare", "vor 2 Stundendpa"), so nothing here asks for a word's
 * edge but the acronyms' (see insideCapitals).
 */
export function textMayHoldEvidence(text: string, scanner: TriggerScanner = scannerFor(undefined)): boolean {
  return scanner.mayHoldEvidence(text);
}

/** Scanners by the packs they test for ("" for every pack): a browsing session meets few sets. */
const scanners = new Map<string, TriggerScanner>();
const MAX_SCANNERS = 16;

/** The scanner for these packs' words and every agency's (every pack's words when `codes` is undefined). */
export function scannerFor(codes: readonly string[] | undefined): TriggerScanner {
  const key = codes ? [...codes].sort().join(' ') : '';
  let scanner = scanners.get(key);
  if (!scanner) {
    if (scanners.size >= MAX_SCANNERS) scanners.clear();
    scanner = new TriggerScanner(triggerWordsFor(codes));
    scanners.set(key, scanner);
  }
  return scanner;
}

/**
 * The walk's patterns each used once on an empty text, with a pause after each: the engine compiles
 * a pattern on its first use. One per step, none of that lands in the slice that also reads the page.
 */
let compiled = false;
function* compilePatterns(): Generator<void, void> {
  if (compiled) return;
  compiled = true;
  for (const pattern of [SOURCE_LABEL, TOKEN_WORD, BY_LINE]) {
    pattern.lastIndex = 0;
    pattern.test('');
    yield;
  }
}

/**
 * The pre-check: the page's text in one piece (pageText), tested in chunks for anything that
 * could be evidence. Most pages name no source at all; for them this is the whole scan, where the
 * walk that sorts text into blocks costs several times a bare walk. A page without any keeps its
 * last text for the © line.
 */
export interface Precheck {
  mayHoldEvidence: boolean;
  tail: string;
  characters: number;
  truncated: boolean;
  /** The scanner for the page's languages (see language.ts): the walk tests its blocks with it too. */
  scanner: TriggerScanner;
}

export function* precheckSteps(root: Element, limits: WalkLimits, onStep?: (step: ReadStep) => void): Generator<void, Precheck> {
  const { text, truncated } = yield* pageTextSteps(root, limits);
  onStep?.('pageText');
  yield;
  const languages = pageLanguages(text, root.getAttribute('lang'), PAGE_TRIGGER_WORDS.languages);
  onStep?.('languages');
  yield;
  const scanner = scannerFor(languages);
  onStep?.('scanner');
  yield* compilePatterns();
  onStep?.('patterns');
  // Past the walk's own budget: what would have been read is all that is.
  const length = Math.min(text.length, limits.maxCharacters);
  for (let start = 0; start < length; start += PRECHECK_CHUNK) {
    if (start > 0) yield;
    // A slice of a whole string is that string: a page under one chunk is not copied.
    const chunk = text.slice(Math.max(0, start - PRECHECK_OVERLAP), Math.min(length, start + PRECHECK_CHUNK));
    if (textMayHoldEvidence(chunk, scanner)) {
      onStep?.('scan');
      return { mayHoldEvidence: true, tail: '', characters: length, truncated: false, scanner };
    }
  }
  onStep?.('scan');
  return {
    mayHoldEvidence: false,
    tail: text.slice(Math.max(0, length - TAIL_CHARS), length),
    characters: length,
    truncated: truncated || length < text.length,
    scanner,
  };
}

/** A block that is a source label and nothing else ("Unsere Quellen:"): its list comes next. */
const LABEL_ALONE = new RegExp(`^[\\s\\u00a0]*(?:${SOURCE_LABEL.source})[\\s\\u00a0]*$`);
/** A line this short that names a wire service may be a credit of its own ("FMW/Bloomberg"). */
const SHORT_CREDIT = 60;
/** Blocks kept after a label that stands alone, for the list of sources under it. */
const BLOCKS_AFTER_LABEL = 3;

/**
 * Decides, block by block as the walk closes them, which blocks the analysis could take evidence
 * from: a cue word, a source label, an agency's name, a parenthesis for a dateline or a credit, a
 * byline. Every other block's text nodes are let go during the walk. Stateful, in document order:
 * the few blocks under a label that stands alone are kept too.
 */
export function evidenceBlocks(scanner: TriggerScanner = scannerFor(undefined)): (block: TextBlock) => boolean {
  let afterLabel = 0;
  return (block) => {
    if (block.context & (Context.NAV | Context.CAPTION)) return false;
    const text = block.text;
    if (afterLabel > 0) {
      afterLabel--;
      return true;
    }
    if (LABEL_ALONE.test(text)) {
      afterLabel = BLOCKS_AFTER_LABEL;
      return true;
    }
    return (
      !!(block.context & (Context.BYLINE | Context.CREDIT)) ||
      text.includes('(') ||
      text.includes('【') ||
      BY_LINE.test(text) ||
      (text.length <= SHORT_CREDIT && TOKEN_WORD.test(text)) ||
      textMayHoldEvidence(text, scanner)
    );
  };
}
