/**
 * One pass over the page's text: each text node is read once and grouped into blocks (a paragraph,
 * a list item, a caption), each tagged with the context it sits in (navigation, caption, byline…),
 * so that cues can tell an article sentence from a photo credit without reading the DOM again.
 */

import { runSteps } from '../slices';
import { Context, type TextBlock, type WalkLimits, type WalkResult } from '../types';

export const DEFAULT_LIMITS: WalkLimits = { maxTextNodes: 250_000, maxCharacters: 4_000_000 };

const SKIP_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'option', 'button',
  'input', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'code', 'pre',
  'upstream-badge',
];

const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'body', 'html', 'caption', 'center', 'menu', 'br',
];

const TAG_CONTEXT: Record<string, number> = {
  nav: Context.NAV,
  menu: Context.NAV,
  aside: Context.NAV,
  figure: Context.CAPTION,
  figcaption: Context.CAPTION,
  picture: Context.CAPTION,
  caption: Context.CAPTION,
  blockquote: Context.QUOTE,
  q: Context.QUOTE,
  h1: Context.HEADING,
  h2: Context.HEADING,
  h3: Context.HEADING,
  h4: Context.HEADING,
  h5: Context.HEADING,
  h6: Context.HEADING,
};

/** Page-level containers: their class lists are site-wide and say nothing about the text inside. */
const PAGE_LEVEL_TAGS = ['html', 'body', 'main', 'article'];

// What a tag name says, in one look-up per element: its context bits, and these flags above them.
const SKIP = 1 << 8;
const BLOCK = 1 << 9;
const PAGE_LEVEL = 1 << 10;
const CONTEXT_BITS = SKIP - 1;
const TAGS = new Map<string, number>();
const mark = (tags: string[], flag: number) => tags.forEach((tag) => TAGS.set(tag, (TAGS.get(tag) ?? 0) | flag));
mark(SKIP_TAGS, SKIP);
mark(BLOCK_TAGS, BLOCK);
mark(PAGE_LEVEL_TAGS, PAGE_LEVEL);
for (const [tag, context] of Object.entries(TAG_CONTEXT)) mark([tag], context);

/** True for an element that starts and ends a block of text (a paragraph, a list item, a line break). */
function isBlockTag(tag: string): boolean {
  return ((TAGS.get(tag) ?? 0) & BLOCK) !== 0;
}

// Class and id words, compiled once. Word edges are "-", "_" or a space, as class names use them.
const NAV_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|recommended|recirc|trending|popular|most-?read|sidebar|newsletter|promo|share|sharing|social|comments?|outbrain|taboola|more-stories|read-?more|tags|topics|skip-link|subscribe|cookie|consent|timeline|ticker|latest|teasers?|news-?list|feed)(?:[\s_-]|$)/i;
const CAPTION_CLASS = /caption|photo|image|img|media-|gallery|figure|getty|slideshow/i;
const CREDIT_CLASS = /credit|courtesy/i;
const BYLINE_CLASS = /byline|author|autor|auteur|contributor|writer/i;
// A site's footer by its class ("footer", "site-footer"), never an article's ("entry-footer"):
// the <footer> tag alone says neither, as articles have one too.
const FOOTER_CLASS = /(?:^|\s)(?:footer|site-?footer|page-?footer|global-?footer|main-?footer|copyright|colophon|legal)(?:\s|$)/i;
const MAX_CLASS_WORDS = 200;
const NAV_ROLE = /^(?:navigation|menu|menubar|banner|complementary|search)$/;

/** What class or id words say of the text inside; remembered, as a page repeats its class lists. */
const wordsContextCache = new Map<string, number>();
const MAX_CACHED_WORDS = 2_000;

/** Class words that say what an element has or is doing, not what it is: "hasHeaderImage", "with-photo". */
const STATE_WORDS = /(?:^|\s)(?:has|with|without|no|is)(?:[-_]|(?=[A-Z]))\S*/g;

/** Hooks for scripts ("js-truncate-related-to-my-size"): what the page's code does, not what a box holds. */
const SCRIPT_HOOKS = /(?:^|\s)js-\S*/g;

