/**
 * The page side of the engine: reads a Document into a PageReading — its metadata and the text of
 * every block that could hold evidence — and keeps the live text nodes to anchor evidence later.
 *
 * Nothing here knows the publisher registry or the Public Suffix List: this is all the content
 * script loads on every page. Deciding what the text means (../analysis) happens where those are
 * loaded once: the extension's background, or the same process for the CLI and tests.
 */
import { Beside, Context, type PageReading, type ReadBlock, type Reading, type ScanOptions, type ScanStats, type TextBlock } from '../types';
import { gatherMetadata } from './gather';
import { evidenceBlocks, precheckSteps, TAIL_CHARS } from './precheck';
import { DEFAULT_LIMITS, walkTextSteps } from './walk';

/**
 * Text handed to the analysis, at most: a real article is a few dozen kilobytes; a page past this
 * is analysed on its first megabyte of candidate blocks and marked truncated.
 */
export const MAX_READING_CHARS = 1_000_000;
export const MAX_READING_BLOCKS = 5_000;

/** What a "© 2025 Name" line (analysis/page-publisher.ts: COPYRIGHT) cannot do without. */
const COPYRIGHT_TOKENS = ['©', '(c)', 'Copyright', 'COPYRIGHT', 'copyright'];
const isWordCharacter = (character: string) => /\w/.test(character);

/**
 * The tail from where its first © line could start: no line, no tail. Most of a footer is link
 * lists, and the tail goes to the background in every message: this keeps it to the lines that
 * count. A line may open with its year ("2025 © Name"): the spaces and the word before the sign
 * are kept, and one character more, so that the year's word edge reads as it did.
 */
export function copyrightPart(tail: string): string {
  let first = -1;
  for (const token of COPYRIGHT_TOKENS) {
    const index = tail.indexOf(token);
    if (index >= 0 && (first < 0 || index < first)) first = index;
  }
  if (first < 0) return '';
  let start = first;
  while (start > 0 && /\s/.test(tail[start - 1])) start--;
  while (start > 0 && isWordCharacter(tail[start - 1])) start--;
  return tail.slice(Math.max(0, start - 1));
}

/** The last few thousand characters of the walked text: where a "© 2025 Name" line would be. */
function tailOf(blocks: TextBlock[]): string {
  let tail = '';
  for (let index = blocks.length - 1; index >= 0 && tail.length < TAIL_CHARS; index--) tail = blocks[index].text + tail;
  return tail.slice(-TAIL_CHARS);
}

/** Blocks gone through between two pauses when the reading is put together. */
const BLOCKS_PER_STEP = 2_000;

/** A paragraph of the story's prose: long, in words, not a menu, a caption or a headline. */
const PROSE_CHARACTERS = 100;
const PROSE_WORDS = 12;

const WORD_PARTING = /\s+/g;

/**
 * Whether `text` has at least `count` words as `text.split(/\s+/)` counts them, without making
 * the list: a block of a huge page may hold a hundred thousand.
 */
function hasWords(text: string, count: number): boolean {
  WORD_PARTING.lastIndex = 0;
  let words = 1;
  while (words < count && WORD_PARTING.test(text)) words++;
  return words >= count;
}

/** Whether the nearest block before (`step` -1) or after (+1) `index` is a paragraph of prose. */
function isProse(blocks: TextBlock[], index: number, step: -1 | 1): boolean {
  for (let at = index + step, seen = 0; at >= 0 && at < blocks.length && seen < 2; at += step) {
    const block = blocks[at];
    const text = block.text.trim();
    // Blank lines and a stray character between them do not part a credit from its story.
    if (text.length <= 2) continue;
    seen++;
    if (block.context & (Context.NAV | Context.CAPTION | Context.HEADING)) return false;
    return text.length >= PROSE_CHARACTERS && hasWords(text, PROSE_WORDS);
  }
  return false;
}

/** Whether the nearest block before `index` is the page's headline (its <h1>). */
function underHeadline(blocks: TextBlock[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    if (blocks[at].text.trim().length <= 2) continue;
    return blocks[at].element.localName === 'h1';
  }
  return false;
}

/**
 * Reads the page in steps (see runSliced): its metadata, the pre-check, and, when the text could
 * hold evidence, one walk that sorts it into blocks and keeps those that could.
 */
export function* readSteps(doc: Document, options: ScanOptions = {}): Generator<void, Reading> {
  const url = options.url;
  const metaTags = gatherMetadata(doc);
  options.onStep?.('metadata');
  // The whole document, not `doc.body`: a page with two <body> tags (browsers merge them, some
  // parsers do not) would otherwise hide its article. <head> is skipped by the walk itself.
  const root = doc.documentElement;
  const stats: ScanStats = { textNodes: 0, blocks: 0, characters: 0, truncated: false, cueFree: false };
  let blocks: TextBlock[] = [];
  let tail = '';
  if (root) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const precheck = yield* precheckSteps(root, limits, options.onStep);
    if (precheck.mayHoldEvidence) {
      yield;
      const walk = yield* walkTextSteps(root, limits, evidenceBlocks(precheck.scanner));
      Object.assign(stats, { textNodes: walk.textNodes, blocks: walk.blocks.length, characters: walk.characters, truncated: walk.truncated });
      blocks = walk.blocks;
      tail = tailOf(blocks);
      options.onStep?.('walk');
    } else {
      // No walk, so no text nodes counted: the pre-check reads the text in one piece.
      Object.assign(stats, { characters: precheck.characters, truncated: precheck.truncated });
      tail = precheck.tail;
    }
  }
  const candidates: ReadBlock[] = [];
  let characters = 0;
  for (let index = 0; index < blocks.length; index++) {
    // A page of tens of thousands of blocks is gone through in steps too (88 to 111 ms in one
    // piece for the generated 5 MB article's).
    if (index > 0 && index % BLOCKS_PER_STEP === 0) yield;
    const block = blocks[index];
    if (!block.nodes.length) continue;
    if (candidates.length >= MAX_READING_BLOCKS || characters >= MAX_READING_CHARS) {
      stats.truncated = true;
      break;
    }
    // A block longer than what is left goes in cut: its start is where its evidence would be first.
    const text = block.text.length > MAX_READING_CHARS - characters ? block.text.slice(0, MAX_READING_CHARS - characters) : block.text;
    if (text !== block.text) stats.truncated = true;
    characters += text.length;
    const beside =
      (isProse(blocks, index, -1) ? Beside.BEFORE : 0) | (isProse(blocks, index, 1) ? Beside.AFTER : 0) | (underHeadline(blocks, index) ? Beside.HEADLINE : 0);
    candidates.push({ index, text, context: block.context, links: block.links, ...(beside ? { beside } : {}) });
  }
  stats.cueFree = candidates.length === 0;
  const lang = root?.getAttribute('lang')?.trim();
  const reading: PageReading = {
    ...(url ? { url } : {}),
    title: doc.title ?? '',
    ...(lang ? { lang } : {}),
    metaTags,
    blocks: candidates,
    tail: copyrightPart(tail),
    stats,
  };
  options.onStep?.('reading');
  return { reading, blocks };
}
