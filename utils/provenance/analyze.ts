/**
 * The analysis: a PageReading (read.ts) in, a Provenance out. Cue, dateline and byline matches →
 * publishers (the registry, the Public Suffix List) → the chain, origin first. Plain data in and out:
 * it runs in the extension's background, and in-process for the CLI and tests (scan.ts).
 */
import { DIGIT, UPPER, LETTER } from './letters';
import { linkAt, Context } from './blocks';
import { matchCues, type CueMatch, type CueRole } from './cues';
import { absoluteUrl, interpretMetadata, type MetaSignal, type PageMetadata } from './metadata';
import {
  cleanName,
  resolveDomain,
  resolvePublisher,
  samePublisher,
  type ResolvedPublisher,
} from './names';
import { DATELINE, BY_LINE, bylineAgency, agencyNamePattern } from './wire';
import { lookupDomain, lookupName, mainDomain, registrableDomain, isAgency } from '../publishers';
import type { PageReading, ReadBlock } from './read';
import { runSteps } from './slices';
import type {
  Anchor,
  ChainNode,
  Evidence,
  EvidenceKind,
  Mention,
  Provenance,
  Relation,
  ScanStats,
} from './types';

/** How far from this page each relation sits: the chain is sorted by it, origin first. */
const RELATION_DISTANCE: Record<Relation, number> = {
  'first-reported': 3,
  wire: 2,
  'produced-by': 1,
  'originally-published': 1,
  republished: 1,
  syndication: 1,
  'based-on': 1,
  'this-page': 0,
};

