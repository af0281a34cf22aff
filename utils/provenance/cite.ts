/**
 * Citations of a page, with its chain: Wikipedia's {{cite news}} and CSL-JSON (Zotero and other
 * citation managers). Browser-free: the CLI's `--format wikipedia|csl` and the popup's copy buttons
 * share these.
 */
import type { ChainNode, Provenance, Relation } from './types';

/** Relations that make this page a copy of the node's story: the page reprints it, whole. */
const COPY_RELATIONS: ReadonlySet<Relation> = new Set(['originally-published', 'republished', 'syndication', 'produced-by']);

export interface CiteOptions {
  /** The address the page was read at; the page's own (og:url, canonical) stands in without it. */
  url?: string;
  /** When the reader read it: the citation's access date. */
  accessed: Date;
}

/** What both formats say, worked out once. */
export interface CitationParts {
  title?: string;
  url?: string;
  /** The outlet whose story this is: the page's, or the one it republished. */
  work: string;
  /** The site it was read on, when that republished `work`'s story. */
  via?: string;
  /** The news agency whose wire copy the story is. */
  agency?: string;
  /** As the page writes it: ISO 8601, "2025-03-03T09:12:00Z". */
  published?: string;
  accessed: Date;
  /** The earliest source of the chain, where there is one. */
  origin?: ChainNode;
}

const upstreamOf = (provenance: Provenance) => provenance.chain.filter((node) => node.relation !== 'this-page');

/**
 * The citation as read: the story is cited as its outlet's, `via` the site that republished it,
 * at the original's address where the page gives it (else the page's).
 */
export function citationParts(provenance: Provenance, options: CiteOptions): CitationParts {
  const upstream = upstreamOf(provenance);
  const thisPage = provenance.chain[provenance.chain.length - 1];
  const pageName = thisPage?.name ?? provenance.page.name;
  // The copy nearest this page is the one it reprinted (the chain runs origin first).
  const copied = [...upstream].reverse().find((node) => COPY_RELATIONS.has(node.relation));
  const wire = [...upstream].reverse().find((node) => node.relation === 'wire');
  const pageUrl = options.url ?? provenance.article?.url;
  return {
    title: provenance.article?.title,
    url: copied?.url ?? pageUrl,
    work: copied?.name ?? pageName,
    via: copied ? pageName : undefined,
    agency: wire?.name,
    published: provenance.article?.published,
    accessed: options.accessed,
    origin: upstream[0],
  };
}

/** "2025-03-03T09:12:00Z" → [2025, 3, 3]: the day as the page wrote it, not shifted to a time zone. */
function dayParts(date: string | undefined): [number, number, number] | undefined {
  const match = date && /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** The reader's own calendar day. */
function localDay(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

function isoDay(parts: [number, number, number] | undefined): string | undefined {
  return parts && parts.map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');
}

/**
 * A template parameter's value as wikitext shows it: "|" would start the next parameter and "}}"
 * close the template, and brackets in a title break its link.
 */
function wikiValue(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\{\{|\}\}|\||\[|\]/g, (found) => ({ '{{': '&#123;&#123;', '}}': '&#125;&#125;', '|': '&#124;', '[': '&#91;', ']': '&#93;' })[found]!);
}

function citeNews(parameters: [string, string | undefined][]): string {
  // An empty |title= stays: the template flags it, and the editor fills it in rather than trusting a guess.
  const written = parameters.filter(([name, value]) => value || name === 'title');
  return `{{cite news ${written.map(([name, value]) => `|${name}=${value ? wikiValue(value) : ''}`).join(' ')}}}`;
}

/** `{{cite news |title=… |url=… |work=… |via=… |agency=… |date=… |access-date=…}}` */
export function formatWikipedia(provenance: Provenance, options: CiteOptions): string {
  const parts = citationParts(provenance, options);
  return citeNews([
    ['title', parts.title],
    ['url', parts.url],
    ['work', parts.work],
    ['via', parts.via],
    ['agency', parts.agency],
    ['date', isoDay(dayParts(parts.published))],
    ['access-date', isoDay(localDay(parts.accessed))],
  ]);
}

/** The earliest source of the chain with a known address: the one "cite the original" cites. */
export function originalSource(provenance: Provenance): ChainNode | undefined {
  return upstreamOf(provenance).find((node) => node.url);
}

/**
 * The original's headline: read on its own page (Trace upstream), or this page's when this page
 * reprints the original whole. Otherwise unknown.
 */
function originalTitle(provenance: Provenance, original: ChainNode): string | undefined {
  if (original.title) return original.title;
  const upstream = upstreamOf(provenance);
  const reprintsIt = upstream.slice(upstream.indexOf(original)).every((node) => COPY_RELATIONS.has(node.relation));
  return reprintsIt ? provenance.article?.title : undefined;
}

/** {{cite news}} for the earliest source with a known URL; undefined when none has one. */
export function formatWikipediaOriginal(provenance: Provenance, options: Pick<CiteOptions, 'accessed'>): string | undefined {
  const original = originalSource(provenance);
  if (!original) return undefined;
  return citeNews([
    ['title', originalTitle(provenance, original)],
    ['url', original.url],
    ['work', original.name],
    ['date', isoDay(dayParts(original.published))],
    ['access-date', isoDay(localDay(options.accessed))],
  ]);
}

/** One CSL-JSON item (https://citationstyles.org/, the schema's `csl-data.json`). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title': string;
  source?: string;
  URL?: string;
  issued?: { 'date-parts': [number, number, number][] };
  accessed: { 'date-parts': [number, number, number][] };
  'original-publisher'?: string;
  'original-title'?: string;
  'original-date'?: { 'date-parts': [number, number, number][] };
  custom: { upstream: { chain: { name: string; domain?: string; relation: Relation; confidence: number; url?: string }[] } };
}

/**
 * CSL-JSON, as an array of one item (the form citation managers import). `source` is the site it
 * was read on, when that republished the story; `custom.upstream.chain` holds the whole chain.
 */
export function formatCsl(provenance: Provenance, options: CiteOptions): CslItem[] {
  const parts = citationParts(provenance, options);
  const issued = dayParts(parts.published);
  const origin = parts.origin;
  const originDate = origin && dayParts(origin.published);
  const originTitle = origin && originalTitle(provenance, origin);
  const item: CslItem = {
    id: parts.url ?? `upstream:${parts.work}:${parts.title ?? ''}`,
    type: 'article-newspaper',
    ...(parts.title ? { title: parts.title } : {}),
    'container-title': parts.work,
    ...(parts.via ? { source: parts.via } : {}),
    ...(parts.url ? { URL: parts.url } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [localDay(parts.accessed)] },
    ...(origin ? { 'original-publisher': origin.name } : {}),
    ...(originTitle ? { 'original-title': originTitle } : {}),
    ...(originDate ? { 'original-date': { 'date-parts': [originDate] } } : {}),
    custom: {
      upstream: {
        chain: provenance.chain.map((node) => ({
          name: node.name,
          ...(node.domain ? { domain: node.domain } : {}),
          relation: node.relation,
          confidence: node.confidence,
          ...(node.url ? { url: node.url } : {}),
        })),
      },
    },
  };
  return [item];
}
