/**
 * One pass over the page's text: each text node is read once and grouped into blocks (a paragraph,
 * a list item, a caption), each tagged with the context it sits in (navigation, caption, byline…),
 * so that cues can tell an article sentence from a photo credit without reading the DOM again.
 */

export const Context = {
  /** Navigation, menus, related-link lists, sidebars, share bars: never a source of the story. */
  NAV: 1,
  /** Figures, captions, photo credits: "(AP Photo/…)", "© Reuters". */
  CAPTION: 2,
  /** Bylines and author boxes. */
  BYLINE: 4,
  /** Site footer: copyright lines. */
  FOOTER: 8,
  /** Block quotations: someone else's words. */
  QUOTE: 16,
  HEADING: 32,
} as const;

export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

export interface TextBlock {
  /** The nearest block-level element around the text. */
  element: Element;
  text: string;
  /** Empty when the walk let them go: a block that cannot hold evidence needs no anchors. */
  nodes: Text[];
  /** starts[i]: where nodes[i] begins in `text`. */
  starts: number[];
  context: number;
  links: LinkSpan[];
}

export interface WalkLimits {
  /** Stop after this many text nodes. */
  maxTextNodes: number;
  /** Stop after this many characters of text. */
  maxCharacters: number;
}

export const DEFAULT_LIMITS: WalkLimits = { maxTextNodes: 250_000, maxCharacters: 4_000_000 };

export interface WalkResult {
  blocks: TextBlock[];
  textNodes: number;
  characters: number;
  truncated: boolean;
}

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'option', 'button',
  'input', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'code', 'pre',
  'upstream-badge',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'body', 'html', 'caption', 'center', 'menu', 'br',
]);

const TAG_CONTEXT: Record<string, number> = {
  nav: Context.NAV,
  menu: Context.NAV,
  aside: Context.NAV,
  figure: Context.CAPTION,
  figcaption: Context.CAPTION,
  picture: Context.CAPTION,
  caption: Context.CAPTION,
  footer: Context.FOOTER,
  blockquote: Context.QUOTE,
  q: Context.QUOTE,
  h1: Context.HEADING,
  h2: Context.HEADING,
  h3: Context.HEADING,
  h4: Context.HEADING,
  h5: Context.HEADING,
  h6: Context.HEADING,
};

// Class and id words, compiled once. Word edges are "-", "_" or a space, as class names use them.
const NAV_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|recommended|recirc|trending|popular|most-?read|sidebar|newsletter|promo|share|sharing|social|comments?|outbrain|taboola|more-stories|read-?more|tags|topics|skip-link|subscribe|cookie|consent|timeline|ticker|latest|teasers?|news-?list|feed)(?:[\s_-]|$)/i;
const CAPTION_CLASS = /caption|credit|photo|image|img|media-|gallery|figure|getty|courtesy|slideshow/i;
const BYLINE_CLASS = /byline|author|contributor|writer/i;
const FOOTER_CLASS = /(?:^|[\s_-])(?:site-?footer|global-?footer|copyright|colophon|legal)(?:[\s_-]|$)/i;
const PAGE_LEVEL = new Set(['html', 'body', 'main', 'article']);
const MAX_CLASS_WORDS = 200;
const NAV_ROLE = /^(?:navigation|menu|menubar|banner|complementary|search)$/;

function elementContext(element: Element, tag: string): number {
  let context = TAG_CONTEXT[tag] ?? 0;
  // Most elements of a big page carry no attribute at all: one call instead of five.
  if (!element.hasAttributes()) return context;
  const role = element.getAttribute('role');
  if (role) {
    if (NAV_ROLE.test(role)) context |= Context.NAV;
    else if (role === 'contentinfo') context |= Context.FOOTER;
  }
  // Page-level containers carry site-wide class lists ("cb-sidebar-right", feature flags) that say
  // nothing about the text inside them; so do class lists long enough to be such a soup.
  if (PAGE_LEVEL.has(tag)) return context;
  const className = element.getAttribute('class');
  const id = element.getAttribute('id');
  const words = className && id ? `${className} ${id}` : className || id;
  if (words && words.length <= MAX_CLASS_WORDS) {
    if (NAV_CLASS.test(words)) context |= Context.NAV;
    if (CAPTION_CLASS.test(words)) context |= Context.CAPTION;
    if (BYLINE_CLASS.test(words)) context |= Context.BYLINE;
    if (FOOTER_CLASS.test(words)) context |= Context.FOOTER;
  }
  const rel = element.getAttribute('rel');
  const itemprop = element.getAttribute('itemprop');
  if ((rel && /author/i.test(rel)) || (itemprop && /author|creator/i.test(itemprop))) context |= Context.BYLINE;
  return context;
}

