/**
 * The page side of the engine: reads a Document into a PageReading — its metadata and the text of
 * every block that could hold evidence — and keeps the live text nodes to anchor evidence later.
 *
 * Nothing here knows the publisher registry or the Public Suffix List: this is all the content
 * script loads on every page. Deciding what the text means (analyze.ts) happens where those are
 * loaded once: the extension's background, or the same process for the CLI and tests.
 */
import { walkTextSteps, Context, DEFAULT_LIMITS, type LinkSpan, type TextBlock, type WalkLimits } from './blocks';
import { queryAll, readMetadata, type PageMetadata } from './metadata';
import { CUE_TRIGGER } from './trigger';
import { BY_LINE, agencyNamePattern, DATELINE_AGENCIES } from './wire';
import type { ScanStats } from './types';

export interface ScanOptions {
  /** The page's own address; without it, cross-domain checks fall back to the page's declared name. */
  url?: string;
  limits?: WalkLimits;
}

/** A block's text as the analysis reads it; `index` points back into the reader's live blocks. */
export interface ReadBlock {
  index: number;
  text: string;
  context: number;
  links: LinkSpan[];
}

/** Everything the analysis needs of a page, as plain data: it crosses from the page to the background. */
export interface PageReading {
  url?: string;
  title: string;
  meta: PageMetadata;
  /** Only the blocks that could hold evidence, in document order. */
  blocks: ReadBlock[];
  /** The page's last text, for a "© 2025 Name" footer. */
  tail: string;
  stats: ScanStats;
}

export interface Reading {
  reading: PageReading;
  /** Every block the walk made, with its text nodes where it could hold evidence. */
  blocks: TextBlock[];
}

/**
 * Text handed to the analysis, at most: a real article is a few dozen kilobytes; a page past this
 * is analysed on its first megabyte of candidate blocks and marked truncated.
 */
export const MAX_READING_CHARS = 1_000_000;
export const MAX_READING_BLOCKS = 5_000;

const DATELINE_TOKENS = DATELINE_AGENCIES.map((token) => `(${token})`);

/** "By The Associated Press", "By Reuters": a byline outside any byline element. */
const BY_AGENCY = /\bBy\s+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|UPI|dpa|Bloomberg)\b/;
const BYLINE_ELEMENTS = '[class*="byline" i], [class*="author" i], [rel~="author" i], [itemprop~="author" i]';

/** True when a piece of text holds a cue word, a dateline token or an agency byline. */
function chunkMayHaveCue(text: string): boolean {
  if (CUE_TRIGGER.test(text) || BY_AGENCY.test(text)) return true;
  for (const token of DATELINE_TOKENS) if (text.includes(token)) return true;
  return false;
}

/**
 * The cheap check: could this page hold any cue, dateline or agency byline at all? A few fixed
 * patterns over the text; the long list of agency names only over the page's byline elements.
 */
export function textMayHaveCue(text: string, doc?: Document): boolean {
  if (chunkMayHaveCue(text)) return true;
  if (!doc) return agencyNamePattern().test(text);
  return bylinesNameAgency(doc);
}

function bylinesNameAgency(doc: Document): boolean {
  const agencies = agencyNamePattern();
  for (const element of queryAll(doc, BYLINE_ELEMENTS).slice(0, 50)) {
    if (agencies.test(element.textContent ?? '')) return true;
  }
  return false;
}

/** Text read per test of the pre-check, and the overlap kept so a phrase split between two is found. */
const PRECHECK_CHUNK = 64 * 1024;
const PRECHECK_OVERLAP = 80;
const PRECHECK_NODES_PER_STEP = 2048;
const NOT_TEXT_PARENTS = new Set(['style', 'script', 'noscript', 'template']);
/** How much of the page's last text is kept for a "© 2025 Name" footer. */
const TAIL_CHARS = 20_000;

/**
 * The pre-check as one pass over the text nodes, reading each node's data once, in chunks (a page's
 * `textContent` costs far more on a large page: one huge string built at once). It stops at the first
 * cue: the full walk reads the rest. A page without any keeps its last few thousand characters for
 * the © line.
 */
function* precheckSteps(root: Element, doc: Document): Generator<void, { mayHaveCue: boolean; tail: string }> {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chunk = '';
  let tail = '';
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % PRECHECK_NODES_PER_STEP === 0) yield;
    // Style sheets and scripts are never article text, and some pages inline hundreds of KB of them.
    if (NOT_TEXT_PARENTS.has((node.parentNode as Element | null)?.localName ?? '')) continue;
    chunk += (node as Text).data;
    if (chunk.length >= PRECHECK_CHUNK) {
      if (chunkMayHaveCue(chunk)) return { mayHaveCue: true, tail: '' };
      tail = chunk.slice(-TAIL_CHARS);
      chunk = chunk.slice(-PRECHECK_OVERLAP);
    }
  }
  if (chunkMayHaveCue(chunk)) return { mayHaveCue: true, tail: '' };
  tail = (tail + chunk).slice(-TAIL_CHARS);
  return { mayHaveCue: bylinesNameAgency(doc), tail };
}

/** The last few thousand characters of the walked text: the © line's place when the pre-check stopped early. */
function tailOf(blocks: TextBlock[]): string {
  let tail = '';
  for (let index = blocks.length - 1; index >= 0 && tail.length < TAIL_CHARS; index--) tail = blocks[index].text + tail;
  return tail.slice(-TAIL_CHARS);
}

/**
 * True for a block textSignals could take evidence from: a cue word, a parenthesis for a dateline,
 * a byline. Every other block's text nodes are let go during the walk.
 */
function mayHoldEvidence(block: TextBlock): boolean {
  if (block.context & (Context.NAV | Context.CAPTION)) return false;
  const text = block.text;
  return !!(block.context & Context.BYLINE) || text.includes('(') || BY_LINE.test(text) || CUE_TRIGGER.test(text);
}

/** Reads the page in steps (see scanDocumentAsync): metadata, pre-check, and the walk when there may be a cue. */
export function* readSteps(doc: Document, options: ScanOptions = {}): Generator<void, Reading> {
  const url = options.url;
  const meta = readMetadata(doc, url);
  // The whole document, not `doc.body`: a page with two <body> tags (browsers merge them, some
  // parsers do not) would otherwise hide its article. <head> is skipped by the walk itself.
  const root = doc.documentElement;
  const precheck = root ? yield* precheckSteps(root, doc) : { mayHaveCue: false, tail: '' };
  const stats: ScanStats = { textNodes: 0, blocks: 0, characters: 0, truncated: false, skipped: false };
  let blocks: TextBlock[] = [];
  if (root && precheck.mayHaveCue) {
    yield;
    const walk = yield* walkTextSteps(root, options.limits ?? DEFAULT_LIMITS, mayHoldEvidence);
    Object.assign(stats, { textNodes: walk.textNodes, blocks: walk.blocks.length, characters: walk.characters, truncated: walk.truncated });
    blocks = walk.blocks;
  } else {
    stats.skipped = true;
  }
  const candidates: ReadBlock[] = [];
  let characters = 0;
  for (let index = 0; index < blocks.length; index++) {
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
    candidates.push({ index, text, context: block.context, links: block.links });
  }
  const reading: PageReading = {
    ...(url ? { url } : {}),
    title: doc.title ?? '',
    meta,
    blocks: candidates,
    tail: precheck.tail || tailOf(blocks),
    stats,
  };
  return { reading, blocks };
}
