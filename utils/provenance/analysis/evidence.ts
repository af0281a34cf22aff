/**
 * Evidence as the analysis records it: each gets an id, a quote (the sentence around a phrase, or the
 * tag as written) and, for text, the place the page side anchors it at.
 */
import { DIGIT, UPPER } from '../letters';
import type { Evidence, EvidenceKind, Place, ReadBlock } from '../types';

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A sentence ends at . ! ? … (and closing quotes) before a capital or a digit. */
const SENTENCE_BOUNDARY = new RegExp(String.raw`[.!?…][”"’)]*\s+(?=[“"‘(]?[${UPPER}${DIGIT}])`, 'gu');

/** The sentence around [start, end) of a block's text, at most ~400 characters. */
export function sentenceAround(fullText: string, fullStart: number, fullEnd: number): string {
  // Only a window around the phrase is read: a megabyte-long paragraph costs no more than a short one.
  const offset = Math.max(0, fullStart - 300);
  const text = fullText.slice(offset, Math.min(fullText.length, fullEnd + 300));
  const start = fullStart - offset;
  const end = fullEnd - offset;
  const boundary = SENTENCE_BOUNDARY;
  boundary.lastIndex = 0;
  let from = 0;
  let to = text.length;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end) {
      to = match.index + 1;
      break;
    }
  }
  return collapse(text.slice(from, to));
}


export class EvidenceBook {
  /** places[evidence.id]: set for text evidence, for the page side to anchor (place.ts). */
  readonly places: (Place | undefined)[] = [];
  private next = 0;

  text(block: ReadBlock, kind: EvidenceKind, start: number, end: number, extra: Partial<Evidence> = {}): Evidence {
    const id = this.next++;
    this.places[id] = { block: block.index, start, end };
    return {
      id,
      kind,
      quote: sentenceAround(block.text, start, end),
      phrase: collapse(block.text.slice(start, end)),
      ...extra,
    };
  }

  tag(kind: EvidenceKind, quote: string, url?: string): Evidence {
    const id = this.next++;
    this.places[id] = undefined;
    return { id, kind, quote, ...(url ? { url } : {}) };
  }
}