// Only the `hidden` attribute: `aria-hidden` is toggled on whole articles while a menu is open.
function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden');
}

/** What an element passes down to its text. Shared by an element and its plain inline children. */
interface Frame {
  context: number;
  block: Element;
  href: string | undefined;
}

/** Any character `String.prototype.trim` would keep: tested without allocating a trimmed copy. */
const NOT_BLANK = /[^\s]/;

/** Nodes visited between two pauses of the walk (a pause costs a generator step, nothing more). */
const NODES_PER_STEP = 512;

/**
 * Walks the text below `root` in document order. Work is bounded by `limits`; a page past them
 * gets a result for the part that was read, marked `truncated`.
 */
export function walkText(root: Node, limits: WalkLimits = DEFAULT_LIMITS, keepNodes?: (block: TextBlock) => boolean): WalkResult {
  const steps = walkTextSteps(root, limits, keepNodes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same walk, pausing every few hundred nodes so a caller can hand the main thread back to the
 * page between slices (see scanDocumentAsync). Its state lives in the generator, so nothing is read twice.
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
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  const close = () => {
    if (current && keepNodes && !keepNodes(current)) {
      current.nodes = [];
      current.starts = [];
      current.links = [];
    }
    current = undefined;
  };
  let textNodes = 0;
  let characters = 0;
  let truncated = false;

  const rootElement = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element | null;
  if (!rootElement) return { blocks, textNodes, characters, truncated };

  // Two parallel stacks: the open elements, and what each passes down. An inline element that adds
  // nothing (a <span>, an <em>) shares its parent's frame, so a page of 200,000 spans allocates none.
  const elements: Element[] = [];
  const frames: Frame[] = [];
  const enter = (element: Element, parent: Frame | undefined): Frame | undefined => {
    const tag = element.localName;
    if (SKIP_TAGS.has(tag) || (element.hasAttributes() && isHidden(element))) return undefined;
    const own = elementContext(element, tag);
    const isBlock = BLOCK_TAGS.has(tag);
    const href = tag === 'a' ? (element.getAttribute('href') ?? parent?.href) : parent?.href;
    // A block boundary ends the running block; text after a nested block starts a new one.
    if (isBlock) close();
    if (parent && !isBlock && (own | parent.context) === parent.context && href === parent.href) return parent;
    return { context: (parent?.context ?? 0) | own, block: isBlock ? element : (parent?.block ?? element), href };
  };

  const first = enter(rootElement, undefined);
  if (!first) return { blocks, textNodes, characters, truncated };
  elements.push(rootElement);
  frames.push(first);
  let node: Node | null = rootElement.firstChild;

  let sinceStep = 0;
  while (elements.length > 0) {
    if (++sinceStep === NODES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    if (node === null) {
      const done = elements.pop()!;
      frames.pop();
      if (BLOCK_TAGS.has(done.localName)) close();
      if (elements.length === 0) break;
      node = done.nextSibling;
      continue;
    }
    const frame = frames[frames.length - 1];
    if (node.nodeType === 1) {
      const child = enter(node as Element, frame);
      if (child) {
        elements.push(node as Element);
        frames.push(child);
        node = node.firstChild;
        continue;
      }
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      textNodes++;
      characters += data.length;
      if (textNodes > limits.maxTextNodes || characters > limits.maxCharacters) {
        truncated = true;
        break;
      }
      if (current || NOT_BLANK.test(data)) {
        if (!current || current.element !== frame.block || current.context !== frame.context) {
          close();
          current = { element: frame.block, text: '', nodes: [], starts: [], context: frame.context, links: [] };
          blocks.push(current);
        }
        const start = current.text.length;
        current.nodes.push(node as Text);
        current.starts.push(start);
        current.text += data;
        if (frame.href) {
          const last = current.links[current.links.length - 1];
          if (last && last.href === frame.href && last.end === start) last.end += data.length;
          else current.links.push({ start, end: start + data.length, href: frame.href });
        }
      }
    }
    node = node.nextSibling;
  }
  close();
  return { blocks, textNodes, characters, truncated };
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

/** The href of a link that overlaps [start, end) in a block, if any. */
export function linkAt(block: { links: LinkSpan[] }, start: number, end: number): string | undefined {
  for (const link of block.links) if (link.start < end && link.end > start) return link.href;
  return undefined;
}
