/**
 * What the page's text says: cue phrases, wire datelines and bylines, block by block, each with its
 * evidence. Blocks in navigation never count; captions only for what they cannot fake.
 */
import { Context, type LinkSpan, type ReadBlock, type Signal } from '../types';
import { matchCues, type CueMatch } from './cues';
import { sentenceAround, type EvidenceBook } from './evidence';
import { absoluteUrl } from './metadata';
import { resolvePublisher } from './names';
import { sourceLabels } from './labels';
import { agencyNamePattern, BY_LINE, bylineAgency, bylineOutlet, closingCredit, datelineLength, datelines, type WireMatch } from './wire';

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

const ENGLISH_BY = /^[\s\u00a0]*By[\s\u00a0]/;

export function* textSignals(blocks: ReadBlock[], evidence: EvidenceBook, pageUrl: string | undefined): Generator<void, Signal[]> {
  const signals: Signal[] = [];
  const agencies = agencyNamePattern();
  const wire = (block: ReadBlock, order: number, found: WireMatch, kind: 'dateline' | 'byline', confidence: number, quote?: string): Signal => ({
    role: 'upstream',
    relation: found.distance > 2 ? 'originally-published' : 'wire',
    publisher: found.entry ? resolvePublisher(found.entry.name) : resolvePublisher(found.name),
    confidence,
    evidence: evidence.text(block, kind, found.start, found.end, quote ? { quote } : {}),
    order,
    ...(found.distance > 2 ? { distance: found.distance } : {}),
  });
  // "Quelle: dpa", "(Quelle: SWR)", "来源：新京报".
  const pushLabels = (order: number) => {
    for (const label of sourceLabels(blocks, order, pageUrl)) {
      const agency = label.publisher.entry?.kind === 'agency';
      signals.push({
        role: 'upstream',
        relation: agency ? 'wire' : 'based-on',
        publisher: label.publisher,
        ...(label.url ? { url: label.url } : {}),
        confidence: agency ? 0.85 : 0.75,
        evidence: evidence.text(label.block, 'text', label.start, label.end, { cue: 'source-label', ...(label.url ? { url: label.url } : {}) }),
        order,
      });
    }
  };
  for (let order = 0; order < blocks.length && signals.length < MAX_TEXT_SIGNALS; order++) {
    if (order % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const block = blocks[order];
    if (block.context & Context.NAV) continue;
    const text = block.text;
    const story = !(block.context & (Context.CAPTION | Context.CREDIT | Context.HEADING | Context.FOOTER));

    // Datelines open a paragraph of the story; never a caption or a headline.
    if (story) {
      const found = datelines(text);
      const quote = found.length ? sentenceAround(text, 0, datelineLength(text)) : '';
      for (const match of found) signals.push(wire(block, order, match, 'dateline', 0.9, quote));
      if (found.length) continue;
    }
    if (block.context & (Context.CAPTION | Context.FOOTER)) {
      // A site's footer names its partners and its rights, not this story's source; only a
      // source label there still speaks of the story ("Quelle: Golem" under a news item).
      if (!(block.context & Context.CAPTION)) pushLabels(order);
      continue;
    }

    // A closing credit ("… (dpa)", "(FR mit dpa)", "aja/PAP"), or a block that is one.
    const credit = closingCredit(text, !!block.beside);
    if (credit) {
      for (const match of credit.agencies) {
        if (credit.cited) {
          const publisher = match.entry ? resolvePublisher(match.entry.name) : resolvePublisher(match.name);
          signals.push({ role: 'cites', publisher, confidence: 0.6, evidence: evidence.text(block, 'byline', match.start, match.end), order });
        } else signals.push(wire(block, order, match, 'byline', 0.85));
      }
    }

    // Bylines that name an agency: in a byline or credit element, or a line that starts with
    // "By", "Von", "Por"….
    const isByline = block.context & (Context.BYLINE | Context.CREDIT) || BY_LINE.test(text);
    const line = text.trim();
    const named = (found: { name: string; index: number } | undefined, relation: 'wire' | 'originally-published', confidence: number) => {
      if (!found) return;
      const evidenceOf = evidence.text(block, 'byline', found.index, found.index + found.name.length);
      signals.push({ role: 'upstream', relation, publisher: resolvePublisher(found.name), confidence, evidence: evidenceOf, order });
    };
    if (!credit && isByline && line.length < 160 && agencies.test(line)) named(bylineAgency(text), 'wire', 0.8);
    // "By Joe Davidson Washington Post": the outlet the byline's writer works for. Only in English
    // bylines: "Von …, NDR" on tagesschau.de is a reporter of the network's own station.
    else if (!credit && ENGLISH_BY.test(text) && line.length < 160) named(bylineOutlet(text), 'originally-published', 0.7);

    pushLabels(order);

    if (block.context & Context.CREDIT) continue;
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