interface Signal {
  role: CueRole;
  relation?: Relation;
  publisher: ResolvedPublisher;
  url?: string;
  confidence: number;
  evidence: Evidence;
  /** Document order, to keep several sources of one kind in the order the page gives them. */
  order: number;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A sentence ends at . ! ? … (and closing quotes) before a capital or a digit. */
const SENTENCE_BOUNDARY = new RegExp(String.raw`[.!?…][”"’)]*\s+(?=[“"‘(]?[${UPPER}${DIGIT}])`, 'gu');

/** The sentence around [start, end) of a block's text, at most ~400 characters. */
function sentenceAround(fullText: string, fullStart: number, fullEnd: number): string {
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

/** Where a text evidence sits: a block of the reading (its live index) and a span of its text. */
export interface Place {
  block: number;
  start: number;
  end: number;
}

class EvidenceBook {
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

interface PagePublisher extends ResolvedPublisher {
  evidence: Evidence[];
}

/**
 * "© 2025 Network Today", "Copyright 2016 Salon Media Group", "2025 © Network Today": a © sign or a
 * year must be there ("Copyright Policy" is a link, not an owner).
 */
const COPYRIGHT = new RegExp(
  String.raw`(?:(?:©|\(c\)|(?:Copyright|COPYRIGHT|copyright)\b)\s*(?:©\s*)?(?<year>\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:©\s*)?|\b\d{4}\s*©\s*)` +
    String.raw`(?<name>(?:[Tt]he\s+)?[${UPPER}][${LETTER}${DIGIT}.&'’ -]{1,60})`,
  'gu',
);

/** The last "© 2025 Network Today" line in the text: the site's own footer comes last. */
function copyrightName(text: string): { name: string; quote: string } | undefined {
  let found: { name: string; quote: string } | undefined;
  const tail = text.length > 200_000 ? text.slice(-200_000) : text;
  COPYRIGHT.lastIndex = 0;
  for (let match = COPYRIGHT.exec(tail); match; match = COPYRIGHT.exec(tail)) {
    if (!match[0].includes('©') && !match.groups!.year && !/\(c\)/.test(match[0])) continue;
    const raw = match.groups!.name.split(/\.\s|\s*[|,]\s*|\s+All\s+[Rr]ights|\s+-\s|\s{2,}/)[0];
    const name = cleanName(raw.replace(/\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Media Group|Group|Company)\.?$/i, ''));
    if (name && !/^all rights/i.test(name)) found = { name, quote: collapse(match[0]) };
  }
  return found;
}

/** "Raw Story - Celebrating 18 Years…", "POPSUGAR Home", "Yahoo News - Latest News & Headlines" → the name. */
function siteNameOnly(name: string): string {
  const first = name.split(/\s+[-–—|:·•]\s+/)[0].trim();
  return first.replace(/\s+(?:Home|Homepage|Home Page|Online)$/i, '') || name;
}

function pagePublisher(
  title: string,
  meta: PageMetadata,
  url: string | undefined,
  evidence: EvidenceBook,
  bodyText: () => string,
): PagePublisher {
  const urlEntry = url ? lookupDomain(url) : undefined;
  const urlDomain = url ? registrableDomain(url) : undefined;
  const fromName = (name: string, kind: EvidenceKind, quote: string): PagePublisher => {
    const resolved = resolvePublisher(name);
    // The page's own host is the better domain when the name is not a registry outlet.
    const domain = resolved.entry ? resolved.domain : (urlDomain ?? resolved.domain);
    return { ...resolved, domain, evidence: [evidence.tag(kind, quote)] };
  };
  const siteName = meta.siteName?.name && cleanName(meta.siteName.name) ? meta.siteName : undefined;
  // The registry knows who runs a news domain better than an og:site_name that names a section
  // ("U.S." on reuters.com); a site name it also knows (a sub-brand) still wins.
  if (urlEntry && siteName && !lookupName(siteNameOnly(siteName.name))) {
    return { name: urlEntry.name, domain: mainDomain(urlEntry), entry: urlEntry, key: `r:${urlEntry.name}`, evidence: [evidence.tag('url', url!)] };
  }
  if (siteName) {
    const page = fromName(siteNameOnly(siteName.name), 'site-name', siteName.quote);
    // "og:site_name" of a syndicating portal can be a brand the registry files under the URL's outlet.
    return urlEntry && !page.entry && samePublisher(page, { name: urlEntry.name, domain: mainDomain(urlEntry), key: `r:${urlEntry.name}`, entry: urlEntry })
      ? { ...page, entry: urlEntry, key: `r:${urlEntry.name}` }
      : page;
  }
  if (meta.publisherName) return fromName(siteNameOnly(meta.publisherName.name), 'json-ld', meta.publisherName.quote);
  if (urlEntry) {
    return { name: urlEntry.name, domain: mainDomain(urlEntry), entry: urlEntry, key: `r:${urlEntry.name}`, evidence: [evidence.tag('url', url!)] };
  }
  const copyright = copyrightName(bodyText());
  if (copyright) return fromName(copyright.name, 'copyright', copyright.quote);
  const lastPart = title.split(/\s[|–—-]\s/).pop()?.trim();
  if (urlDomain) {
    const host = resolveDomain(url!)!;
    return { ...host, evidence: [evidence.tag('url', url!)] };
  }
  if (lastPart && lastPart !== title.trim()) return fromName(lastPart, 'site-name', `<title>${collapse(title)}</title>`);
  return { name: 'This page', key: 'n:thispage', evidence: [] };
}

/** Relation and confidence of a metadata signal. */
const META_RELATION: Record<MetaSignal['kind'], { relation: Relation; confidence: number }> = {
  canonical: { relation: 'syndication', confidence: 0.75 },
  'syndication-source': { relation: 'syndication', confidence: 0.9 },
  'original-source': { relation: 'originally-published', confidence: 0.9 },
  'is-based-on': { relation: 'based-on', confidence: 0.8 },
  author: { relation: 'wire', confidence: 0.75 },
};

function metaSignals(
  meta: PageMetadata,
  page: PagePublisher,
  pageUrl: string | undefined,
  evidence: EvidenceBook,
): Signal[] {
  const signals: Signal[] = [];
  const pageDomain = pageUrl ? registrableDomain(pageUrl) : undefined;
  for (const signal of meta.signals) {
    const { relation, confidence } = META_RELATION[signal.kind];
    let publisher: ResolvedPublisher | undefined;
    if (signal.kind === 'author') {
      // Only an agency as author makes a wire story; people and the page's own staff do not.
      const entry = signal.name ? lookupName(signal.name) : undefined;
      if (!isAgency(entry)) continue;
      publisher = resolvePublisher(signal.name!);
    } else if (signal.url) {
      const domain = registrableDomain(signal.url);
      if (!domain) continue;
      // A canonical link on the page's own domain is the normal case, not a source.
      if (pageDomain && domain === pageDomain) continue;
      // Without the page's URL, only a page that names itself can tell another site's canonical apart.
      if (!pageDomain && !page.evidence.length) continue;
      publisher = resolveDomain(signal.url);
      if (signal.name && publisher && !publisher.entry) publisher = { ...resolvePublisher(signal.name, signal.url) };
    } else if (signal.name) {
      const name = cleanName(signal.name);
      if (!name) continue;
      publisher = resolvePublisher(name);
    }
    if (!publisher) continue;
    signals.push({
      role: 'upstream',
      relation,
      publisher,
      url: signal.url,
      confidence,
      evidence: evidence.tag(signal.evidenceKind, signal.quote, signal.url),
      order: -1,
    });
  }
  return signals;
}

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

function* textSignals(blocks: ReadBlock[], evidence: EvidenceBook, pageUrl: string | undefined): Generator<void, Signal[]> {
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
        publisher: resolvePublisher(match.source, url),
        url,
        confidence: match.cue.confidence,
        evidence: evidence.text(block, 'text', match.start, match.end, { cue: match.cue.id, ...(url ? { url } : {}) }),
        order,
      });
    }
  }
  return signals;
}

