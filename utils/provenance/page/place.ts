/**
 * The page side again, after the analysis: each text evidence's place (a block and a span of its
 * text) becomes a live anchor for the badges and a locator (CSS path and offsets) that outlives the page.
 */
import type { Analysis, Anchor, Evidence, Provenance, ScanResult, TextBlock } from '../types';
import { positionIn } from './walk';

function cssPath(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current.parentElement && parts.length < 40) {
    const parent: Element = current.parentElement;
    let index = 1;
    for (let sibling = current.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    parts.unshift(`${current.localName}:nth-child(${index})`);
    current = parent;
  }
  parts.unshift(current?.localName ?? 'html');
  return parts.join(' > ');
}

/** Where each text node below `element` starts in `element.textContent`. */
function textContentOffsets(element: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  let total = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    offsets.set(current as Text, total);
    total += (current as Text).data.length;
  }
  return offsets;
}

/** Every evidence object of a provenance, wherever it is listed. */
function allEvidence(provenance: Provenance): Evidence[] {
  return [
    ...provenance.page.evidence,
    ...provenance.chain.flatMap((node) => node.evidence),
    ...provenance.downstream.flatMap((mention) => mention.evidence),
    ...provenance.cites.flatMap((mention) => mention.evidence),
  ];
}

/**
 * Anchors the analysis's text evidence in the blocks the reader kept. A place that no longer fits
 * (the page changed while the analysis ran) keeps its evidence, without an anchor or a locator.
 */
export function placeEvidence(analysis: Analysis, blocks: TextBlock[]): ScanResult {
  const anchors: (Anchor | undefined)[] = [];
  const locators = new Map<number, Evidence['locator']>();
  // One count per element however many phrases it holds: a block of 200,000 nodes that repeats a
  // cue is walked once, not once per phrase.
  const offsets = new Map<Element, Map<Text, number>>();
  analysis.places.forEach((place, id) => {
    const block = place && blocks[place.block];
    if (!place || !block?.nodes.length || place.end > block.text.length) return;
    const from = positionIn(block, place.start);
    const to = positionIn(block, Math.max(place.start, place.end - 1));
    anchors[id] = {
      element: block.element,
      startNode: from.node,
      startOffset: from.offset,
      endNode: to.node,
      endOffset: Math.min(to.offset + 1, to.node.data.length),
    };
    let elementOffsets = offsets.get(block.element);
    if (!elementOffsets) {
      elementOffsets = textContentOffsets(block.element);
      offsets.set(block.element, elementOffsets);
    }
    const start = (elementOffsets.get(from.node) ?? 0) + from.offset;
    locators.set(id, { selector: cssPath(block.element), start, end: start + (place.end - place.start) });
  });
  for (const evidence of allEvidence(analysis.provenance)) {
    const locator = locators.get(evidence.id);
    if (locator) evidence.locator = locator;
  }
  return { provenance: analysis.provenance, anchors, stats: analysis.stats };
}