function wordsContext(classWords: string): number {
  let context = wordsContextCache.get(classWords);
  if (context !== undefined) return context;
  context = 0;
  const words = classWords.includes('js-') ? classWords.replace(SCRIPT_HOOKS, ' ') : classWords;
  if (NAV_CLASS.test(words)) context |= Context.NAV;
  // A column that "hasHeaderImage" is no caption: only what an element is counts here.
  const roles = words.includes('has') || words.includes('with') || words.includes('no') || words.includes('is') ? words.replace(STATE_WORDS, ' ') : words;
  if (CAPTION_CLASS.test(roles)) context |= Context.CAPTION;
  if (CREDIT_CLASS.test(roles)) context |= Context.CREDIT;
  if (BYLINE_CLASS.test(words)) context |= Context.BYLINE;
  if (FOOTER_CLASS.test(words)) context |= Context.FOOTER;
  if (wordsContextCache.size >= MAX_CACHED_WORDS) wordsContextCache.clear();
  wordsContextCache.set(classWords, context);
  return context;
}

const AUTHOR_REL = /author/i;
const AUTHOR_ITEMPROP = /author|creator/i;

/**
 * What an element passes down to its text, from its parent's; null when its text is never read
 * (a script, a `hidden` subtree). A plain inline element (a <span>, an <em>) shares its parent's frame.
 *
 * Every call into the DOM costs more here than the JavaScript around it (50 to 100 ns each in
 * Chromium, as much as the bare walk spends on a text node), so an element is asked only what
 * it can have: nothing when it has no attribute, its rarer attributes only when it has more than
 * a class, an id and a link. (One search of the page for those attributes would be fewer calls,
 * but a search cannot be cut into slices: 17 ms in one piece on a page of 200,000 elements.)
 */
function enterElement(element: Element, parent: Frame | undefined): Frame | null {
  const tag = element.localName;
  const tagFlags = TAGS.get(tag) ?? 0;
  if (tagFlags & SKIP) return null;
  let context = tagFlags & CONTEXT_BITS;
  let href = parent?.href;
  const attributeCount = element.attributes.length;
  if (attributeCount > 0) {
    const className = element.getAttribute('class');
    const id = element.getAttribute('id');
    const linkHref = tag === 'a' ? element.getAttribute('href') : null;
    if (linkHref !== null) href = linkHref;
    // The rarer attributes are asked for only when the element has more than these.
    if (attributeCount > (className === null ? 0 : 1) + (id === null ? 0 : 1) + (linkHref === null ? 0 : 1)) {
      // Only the `hidden` attribute: `aria-hidden` is toggled on whole articles while a menu is open.
      if (element.hasAttribute('hidden')) return null;
      const role = element.getAttribute('role');
      if (role) {
        if (NAV_ROLE.test(role)) context |= Context.NAV;
        else if (role === 'contentinfo') context |= Context.FOOTER;
      }
      const rel = element.getAttribute('rel');
      const itemprop = element.getAttribute('itemprop');
      if ((rel && AUTHOR_REL.test(rel)) || (itemprop && AUTHOR_ITEMPROP.test(itemprop))) context |= Context.BYLINE;
    }
    // Page-level containers carry site-wide class lists ("cb-sidebar-right", feature flags) that say
    // nothing about the text inside them; so do class lists long enough to be such a soup.
    if (!(tagFlags & PAGE_LEVEL) && (className?.length ?? 0) + (id?.length ?? 0) <= MAX_CLASS_WORDS) {
      if (className) context |= wordsContext(className);
      if (id) context |= wordsContext(id);
    }
  }
  const isBlock = (tagFlags & BLOCK) !== 0;
  if (parent && !isBlock && (context | parent.context) === parent.context && href === parent.href) return parent;
  return { context: (parent?.context ?? 0) | context, block: isBlock ? element : (parent?.block ?? element), href };
}

/** What an element passes down to its text. Shared by an element and its plain inline children. */
interface Frame {
  context: number;
  block: Element;
  href: string | undefined;
}

/**
 * True when a line break comes just before `node`: its previous sibling breaks a line (a <br>, an
 * empty <div>), or ends with one (`<strong>Title<br></strong>Text`). `lastText`, the text read just
 * before, answers the common case with no further call into the DOM.
 */
function followsBreak(node: Node, lastText: Node | null): boolean {
  const before = node.previousSibling;
  if (before === null || before === lastText || before.nodeType !== 1) return false;
  if (isBlockTag((before as Element).localName)) return true;
  const last = before.lastChild;
  return last !== null && last !== lastText && last.nodeType === 1 && isBlockTag((last as Element).localName);
}

