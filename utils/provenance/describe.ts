/**
 * What a tag evidence says, for people: the popup and the copied Text and Markdown put it in words
 * ("The page's canonical link points to time.com/4603308/…") instead of the markup the engine quotes.
 * Language-free: it names the statement and its target; the words are the caller's (English in
 * format.ts, the interface's language in the popup).
 */
import type { Evidence } from './types';

export type TagStatement =
  | 'canonical' // <link rel="canonical">
  | 'syndication-source' // rel/meta syndication-source
  | 'original-source' // rel/meta original-source
  | 'based-on' // JSON-LD isBasedOn, microdata isBasedOn
  | 'author' // JSON-LD or meta author
  | 'source' // dc.source, dcterms.source, microdata sourceOrganization
  | 'site-name' // og:site_name, application-name
  | 'publisher' // JSON-LD publisher
  | 'address'; // the page's own URL

export interface TagDescription {
  statement: TagStatement;
  /** The URL or name the tag gives. */
  target: string;
  /** The full URL, when the target is one. */
  url?: string;
}

/** Attributes of a quoted tag as the engine writes it: `<meta name="x" content="y">`. */
function attributesOf(quote: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of quote.matchAll(/([a-z][\w:.-]*)="([^"]*)"/gi)) attributes[match[1].toLowerCase()] = match[2];
  return attributes;
}

/** A JSON-LD quote (`"author": {"name": "AP"}`): its property and the value's name or URL. */
function jsonLdOf(quote: string): { property: string; value?: string } {
  const match = quote.match(/^"([^"]+)":\s*([\s\S]*)$/);
  if (!match) return { property: '' };
  let value: unknown = match[2];
  try {
    value = JSON.parse(match[2]);
  } catch {
    // Clipped to its first 200 characters: read what is there.
  }
  if (Array.isArray(value)) value = value[0];
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    value = record.url ?? record.name ?? record['@id'];
    if (value && typeof value === 'object') value = (value as Record<string, unknown>).name;
  }
  return { property: match[1], value: typeof value === 'string' ? value.trim() : undefined };
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * A URL as a person reads it in a line: no scheme, no "www.", and a long path cut after its first
 * step ("time.com/4603308/…"). The whole URL stays one click or hover away.
 */
export function shortUrl(url: string, max = 40): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/$/, '');
  const whole = host + path;
  if (whole.length <= max) return whole || host;
  const first = path.split('/').filter(Boolean)[0] ?? '';
  const cut = `${host}/${first}`;
  return `${cut.length > max ? cut.slice(0, max - 1) : cut}/…`;
}

/** What a tag evidence states, or undefined for sentence evidence (quoted as the page wrote it). */
export function describeTag(evidence: Evidence): TagDescription | undefined {
  const { kind, quote } = evidence;
  const withTarget = (statement: TagStatement, value: string | undefined): TagDescription | undefined => {
    const url = evidence.url ?? (value && isUrl(value) ? value : undefined);
    const target = url ? shortUrl(url) : value;
    return target ? { statement, target, url } : undefined;
  };
  switch (kind) {
    case 'url':
      return withTarget('address', quote);
    case 'link': {
      const attributes = attributesOf(quote);
      const rel = (attributes.rel ?? '').toLowerCase();
      const statement: TagStatement = rel === 'canonical' ? 'canonical' : rel === 'original-source' ? 'original-source' : 'syndication-source';
      return withTarget(statement, attributes.href);
    }
    case 'meta':
    case 'site-name': {
      const attributes = attributesOf(quote);
      const key = (attributes.name ?? attributes.property ?? attributes.itemprop ?? '').toLowerCase();
      const value = attributes.content ?? attributes.value;
      if (kind === 'site-name' || key === 'og:site_name' || key === 'application-name') return withTarget('site-name', value);
      if (key === 'original-source') return withTarget('original-source', value);
      if (key === 'syndication-source') return withTarget('syndication-source', value);
      if (key === 'isbasedon') return withTarget('based-on', value);
      if (key.includes('author')) return withTarget('author', value);
      return withTarget('source', value);
    }
    case 'json-ld': {
      const { property, value } = jsonLdOf(quote);
      if (property === 'author') return withTarget('author', value);
      if (property === 'publisher') return withTarget('publisher', value);
      if (property === 'isBasedOn' || property === 'isBasedOnUrl') return withTarget('based-on', value);
      return withTarget('source', value);
    }
    default:
      return undefined;
  }
}

/**
 * A node's evidence without repeats: the same sentence or tag found twice (a canonical link and
 * og:url to one address, a byline read in the text and in JSON-LD under one quote) is listed once.
 */
export function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const description = describeTag(item);
    const key = description ? `${description.statement}|${description.url ?? description.target}` : `said|${item.quote.trim()}|${item.readOn ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
