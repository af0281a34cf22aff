/**
 * The page side of the engine: reads a Document into a PageReading — its metadata and the text of
 * every block that could hold evidence — and keeps the live text nodes to anchor evidence later.
 *
 * Nothing here knows the publisher registry or the Public Suffix List: this is all the content
 * script loads on every page. Deciding what the text means (analyze.ts) happens where those are
 * loaded once: the extension's background, or the same process for the CLI and tests.
 */
import { walkTextSteps, Context, DEFAULT_LIMITS, type LinkSpan, type TextBlock, type WalkLimits } from './blocks';
import { readMetadata, type PageMetadata } from './metadata';
import { CUE_TRIGGER, CUE_TRIGGER_ANYWHERE } from './trigger';
import { BY_LINE, DATELINE_TOKEN, agencyNamePattern } from './wire';
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

/** How much of the page's last text is kept for a "© 2025 Name" footer. */
const TAIL_CHARS = 20_000;

/** The last few thousand characters of the walked text: where a "© 2025 Name" line would be. */
function tailOf(blocks: TextBlock[]): string {
  let tail = '';
  for (let index = blocks.length - 1; index >= 0 && tail.length < TAIL_CHARS; index--) tail = blocks[index].text + tail;
  return tail.slice(-TAIL_CHARS);
}

/**
 * True when a piece of the page's text could give the analysis anything: every text signal needs
 * a cue word (every cue's pattern passes CUE_TRIGGER), an agency in parentheses (a dateline) or an
 * agency's name in a short line (a byline). `text` runs on across nodes, so the cue test is looser
 * than the block tests; `shortText` holds the short nodes only, one per line.
 */
export function textMayHoldEvidence(text: string, shortText = text): boolean {
  return CUE_TRIGGER_ANYWHERE.test(text) || DATELINE_TOKEN.test(text) || agencyNamePattern().test(shortText);
}

/**
 * A node longer than this cannot be part of a byline (the analysis reads an agency byline only
 * in a block of at most 200 characters), so the long list of agency names is never run over the
 * article's paragraphs: that alone cost a fifth of a scan.
 */
const BYLINE_NODE_CHARS = 512;

/** Text read per test of the pre-check, and the overlap kept so a phrase split between two is found. */
const PRECHECK_CHUNK = 64 * 1024;
const PRECHECK_OVERLAP = 80;
const PRECHECK_NODES_PER_STEP = 2048;
const NOT_TEXT_PARENTS = new Set(['style', 'script', 'noscript', 'template', 'title']);

/**
 * The pre-check: one pass that reads each text node's data, in chunks, and stops at the first that
 * could hold evidence. Most pages name no source at all; for them this is the whole scan, at a
 * small multiple of a bare walk, where the walk that sorts text into blocks costs several times more.
 * A page without any keeps its last text for the © line.
 */
function* precheckSteps(
  root: Element,
  limits: WalkLimits,
): Generator<void, { mayHoldEvidence: boolean; tail: string; textNodes: number; characters: number; truncated: boolean }> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chunk = '';
  let shortChunk = '';
  let tail = '';
  let textNodes = 0;
  // Characters of the chunks already tested, and how much of the running chunk was carried over.
  let tested = 0;
  let carried = 0;
  const characters = () => tested + chunk.length - carried;
  let parent: Node | null = null;
  let isText = true;
  // The loop does as little as it can per node: it runs on every page, mostly before V8 has
  // optimised it, where every operation counts. Budgets are checked once per step.
  let untilStep = PRECHECK_NODES_PER_STEP;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (--untilStep === 0) {
      untilStep = PRECHECK_NODES_PER_STEP;
      // Past the walk's own budget: what was read is all that will be.
      if (textNodes > limits.maxTextNodes || characters() > limits.maxCharacters) {
        const mayHold = textMayHoldEvidence(chunk, shortChunk);
        return { mayHoldEvidence: mayHold, tail: mayHold ? '' : (tail + chunk).slice(-TAIL_CHARS), textNodes, characters: characters(), truncated: true };
      }
      yield;
    }
    const nodeParent = node.parentNode;
    if (nodeParent !== parent) {
      parent = nodeParent;
      // Style sheets and scripts are never article text, and some pages inline hundreds of KB of them.
      isText = !NOT_TEXT_PARENTS.has((nodeParent as Element | null)?.localName ?? '');
    }
    if (!isText) continue;
    const data = (node as Text).data;
    textNodes++;
    chunk += data;
    // A line of its own, so that a name's edges are the node's, as they are in the block it joins.
    if (data.length <= BYLINE_NODE_CHARS) shortChunk += data + '\n';
    if (chunk.length >= PRECHECK_CHUNK) {
      if (textMayHoldEvidence(chunk, shortChunk)) return { mayHoldEvidence: true, tail: '', textNodes, characters: characters(), truncated: false };
      tested += chunk.length - carried;
      tail = chunk.slice(-TAIL_CHARS);
      chunk = chunk.slice(-PRECHECK_OVERLAP);
      carried = chunk.length;
      shortChunk = '';
    }
  }
  const mayHold = textMayHoldEvidence(chunk, shortChunk);
  return { mayHoldEvidence: mayHold, tail: mayHold ? '' : (tail + chunk).slice(-TAIL_CHARS), textNodes, characters: characters(), truncated: false };
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

/**
 * Reads the page in steps (see runSliced): its metadata, the pre-check, and, when the text could
 * hold evidence, one walk that sorts it into blocks and keeps those that could.
 */
export function* readSteps(doc: Document, options: ScanOptions = {}): Generator<void, Reading> {
  const url = options.url;
  const meta = readMetadata(doc, url);
  // The whole document, not `doc.body`: a page with two <body> tags (browsers merge them, some
  // parsers do not) would otherwise hide its article. <head> is skipped by the walk itself.
  const root = doc.documentElement;
  const stats: ScanStats = { textNodes: 0, blocks: 0, characters: 0, truncated: false, cueFree: false };
  let blocks: TextBlock[] = [];
  let tail = '';
  if (root) {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const precheck = yield* precheckSteps(root, limits);
    if (precheck.mayHoldEvidence) {
      yield;
      const walk = yield* walkTextSteps(root, limits, mayHoldEvidence);
      Object.assign(stats, { textNodes: walk.textNodes, blocks: walk.blocks.length, characters: walk.characters, truncated: walk.truncated });
      blocks = walk.blocks;
      tail = tailOf(blocks);
    } else {
      Object.assign(stats, { textNodes: precheck.textNodes, characters: precheck.characters, truncated: precheck.truncated });
      tail = precheck.tail;
    }
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
  stats.cueFree = candidates.length === 0;
  const reading: PageReading = {
    ...(url ? { url } : {}),
    title: doc.title ?? '',
    meta,
    blocks: candidates,
    tail,
    stats,
  };
  return { reading, blocks };
}