/** What a block holds until it ends, and what one that was let go keeps: shared, never written to. */
const NO_NODES: Text[] = [];
const NO_STARTS: number[] = [];

/** Any character `String.prototype.trim` would keep: tested without allocating a trimmed copy. */
const NOT_BLANK = /[^\s]/;

/** Text nodes read between two pauses of the walk (a pause costs a generator step, nothing more). */
const NODES_PER_STEP = 1024;

/**
 * Text nodes in one block, at most: a paragraph has a few dozen. A page that puts 200,000 spans in
 * one element gets blocks of this many, so that no block's text and node list grow without end
 * (the garbage collector paused the walk of such a page for 50 ms at a time).
 */
const MAX_BLOCK_NODES = 1_000;

/**
 * Element frames remembered at once. A page of 200,000 spans would otherwise hold a map entry per
 * span; past this the map starts again, and an element's frame is worked out anew from its ancestors.
 */
const MAX_CACHED_FRAMES = 4096;

/**
 * Walks the text below `root` in document order. Work is bounded by `limits`; a page past them
 * gets a result for the part that was read, marked `truncated`.
 */
export function walkText(root: Node, limits: WalkLimits = DEFAULT_LIMITS, keepNodes?: (block: TextBlock) => boolean): WalkResult {
  return runSteps(walkTextSteps(root, limits, keepNodes));
}

/**
 * The same walk, pausing every thousand text nodes so a caller can hand the main thread back to the
 * page between slices (see runSliced). Its state lives in the generator, so nothing is read twice.
 *
 * It visits text nodes only, as the cheapest possible reader would (a TreeWalker over text), and
 * works out what an element passes down (context, block, link) once per element, from its
 * parent's: elements without text of their own are never looked at, and most text nodes share
 * their parent with the one before.
 *
 * `keepNodes` decides, as each block ends, whether its text nodes are kept for anchoring evidence.
 * A block that cannot hold any evidence lets them go: holding on to every node of a 200,000-node
 * page is what makes the browser's garbage collector pause for a tenth of a second.
 */
export function* walkTextSteps(
  root: Node,
  limits: WalkLimits = DEFAULT_LIMITS,
  keepNodes?: (block: TextBlock) => boolean,
): Generator<void, WalkResult> {
  const rootElement = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element | null;
  if (!rootElement) return { blocks: [], textNodes: 0, characters: 0, truncated: false };
  return yield* new TextWalk(rootElement, limits, keepNodes).steps();
}

/**
 * The walk's state. A class rather than closures inside the generator: V8 optimises a call for the
 * function it saw, and closures made anew on every walk sent the optimised walk back to the
 * interpreter on each scan.
 */
class TextWalk {
  readonly blocks: TextBlock[] = [];
  private textNodes = 0;
  private characters = 0;
  private truncated = false;
  /** What each element passes down, worked out once per element (see enterElement). */
  private readonly frames = new Map<Node, Frame | null>();
  // Most texts share their parent with one of the last few (a paragraph, the link inside it, the
  // paragraph again): those are found here without a look-up in the map. Measured, not assumed:
  // without it the walk of cnn's saved page takes 1.4 ms instead of 0.9 (warm, best of 15).
  private readonly recentParents: (Node | null)[] = [null, null, null, null];
  private readonly recentFrames: (Frame | null)[] = [null, null, null, null];
  private recentNext = 0;
  // The running block's nodes gather in two arrays reused from block to block: only a block that
  // is kept gets arrays of its own, so the many blocks of a page that hold no evidence allocate none.
  private current: TextBlock | undefined;
  private readonly pendingNodes: Text[] = [];
  private readonly pendingStarts: number[] = [];
  /** How many of the pending arrays' slots the running block uses (they are never shortened). */
  private pending = 0;

  constructor(
    private readonly root: Element,
    private readonly limits: WalkLimits,
    private readonly keepNodes: ((block: TextBlock) => boolean) | undefined,
  ) {}

