/**
 * What the page's metadata tags say about the page and its sources: canonical and syndication
 * links, original-source meta tags, og:site_name, and the JSON-LD `publisher`, `author` and
 * `isBasedOn`. The tags come as the page side gathered them (../page/gather.ts).
 */
import { isAgency, lookupDomain, lookupName, lookupToken, registrableDomain } from '../registry';
import type { MetadataAttribute, MetadataTag, MetaSignal, PageMetadata, PagePublisher, Relation, Signal } from '../types';
import type { EvidenceBook } from './evidence';
import { cleanName, isOutletName, resolveDomain, resolvePublisher, type ResolvedPublisher } from './names';


/** How deep a JSON-LD graph is followed, and how many objects are looked at in all. */
const MAX_JSON_DEPTH = 8;
const MAX_JSON_OBJECTS = 2_000;

const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage|CreativeWork|NewsArticle/;

function clip(text: string, length = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** An http(s) URL, resolved against `base` when relative; anything else (javascript:, data:) is dropped. */
export function absoluteUrl(href: string, base: string | undefined): string | undefined {
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? unarchived(url.href) : undefined;
  } catch {
    return undefined;
  }
}

/** "https://web.archive.org/web/20120604/http://he.xinhuanet.com/…": a capture of another page. */
const ARCHIVE_CAPTURE = /^https?:\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]*\/(https?:\/\/?.+)$/i;

/**
 * The address a web-archive capture was taken of: the archive is no publisher, and a page read
 * there is the page it captured (its links are rewritten into the archive too).
 */
export function unarchived(url: string): string {
  const inner = ARCHIVE_CAPTURE.exec(url)?.[1];
  if (!inner) return url;
  try {
    return new URL(inner.replace(/^(https?:)\/(?!\/)/i, '$1//')).href;
  } catch {
    return url;
  }
}

function tagQuote(tag: MetadataTag, attributes: readonly MetadataAttribute[]): string {
  const parts = attributes
    .filter((name) => tag.attributes[name] !== undefined)
    .map((name) => `${name}="${clip(tag.attributes[name]!, 200)}"`);
  return `<${tag.tag} ${parts.join(' ')}>`;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return textOf(record.name) ?? textOf(record['@value']);
  }
  return undefined;
}

function typesOf(value: Record<string, unknown>): string {
  const type = value['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** Every object in a JSON-LD value, breadth first, bounded. */
function jsonObjects(root: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let level: unknown[] = [root];
  for (let depth = 0; depth < MAX_JSON_DEPTH && level.length && found.length < MAX_JSON_OBJECTS; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...value.slice(0, 200));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typesOf(record)) found.push(record);
        if (record['@graph']) next.push(record['@graph']);
        if (found.length >= MAX_JSON_OBJECTS) break;
      }
    }
    level = next;
  }
  return found;
}

function jsonLdArticles(sources: string[]): Record<string, unknown>[] {
  const articles: Record<string, unknown>[] = [];
  for (const source of sources) {
    if (!source.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue; // Broken JSON-LD is common; the page's other signals still count.
    }
    for (const object of jsonObjects(parsed)) if (ARTICLE_TYPE.test(typesOf(object))) articles.push(object);
  }
  // A NewsArticle says more about the story than the WebPage around it.
  return articles.sort((a, b) => Number(/Article|Posting/.test(typesOf(b))) - Number(/Article|Posting/.test(typesOf(a))));
}

/** Tags that give the story's first publication date, most specific first. */
const ARTICLE_DATE_KEYS = [
  ['article:published_time', ['property', 'name']],
  ['datepublished', ['itemprop']],
  ['parsely-pub-date', ['name']],
  ['dc.date.issued', ['name']],
  ['dcterms.created', ['name']],
  ['dc.date', ['name']],
  ['dcterms.date', ['name']],
  ['pubdate', ['name', 'property']],
  ['date', ['name']],
] as const;

/** A date as the page wrote it, when it reads as one (a year, month and day first): not "yesterday". */
function dateOf(value: unknown): string | undefined {
  const text = textOf(value);
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 40) : undefined;
}

interface Found {
  tag: MetadataTag;
  value: string;
}

/**
 * The gathered tags filed by what they declare, so that each question below is a map look-up.
 * Values are trimmed; empty ones are not filed; the first tag in document order wins, as with
 * `querySelector`.
 */
class MetadataIndex {
  /** `rel` token (lower case) → the first link with that token and an href. */
  readonly links = new Map<string, Found>();
  /** "name:x" / "property:x" (lower case) and its attribute ("content" or "value") → the first meta. */
  readonly metas = new Map<string, Found & { order: number }>();
  readonly jsonLd: string[] = [];

