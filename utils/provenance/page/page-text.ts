/**
 * The page's text in one piece, for the pre-check: the browser joins the text of every element that
 * holds no script or style sheet, and only the elements that do are gone through child by child.
 */
import { runSteps } from '../slices';
import type { WalkLimits } from '../types';
import { DEFAULT_LIMITS } from './walk';

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
    // `item(n)` goes through the elements only up to the n-th, where `length` counts them all: 30 to
    // 50 ms of one slice on the page of 200,000 spans.
    if (root.getElementsByTagName('*').item(LARGE_PAGE_ELEMENTS) !== null) return yield* walkedTextSteps(root, limits);
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
  // Each step's texts are joined before the pause: a list of 200,000 small strings, held to the
  // end, outlived the young generation and had the collector mark the whole heap, the page's
  // DOM with it, in one pause of 250 to 500 ms.
  const joined: string[] = [];
  let parts: string[] = [];
  let textNodes = 0;
  let characters = 0;
  let parent: Node | null = null;
  let isText = true;
  let untilStep = PAGE_TEXT_NODES_PER_STEP;
  // One flat string: a concatenation would be flattened by the first slice taken of it, in one piece.
  const text = () => {
    joined.push(parts.join(''));
    return joined.join('');
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (textNodes >= limits.maxTextNodes || characters >= limits.maxCharacters) return { text: text(), truncated: true };
    if (--untilStep === 0) {
      untilStep = PAGE_TEXT_NODES_PER_STEP;
      joined.push(parts.join(''));
      parts = [];
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
    textNodes++;
    characters += data.length;
  }
  return { text: text(), truncated: false };
}

/** The parents whose text nodes the walk leaves out: the elements above, and the head's title. */
const NOT_TEXT_PARENTS = new Set([...NOT_TEXT_TAGS, 'title']);
/** Nodes gone through between two pauses of pageTextSteps, on a page full of scripts or a huge one. */
const PAGE_TEXT_NODES_PER_STEP = 2048;
/** Past this many elements, a page's text is read node by node, in steps (see pageTextSteps). */
const LARGE_PAGE_ELEMENTS = 20_000;