  *steps(): Generator<void, WalkResult> {
    const walker = this.root.ownerDocument.createTreeWalker(this.root, 4 /* NodeFilter.SHOW_TEXT */);
    let parent: Node | null = null;
    let frame: Frame | null = null;
    let lastText: Node | null = null;
    let sinceStep = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++sinceStep === NODES_PER_STEP) {
        sinceStep = 0;
        yield;
      }
      const nodeParent = node.parentNode;
      const firstInParent = nodeParent !== parent;
      if (firstInParent) {
        parent = nodeParent;
        frame = nodeParent ? this.recentFrameOf(nodeParent) : null;
      }
      if (!frame) continue;
      const data = (node as Text).data;
      this.textNodes++;
      this.characters += data.length;
      if (this.textNodes > this.limits.maxTextNodes || this.characters > this.limits.maxCharacters) {
        this.truncated = true;
        break;
      }
      // Text that would go on the running block starts a new one after a line break or an empty
      // block (`<b>Title</b><br>Text`, `<span>a</span><br><span>b</span>`), as the page shows it.
      let current = this.current;
      const continues =
        current !== undefined &&
        this.pending < MAX_BLOCK_NODES &&
        current.element === frame.block &&
        current.context === frame.context &&
        !followsBreak(node, lastText) &&
        (!firstInParent || nodeParent === frame.block || !followsBreak(nodeParent!, lastText));
      lastText = node;
      if (!current || !continues) {
        this.close();
        // Blank text between blocks (the line breaks of the markup) starts nothing.
        if (!NOT_BLANK.test(data)) continue;
        current = { element: frame.block, text: '', nodes: NO_NODES, starts: NO_STARTS, context: frame.context, links: [] };
        this.current = current;
        this.blocks.push(current);
      }
      const start = current.text.length;
      this.pendingNodes[this.pending] = node as Text;
      this.pendingStarts[this.pending] = start;
      this.pending++;
      current.text += data;
      if (frame.href) {
        const last = current.links[current.links.length - 1];
        if (last && last.href === frame.href && last.end === start) last.end += data.length;
        else current.links.push({ start, end: start + data.length, href: frame.href });
      }
    }
    this.close();
    return { blocks: this.blocks, textNodes: this.textNodes, characters: this.characters, truncated: this.truncated };
  }

  private close(): void {
    const current = this.current;
    if (current) {
      if (!this.keepNodes || this.keepNodes(current)) {
        current.nodes = this.pendingNodes.slice(0, this.pending);
        current.starts = this.pendingStarts.slice(0, this.pending);
      } else if (current.links.length) current.links = [];
    }
    this.pending = 0;
    this.current = undefined;
  }

  private recentFrameOf(element: Node): Frame | null {
    const parents = this.recentParents;
    for (let index = 0; index < 4; index++) if (parents[index] === element) return this.recentFrames[index];
    const frame = this.frameOf(element);
    parents[this.recentNext] = element;
    this.recentFrames[this.recentNext] = frame;
    this.recentNext = (this.recentNext + 1) & 3;
    return frame;
  }

  private frameOf(element: Node): Frame | null {
    const frames = this.frames;
    const known = frames.get(element);
    if (known !== undefined) return known;
    if (frames.size >= MAX_CACHED_FRAMES) frames.clear();
    // The ancestors not yet known, nearest first; then their frames from the top down.
    const unknown: Element[] = [];
    let above: Frame | null | undefined;
    for (let current: Node | null = element; current; current = current.parentNode) {
      if (current.nodeType !== 1) break;
      const cached = frames.get(current);
      if (cached !== undefined) {
        above = cached;
        break;
      }
      unknown.push(current as Element);
      if (current === this.root) break;
    }
    let frame: Frame | null = above ?? null;
    for (let index = unknown.length - 1; index >= 0; index--) {
      frame = above === null ? null : enterElement(unknown[index], above);
      // A plain inline element shares its parent's frame: it is worked out again from there at the
      // cost of one enterElement. Remembering it held every span of a 200,000-span page past the
      // young generation, and the collector then marked the whole heap, the DOM with it, in one
      // pause of 250 to 500 ms.
      if (frame !== above) frames.set(unknown[index], frame);
      above = frame;
    }
    return frame;
  }
}

/** The text node and offset at a character position of a block. */
export function positionIn(block: TextBlock, offset: number): { node: Text; offset: number } {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (block.starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  const node = block.nodes[low];
  return { node, offset: Math.min(offset - block.starts[low], node.data.length) };
}