function combine(a: number, b: number): number {
  return Math.round((1 - (1 - a) * (1 - b)) * 100) / 100;
}

interface Group {
  publisher: ResolvedPublisher;
  signals: Signal[];
}

function groupByPublisher(signals: Signal[]): Group[] {
  const groups: Group[] = [];
  for (const signal of signals) {
    const group = groups.find((candidate) => samePublisher(candidate.publisher, signal.publisher));
    if (group) {
      group.signals.push(signal);
      // Keep the richer description: a registry entry, or a domain where there was none.
      if (!group.publisher.entry && (signal.publisher.entry || (!group.publisher.domain && signal.publisher.domain))) {
        group.publisher = signal.publisher;
      }
    } else groups.push({ publisher: signal.publisher, signals: [signal] });
  }
  return groups;
}

function mention(group: Group): Mention {
  const url = group.signals.find((signal) => signal.url)?.url;
  return {
    name: group.publisher.name,
    ...(group.publisher.domain ? { domain: group.publisher.domain } : {}),
    ...(url ? { url } : {}),
    evidence: group.signals.map((signal) => signal.evidence),
  };
}

function buildChain(groups: Group[], page: PagePublisher): ChainNode[] {
  const nodes = groups.map((group) => {
    // The strongest claim decides the relation; the others add to the confidence.
    // The farthest relation places the node ("first reported" beats "originally published"); among
    // equals, the surest claim names it (a text notice over a canonical link).
    const [lead] = [...group.signals].sort(
      (a, b) => RELATION_DISTANCE[b.relation!] - RELATION_DISTANCE[a.relation!] || b.confidence - a.confidence,
    );
    const relation = lead.relation!;
    const confidence = group.signals.reduce((total, signal) => combine(total, signal.confidence), 0);
    const order = Math.min(...group.signals.map((signal) => (signal.order < 0 ? Infinity : signal.order)));
    return { node: { ...mention(group), relation, confidence } as ChainNode, order };
  });
  nodes.sort(
    (a, b) => RELATION_DISTANCE[b.node.relation] - RELATION_DISTANCE[a.node.relation] || a.order - b.order,
  );
  const thisPage: ChainNode = {
    name: page.name,
    ...(page.domain ? { domain: page.domain } : {}),
    relation: 'this-page',
    confidence: 1,
    evidence: page.evidence,
  };
  return [...nodes.map((entry) => entry.node), thisPage];
}

export interface Analysis {
  provenance: Provenance;
  /** places[evidence.id] for text evidence: the page side turns them into anchors and locators. */
  places: (Place | undefined)[];
  stats: ScanStats;
}

/** The analysis as a sequence of steps: it pauses between slices of the matching (see scan.ts). */
export function* analyzeSteps(reading: PageReading): Generator<void, Analysis> {
  const url = reading.url;
  const evidence = new EvidenceBook();
  const meta = interpretMetadata(reading.metaTags, url);
  const page = pagePublisher(reading.title, meta, url, evidence, () => reading.tail);
  const signals = metaSignals(meta, page, url, evidence);
  if (reading.blocks.length) signals.push(...(yield* textSignals(reading.blocks, evidence, url)));

  // A page naming itself ("Originally published on Live Science" on livescience.com) is not a source.
  const others = signals.filter((signal) => !samePublisher(signal.publisher, page));
  const upstream = others.filter((signal) => signal.role === 'upstream');
  const downstreamGroups = groupByPublisher(others.filter((signal) => signal.role === 'downstream'));
  // An outlet the page says it republished to is not also its source.
  const upstreamOnly = upstream.filter((signal) => !downstreamGroups.some((group) => samePublisher(group.publisher, signal.publisher)));
  const upstreamGroups = groupByPublisher(upstreamOnly);
  const chain = buildChain(upstreamGroups, page);
  // An outlet already in the chain is a source of the whole story, not only a citation.
  const cited = others.filter(
    (signal) => signal.role === 'cites' && !upstreamGroups.some((group) => samePublisher(group.publisher, signal.publisher)),
  );

  const provenance: Provenance = {
    page: { name: page.name, ...(page.domain ? { domain: page.domain } : {}), evidence: page.evidence },
    chain,
    downstream: downstreamGroups.map(mention),
    cites: groupByPublisher(cited).map(mention),
  };
  return { provenance, places: evidence.places, stats: reading.stats };
}

/** The analysis straight through: what the background runs on a reading from a content script. */
export function analyzeReading(reading: PageReading): Analysis {
  return runSteps(analyzeSteps(reading));
}
