/**
 * The page side of the engine: reads a Document into a PageReading — its metadata and the text of
 * every block that could hold evidence — and keeps the live text nodes to anchor evidence later.
 *
 * Nothing here knows the publisher registry or the Public Suffix List: this is all the content
 * script loads on every page. Deciding what the text means (analyze.ts) happens where those are
 * loaded once: the extension's background, or the same process for the CLI and tests.
 */
import { walkTextSteps, Context, DEFAULT_LIMITS, type LinkSpan, type TextBlock, type WalkLimits } from './blocks';
import { gatherMetadata, type MetadataTag } from './metadata';
import { runSteps } from './slices';
import { CUE_TRIGGER, CUE_TRIGGER_CASED } from './trigger';
import { BY_LINE, DATELINE_TOKEN, LOWER_CASE_AGENCIES, agencyNames } from './wire';
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
  /** The page's metadata tags as written: the analysis reads what they say. */
  metaTags: MetadataTag[];
  /** Only the blocks that could hold evidence, in document order. */
  blocks: ReadBlock[];
  /** The page's last text from its first ©, Copyright or (c), for a "© 2025 Name" footer. */
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

/** What a "© 2025 Name" line (analyze.ts: COPYRIGHT) cannot do without. */
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

/**
 * The pre-check's one pattern, in a single scan of the text: a cue word (as the cues write it:
 * CUE_TRIGGER_CASED), an agency in parentheses (a dateline), or an agency's name (captured, as
 * the name alone is not enough: see insideCapitals). One pattern costs about half of three.
 */
let precheckPattern: RegExp | undefined;
function evidencePattern(): RegExp {
  precheckPattern ??= new RegExp(`${CUE_TRIGGER_CASED.source}|${DATELINE_TOKEN.source}|(${agencyNames({ lowerCase: false })})`, 'g');
  return precheckPattern;
}

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
function insideCapitals(text: string, index: number, name: string): boolean {
  if (name !== name.toUpperCase()) return false;
  if (!isCapital(text.charCodeAt(index - 1)) && !isCapital(text.charCodeAt(index + name.length))) return false;
  return !BY_BEFORE.test(text.slice(Math.max(0, index - 8), index));
}

/**
 * True when a piece of the page's text could give the analysis anything: every text signal needs
 * a cue word (every cue's pattern passes CUE_TRIGGER_CASED), an agency in parentheses (a dateline)
 * or an agency's name (a byline). The text runs on across nodes ("agoReuters", "ReutersShare"),
 * so nothing here asks for a word's edge but the acronyms' (see insideCapitals).
 */
export function textMayHoldEvidence(text: string): boolean {
  const pattern = evidencePattern();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = match[1];
    if (name === undefined || !insideCapitals(text, match.index, name)) return true;
    pattern.lastIndex = match.index + 1;
  }
  // The agency names in lower case ("dpa") apart, wherever they are: one lower-case first letter
  // in the pattern above makes the whole scan twice as slow.
  return LOWER_CASE_AGENCIES.some((name) => text.includes(name));
}

/** Elements whose text is never article text: some pages inline hundreds of KB of it. */
const NOT_TEXT_TAGS = ['script', 'style', 'noscript', 'template'];

/** The page's text as the pre-check reads it, and whether a budget cut it short. */
export interface PageText {
  text: string;
  truncated: boolean;
}

/**
 * The page's text as the pre-check reads it: all of it but the head's, the scripts' and the style
 * sheets', with no separator between nodes. The browser joins the text of each element that holds
 * no script or style sheet (`textContent`, in one call), where a walk would visit every text node
 * from JavaScript; only the elements that do hold one are gone through, child by child, in steps.
 */