  constructor(tags: MetadataTag[]) {
    tags.forEach((tag, order) => {
      const { attributes } = tag;
      switch (tag.tag) {
        case 'link': {
          const href = attributes.href?.trim();
          const rel = attributes.rel;
          if (!href || !rel) break;
          for (const token of rel.toLowerCase().split(/\s+/)) if (token && !this.links.has(token)) this.links.set(token, { tag, value: href });
          break;
        }
        case 'meta': {
          const { name, property, itemprop } = attributes;
          if (!name && !property && !itemprop) break;
          for (const attribute of ['content', 'value'] as const) {
            const value = attributes[attribute]?.trim();
            if (!value) continue;
            for (const [kind, key] of [['name', name], ['property', property], ['itemprop', itemprop]] as const) {
              const slot = `${kind}:${key?.toLowerCase()}|${attribute}`;
              if (key && !this.metas.has(slot)) this.metas.set(slot, { tag, value, order });
            }
          }
          break;
        }
        case 'script':
          if (tag.text) this.jsonLd.push(tag.text);
          break;
      }
    });
  }

  /** The first meta whose name or property (among `kinds`) is `key`, with a non-empty `attribute`. */
  meta(key: string, attribute: 'content' | 'value', kinds: ('name' | 'property' | 'itemprop')[] = ['property', 'name']): Found | undefined {
    let first: (Found & { order: number }) | undefined;
    for (const kind of kinds) {
      const found = this.metas.get(`${kind}:${key}|${attribute}`);
      if (found && (!first || found.order < first.order)) first = found;
    }
    return first;
  }
}

/** What the gathered tags say: canonical and source links, the site's name, JSON-LD. */
export function interpretMetadata(gathered: MetadataTag[], pageUrl?: string): PageMetadata {
  const signals: MetaSignal[] = [];
  const base = pageUrl;
  const tags = new MetadataIndex(gathered);

  const canonical = tags.links.get('canonical');
  if (canonical) {
    const url = absoluteUrl(canonical.value, base);
    if (url) signals.push({ kind: 'canonical', url, quote: tagQuote(canonical.tag, ['rel', 'href']), evidenceKind: 'link' });
  }
  for (const rel of ['syndication-source', 'original-source'] as const) {
    const link = tags.links.get(rel);
    const url = link && absoluteUrl(link.value, base);
    if (link && url) signals.push({ kind: rel, url, quote: tagQuote(link.tag, ['rel', 'href']), evidenceKind: 'link' });
    const meta = tags.meta(rel, 'content');
    if (meta) {
      const metaUrl = absoluteUrl(meta.value, base);
      signals.push({
        kind: rel,
        url: metaUrl,
        name: metaUrl ? undefined : clip(meta.value, 120),
        quote: tagQuote(meta.tag, ['name', 'property', 'content']),
        evidenceKind: 'meta',
      });
    }
  }

  // Some React sites write `value=` where `content=` belongs; readers are lenient, so are we.
  const site =
    tags.meta('og:site_name', 'content') ?? tags.meta('og:site_name', 'value');
  const application = tags.meta('application-name', 'content', ['name']);
  const siteName = site ?? application;

  let publisherName: PageMetadata['publisherName'];
  const story: PageMetadata['article'] = {};
  for (const article of jsonLdArticles(tags.jsonLd)) {
    story.title ??= textOf(article.headline) && clip(textOf(article.headline)!, 300);
    story.published ??= dateOf(article.datePublished) ?? dateOf(article.dateCreated);
    const publisher = textOf(article.publisher) ?? textOf(article.sourceOrganization);
    if (publisher && !publisherName) publisherName = { name: clip(publisher, 120), quote: `"publisher": "${clip(publisher, 120)}"` };

    const basedOn = article.isBasedOn ?? article.isBasedOnUrl;
    const basedOnList = Array.isArray(basedOn) ? basedOn : basedOn ? [basedOn] : [];
    for (const item of basedOnList.slice(0, 5)) {
      const url =
        typeof item === 'string' ? absoluteUrl(item, base) : absoluteUrl(textOf((item as Record<string, unknown>)?.url) ?? '', base);
      const name =
        item && typeof item === 'object'
          ? textOf((item as Record<string, unknown>).publisher) ?? textOf((item as Record<string, unknown>).name)
          : undefined;
      if (url || name) {
        signals.push({ kind: 'is-based-on', url, name, quote: `"isBasedOn": ${clip(JSON.stringify(item), 200)}`, evidenceKind: 'json-ld' });
      }
    }

    const authors = Array.isArray(article.author) ? article.author : article.author ? [article.author] : [];
    for (const author of authors.slice(0, 10)) {
      const name = textOf(author);
      if (name) signals.push({ kind: 'author', name: clip(name, 120), quote: `"author": ${clip(JSON.stringify(author), 200)}`, evidenceKind: 'json-ld' });
    }
  }

  // An author meta tag that names an agency: "AgE", "det/dpa" (people and staff are left to metaSignals).
  for (const key of ['author', 'article:author']) {
    const author = tags.meta(key, 'content', ['name', 'property']);
    if (author && !/^https?:/i.test(author.value)) {
      signals.push({ kind: 'author', name: clip(author.value, 120), quote: tagQuote(author.tag, ['name', 'property', 'content']), evidenceKind: 'meta' });
    }
  }
  // Dublin Core's and microdata's word for the source: a URL or an outlet's name.
  for (const [key, kinds] of [['dc.source', ['name']], ['dcterms.source', ['name']], ['sourceorganization', ['itemprop']], ['isbasedon', ['itemprop']]] as const) {
    const found = tags.meta(key, 'content', [...kinds]);
    if (!found) continue;
    const url = absoluteUrl(found.value, base);
    signals.push({
      kind: 'source-organization',
      url: /^https?:\/\//i.test(found.value) ? url : undefined,
      name: /^https?:\/\//i.test(found.value) ? undefined : clip(found.value, 120),
      quote: tagQuote(found.tag, ['name', 'itemprop', 'content']),
      evidenceKind: 'meta',
    });
  }
  const ownUrl = tags.meta('og:url', 'content') ?? tags.meta('og:url', 'value');
  story.title ??= [tags.meta('og:title', 'content'), tags.meta('headline', 'content', ['itemprop'])].find(Boolean)?.value;
  if (story.title) story.title = clip(story.title, 300);
  story.published ??= ARTICLE_DATE_KEYS.map(([key, kinds]) => dateOf(tags.meta(key, 'content', [...kinds])?.value)).find(Boolean);

  return {
    ownUrl: ownUrl && absoluteUrl(ownUrl.value, base),
    siteName: siteName && { name: clip(siteName.value, 120), quote: tagQuote(siteName.tag, ['property', 'name', 'content', 'value']), kind: 'site-name' },
    publisherName,
    signals,
    article: story,
  };
}

