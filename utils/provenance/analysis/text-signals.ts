/**
 * What the page's text says: cue phrases, wire datelines and bylines, block by block, each with its
 * evidence. Blocks in navigation never count; captions only for what they cannot fake.
 */
import { Context, type LinkSpan, type ReadBlock, type Signal } from '../types';
import { matchCues, type CueMatch } from './cues';
import { sentenceAround, type EvidenceBook } from './evidence';
import { absoluteUrl } from './metadata';
import { resolvePublisher } from './names';
import { agencyNamePattern, BY_LINE, bylineAgency, DATELINE } from './wire';

/** Blocks matched between two pauses of the scan. */
const BLOCKS_PER_STEP = 16;
/**
 * Text signals kept per page. A real article names a handful of sources; a page repeating a cue
 * thousands of times gets the first ones, and bounded work.
 */
export const MAX_TEXT_SIGNALS = 200;

/**
 * A block this long is matched in windows with a pause between each: one pass of every cue pattern
 * over a megabyte-long paragraph is one long task. Each window reads some text on both sides, so a
 * phrase across an edge, and the quotation marks before it, are seen whole.
 */
const CUE_WINDOW = 32 * 1024;
const CUE_WINDOW_CONTEXT = 1024;

function* cueMatchSteps(text: string, budget: number): Generator<void, CueMatch[]> {
  if (text.length <= CUE_WINDOW) return matchCues(text);
  const matches: CueMatch[] = [];
  for (let from = 0; from < text.length && matches.length < budget; from += CUE_WINDOW) {
    yield;
    const lead = Math.max(0, from - CUE_WINDOW_CONTEXT);
    const window = text.slice(lead, Math.min(text.length, from + CUE_WINDOW + CUE_WINDOW_CONTEXT));
    for (const match of matchCues(window)) {
      const start = match.start + lead;
      // A match belongs to the window it starts in; the neighbours' context only helps to read it.
      if (start < from || start >= from + CUE_WINDOW) continue;
      matches.push({ ...match, start, end: match.end + lead, sourceStart: match.sourceStart + lead, sourceEnd: match.sourceEnd + lead });
    }
  }
  return matches;
}

export function* textSignals(blocks: ReadBlock[], evidence: EvidenceBook, pageUrl: string | undefined): Generator<void, Signal[]> {
  const signals: Signal[] = [];
  const agencies = agencyNamePattern();
  for (let order = 0; order < blocks.length && signals.length < MAX_TEXT_SIGNALS; order++) {
    if (order % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const block = blocks[order];
    if (block.context & Context.NAV) continue;
    const text = block.text;

    // Datelines open a paragraph of the story; never a caption or a headline.
    if (!(block.context & (Context.CAPTION | Context.HEADING)) && text.includes('(')) {
      const dateline = DATELINE.exec(text);
      if (dateline?.groups) {
        const agency = dateline.groups.agency;
        const start = dateline.index + dateline[0].indexOf(`(${agency})`) + 1;
        signals.push({
          role: 'upstream',
          relation: 'wire',
          publisher: resolvePublisher(agency),
          confidence: 0.9,
          evidence: evidence.text(block, 'dateline', start, start + agency.length, { quote: sentenceAround(text, 0, dateline[0].length) }),
          order,
        });
      }
    }

    // Bylines that name an agency: in a byline element, or a short line that starts with "By".
    const isByline = block.context & Context.BYLINE || (BY_LINE.test(text) && text.length < 160);
    if (isByline && !(block.context & Context.CAPTION) && agencies.test(text)) {
      const found = bylineAgency(text);
      if (found) {
        signals.push({
          role: 'upstream',
          relation: 'wire',
          publisher: resolvePublisher(found.name),
          confidence: 0.8,
          evidence: evidence.text(block, 'byline', found.index, found.index + found.name.length),
          order,
        });
      }
    }

    if (block.context & Context.CAPTION) continue;
    for (const match of yield* cueMatchSteps(text, MAX_TEXT_SIGNALS - signals.length)) {
      if (signals.length >= MAX_TEXT_SIGNALS) break;
      // Someone else's words: a block quotation only counts for explicit publication notices.
      if (block.context & Context.QUOTE && match.cue.role !== 'upstream') continue;
      // Only an http(s) address counts: a relative link needs the page's URL, `javascript:` never.
      const href = linkAt(block, match.sourceStart, match.sourceEnd);
      const url = href ? absoluteUrl(href, pageUrl) : undefined;
      signals.push({
        role: match.cue.role,
        relation: match.cue.relation,
        // An edition notice that names no one speaks of this page's own outlet (see analyze.ts).
        publisher: match.source ? resolvePublisher(match.source, url) : { name: '', key: 'n:' },
        url,
        confidence: match.cue.confidence,
        evidence: evidence.text(block, 'text', match.start, match.end, { cue: match.cue.id, ...(url ? { url } : {}) }),
        order,
      });
    }
  }
  return signals;
}

/** The href of a link that overlaps [start, end) in a block, if any. */
export function linkAt(block: { links: LinkSpan[] }, start: number, end: number): string | undefined {
  for (const link of block.links) if (link.start < end && link.end > start) return link.href;
  return undefined;
}