export function* pageTextSteps(root: Element, limits: WalkLimits = DEFAULT_LIMITS): Generator<void, PageText> {
  const excluded = new Set<Node>();
  const holders = new Set<Node>();
  let untilStep = PAGE_TEXT_NODES_PER_STEP;
  try {
    // One textContent is one piece of work that cannot be paused: on a page of tens of thousands
    // of elements it would be a long task of its own. Those pages are walked node by node, in steps.
    if (root.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS) return yield* walkedTextSteps(root, limits);
    for (const tag of NOT_TEXT_TAGS) {
      const elements = root.getElementsByTagName(tag);
      for (let index = 0; index < elements.length; index++) {
        if (--untilStep === 0) {
          untilStep = PAGE_TEXT_NODES_PER_STEP;
          yield;
        }
        const element = elements[index];
        excluded.add(element);
        // Every ancestor up to the root holds it: its text is joined child by child.
        for (let parent = element.parentNode; parent && parent !== root && !holders.has(parent); parent = parent.parentNode) holders.add(parent);
      }
    }
    const parts: string[] = [];
    // Depth first, in document order, without recursion: only into the elements that hold one.
    let node: Node | null = root.firstChild;
    while (node) {
      if (--untilStep === 0) {
        untilStep = PAGE_TEXT_NODES_PER_STEP;
        yield;
        // The page moved the node away while we paused: its place is lost, so read again by a walk.
        if (!root.contains(node)) return yield* walkedTextSteps(root, limits);
      }
      const type = node.nodeType;
      if (type === 3 /* Node.TEXT_NODE */) parts.push((node as Text).data);
      else if (type === 1 /* Node.ELEMENT_NODE */ && !excluded.has(node) && !(node.parentNode === root && (node as Element).localName === 'head')) {
        if (holders.has(node) && node.firstChild) {
          node = node.firstChild;
          continue;
        }
        parts.push(node.textContent ?? '');
      }
      while (node && !node.nextSibling && node !== root) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
    return { text: parts.join(''), truncated: false };
  } catch {
    // A DOM that searches or joins text recursively (happy-dom, for the CLI) can overflow on a page
    // nested thousands deep: read it node by node instead.
    return yield* walkedTextSteps(root, limits);
  }
}

/** pageTextSteps in one go (tests, tools). */
export function pageText(root: Element): string {
  return runSteps(pageTextSteps(root)).text;
}

/**
 * pageText by a walk over every text node, in steps and within the walk's budgets: slower, but
 * never one long task or a deep call.
 */
function* walkedTextSteps(root: Element, limits: WalkLimits): Generator<void, PageText> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let characters = 0;
  let parent: Node | null = null;
  let isText = true;
  let untilStep = PAGE_TEXT_NODES_PER_STEP;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (parts.length >= limits.maxTextNodes || characters >= limits.maxCharacters) return { text: parts.join(''), truncated: true };
    if (--untilStep === 0) {
      untilStep = PAGE_TEXT_NODES_PER_STEP;
      yield;
    }
    const nodeParent = node.parentNode;
    if (nodeParent !== parent) {
      parent = nodeParent;
      // The head's text is its title, style sheets and scripts: all of them are left out here.
      isText = !NOT_TEXT_PARENTS.has((nodeParent as Element | null)?.localName ?? '');
    }
    if (!isText) continue;
    const data = (node as Text).data;
    parts.push(data);
    characters += data.length;
  }
  return { text: parts.join(''), truncated: false };
}

/** Text tested per step of the pre-check, and the overlap kept so a phrase split between two is found. */
const PRECHECK_CHUNK = 256 * 1024;
const PRECHECK_OVERLAP = 80;
/** The parents whose text nodes the walk leaves out: the elements above, and the head's title. */
const NOT_TEXT_PARENTS = new Set([...NOT_TEXT_TAGS, 'title']);
/** Nodes gone through between two pauses of pageTextSteps, on a page full of scripts or a huge one. */
const PAGE_TEXT_NODES_PER_STEP = 2048;
/** Past this many elements, a page's text is read node by node, in steps (see pageTextSteps). */
const LARGE_PAGE_ELEMENTS = 20_000;

/**
 * The pre-check: the page's text in one piece (pageText), tested in chunks for anything that
 * could be evidence. Most pages name no source at all; for them this is the whole scan, where the
 * walk that sorts text into blocks costs several times a bare walk. A page without any keeps its
 * last text for the © line.
 */
function* precheckSteps(
  root: Element,
  limits: WalkLimits,
): Generator<void, { mayHoldEvidence: boolean; tail: string; characters: number; truncated: boolean }> {
  const { text, truncated } = yield* pageTextSteps(root, limits);
  // Past the walk's own budget: what would have been read is all that is.
  const length = Math.min(text.length, limits.maxCharacters);
  for (let start = 0; start < length; start += PRECHECK_CHUNK) {
    if (start > 0) yield;
    // A slice of a whole string is that string: a page under one chunk is not copied.
    const chunk = text.slice(Math.max(0, start - PRECHECK_OVERLAP), Math.min(length, start + PRECHECK_CHUNK));
    if (textMayHoldEvidence(chunk)) return { mayHoldEvidence: true, tail: '', characters: length, truncated: false };
  }
  return { mayHoldEvidence: false, tail: text.slice(Math.max(0, length - TAIL_CHARS), length), characters: length, truncated: truncated || length < text.length };
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
  const metaTags = gatherMetadata(doc);
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
      // No walk, so no text nodes counted: the pre-check reads the text in one piece.
      Object.assign(stats, { characters: precheck.characters, truncated: precheck.truncated });
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
    metaTags,
    blocks: candidates,
    tail: copyrightPart(tail),
    stats,
  };
  return { reading, blocks };
}