/** Relation and confidence of a metadata signal. */
const META_RELATION: Record<MetaSignal['kind'], { relation: Relation; confidence: number }> = {
  canonical: { relation: 'syndication', confidence: 0.75 },
  'syndication-source': { relation: 'syndication', confidence: 0.9 },
  'original-source': { relation: 'originally-published', confidence: 0.9 },
  'is-based-on': { relation: 'based-on', confidence: 0.8 },
  author: { relation: 'wire', confidence: 0.75 },
  'source-organization': { relation: 'originally-published', confidence: 0.8 },
};

/**
 * Hosts that serve pages for others and publish nothing of their own: a canonical link there (a
 * CDN's copy, an AMP cache, a storage bucket) or from there (a blog platform's address for a site
 * with its own domain) names no other publisher.
 */
const SERVING_HOSTS = [
  'ampproject.org', 'cloudfront.net', 'akamaized.net', 'akamaihd.net', 'amazonaws.com', 'googleusercontent.com',
  'fastly.net', 'azureedge.net', 'cdn77.org', 'b-cdn.net', 'arcpublishing.com', 'brightspotcdn.com', 'wpengine.com',
  'pantheonsite.io', 'acquia-sites.com', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app',
  'firebaseapp.com', 'azurewebsites.net', 'archive.org', 'translate.goog',
];
const PLATFORM_HOSTS = ['wordpress.com', 'blogspot.com', 'blogger.com', 'medium.com', 'substack.com', 'tumblr.com', 'ghost.io', 'wixsite.com', 'squarespace.com', 'webflow.io', 'github.io', 'typepad.com', 'over-blog.com', 'hatenablog.com', 'livejournal.com'];

function hostIn(url: string, hosts: readonly string[]): boolean {
  const domain = registrableDomain(url);
  return !!domain && hosts.includes(domain);
}

export function metaSignals(
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
      // "det/dpa", "dpa, AFP": an editor's initials and the agencies, in one field.
      const entry = (signal.name ?? '')
        .split(/\s*(?:[/,;&+]|\s(?:und|and|y|et|e|i)\s)\s*/)
        .map((part) => lookupToken(part) ?? lookupName(part))
        .find(isAgency);
      if (!entry) continue;
      publisher = resolvePublisher(entry.name);
    } else if (signal.url) {
      const domain = registrableDomain(signal.url);
      if (!domain) continue;
      // A canonical link on the page's own domain is the normal case, not a source.
      if (pageDomain && domain === pageDomain) continue;
      if (hostIn(signal.url, SERVING_HOSTS)) continue;
      // A blog platform's page that points to the blog's own domain: one publisher, two addresses.
      if (signal.kind === 'canonical' && pageUrl && hostIn(pageUrl, PLATFORM_HOSTS) && !lookupDomain(signal.url)) continue;
      // Without the page's URL, only a page that names itself can tell another site's canonical apart.
      if (!pageDomain && !page.evidence.length) continue;
      publisher = resolveDomain(signal.url);
      if (signal.name && publisher && !publisher.entry) publisher = { ...resolvePublisher(signal.name, signal.url) };
    } else if (signal.name) {
      const name = cleanName(signal.name);
      if (!name) continue;
      publisher = resolvePublisher(name);
      // A source organisation must be a publisher the registry knows: microdata names anything.
      if (signal.kind === 'source-organization' && !publisher.entry && !isOutletName(name)) continue;
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
