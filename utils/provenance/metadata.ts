/**
 * What the page's head says about itself and its sources: canonical and syndication links,
 * original-source meta tags, og:site_name, and the JSON-LD `publisher`, `author` and `isBasedOn`.
 */

export interface MetaSignal {
  kind: 'canonical' | 'syndication-source' | 'original-source' | 'is-based-on' | 'author';
  /** A URL (links, meta tags, isBasedOn) or a name (JSON-LD author, isBasedOn with only a name). */
  url?: string;
  name?: string;
  /** The tag or JSON-LD property as written, shortened. */
  quote: string;
  evidenceKind: 'link' | 'meta' | 'json-ld';
}

export interface PageMetadata {
  siteName?: { name: string; quote: string; kind: 'site-name' };
  publisherName?: { name: string; quote: string };
  ogUrl?: string;
  signals: MetaSignal[];
}

/** JSON-LD blocks larger than this are not parsed: nobody writes a megabyte of article metadata. */
const MAX_JSON_LD = 512 * 1024;
/** JSON-LD sent to the background per page, at most: the message is the page's to pay for. */
const MAX_JSON_LD_TOTAL = 1024 * 1024;
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
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function tagQuote(tag: MetadataTag, attributes: AttributeName[]): string {
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
          const { name, property } = attributes;
          if (!name && !property) break;
          for (const attribute of ['content', 'value'] as const) {
            const value = attributes[attribute]?.trim();
            if (!value) continue;
            for (const [kind, key] of [['name', name], ['property', property]] as const) {
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
  meta(key: string, attribute: 'content' | 'value', kinds: ('name' | 'property')[] = ['property', 'name']): Found | undefined {
    let first: (Found & { order: number }) | undefined;
    for (const kind of kinds) {
      const found = this.metas.get(`${kind}:${key}|${attribute}`);
      if (found && (!first || found.order < first.order)) first = found;
    }
    return first;
  }
}

const LINK_RELS = ['canonical', 'syndication-source', 'original-source'];
const META_NAMES = ['syndication-source', 'original-source', 'og:site_name', 'application-name', 'og:url'];

/**
 * The head's tags the metadata can come from, in one search: the browser's selector matching picks
 * the few out of the dozens of meta and link tags a news page carries, where asking each tag in
 * turn would cost a call into the DOM per attribute.
 */
const METADATA_TAGS = [
  ...LINK_RELS.map((rel) => `link[rel~="${rel}" i][href]`),
  ...META_NAMES.flatMap((name) => [`meta[name="${name}" i]`, `meta[property="${name}" i]`]),
  'script[type="application/ld+json" i]',
].join(', ');

const JSON_LD_TYPE = /^\s*application\/ld\+json\s*$/i;
/** JSON-LD blocks read, at most: the article's own comes first on every page we know. */
const MAX_JSON_LD_BLOCKS = 20;

const LINK_ATTRIBUTES = ['rel', 'href'] as const;
const META_ATTRIBUTES = ['name', 'property', 'content', 'value'] as const;
type AttributeName = (typeof LINK_ATTRIBUTES)[number] | (typeof META_ATTRIBUTES)[number];

/**
 * A metadata tag as the page wrote it: plain data, so that the content script only gathers and
 * the background, where the analysis runs, decides what it says (JSON-LD is parsed there too).
 */
export interface MetadataTag {
  tag: 'link' | 'meta' | 'script';
  attributes: Partial<Record<AttributeName, string>>;
  /** A JSON-LD script's source; empty when it is past MAX_JSON_LD. */
  text?: string;
}

const LINK_REL = new RegExp(`(?:^|\\s)(?:${LINK_RELS.join('|')})(?:\\s|$)`, 'i');
const META_KEYS = new Set(META_NAMES);

/**
 * The page's metadata tags, in document order: the head's by one selector search; the body's
 * (JSON-LD scripts, now and then a stray link or meta) by tag name. A selector list is tried on
 * every element of the body in one piece of work that cannot be sliced: 45 ms on a page of
 * 200,000 elements, where the browser's lists of elements by tag name take a few.
 */
export function gatherMetadata(doc: Document): MetadataTag[] {
  const tags: MetadataTag[] = [];
  let jsonLdBlocks = 0;
  let jsonLdCharacters = 0;
  const add = (element: Element, tag: MetadataTag['tag']) => {
    if (tag === 'script') {
      if (jsonLdBlocks++ >= MAX_JSON_LD_BLOCKS) return;
      const text = element.textContent ?? '';
      // Each block goes to the background as written: past the budget, it goes empty.
      const kept = text.length <= MAX_JSON_LD && jsonLdCharacters + text.length <= MAX_JSON_LD_TOTAL;
      if (kept) jsonLdCharacters += text.length;
      tags.push({ tag, attributes: {}, text: kept ? text : '' });
      return;
    }
    const attributes: MetadataTag['attributes'] = {};
    // Each call into the DOM counts on a page's first scan: only the attributes the tag can use.
    for (const name of tag === 'link' ? LINK_ATTRIBUTES : META_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) attributes[name] = value;
    }
    tags.push({ tag, attributes });
  };
  try {
    const found = doc.head?.querySelectorAll(METADATA_TAGS) ?? [];
    for (let index = 0; index < found.length; index++) add(found[index], found[index].localName as MetadataTag['tag']);
  } catch {
    // Some DOMs (happy-dom, for the CLI) search recursively and overflow on pages nested
    // thousands deep: the body may still hold the tags.
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) return tags;
  try {
    // Only what the head's search would have taken, asked attribute by attribute.
    const links = body.getElementsByTagName('link');
    for (let index = 0; index < links.length; index++) {
      if (LINK_REL.test(links[index].getAttribute('rel') ?? '') && links[index].hasAttribute('href')) add(links[index], 'link');
    }
    const metas = body.getElementsByTagName('meta');
    for (let index = 0; index < metas.length; index++) {
      const meta = metas[index];
      const key = (meta.getAttribute('property') ?? '').toLowerCase();
      if (META_KEYS.has(key) || META_KEYS.has((meta.getAttribute('name') ?? '').toLowerCase())) add(meta, 'meta');
    }
    const scripts = body.getElementsByTagName('script');
    for (let index = 0; index < scripts.length; index++) {
      if (JSON_LD_TYPE.test(scripts[index].getAttribute('type') ?? '')) add(scripts[index], 'script');
    }
  } catch {
    // Too deep to search (happy-dom recurses): the head's tags still count.
  }
  return tags;
}

/** What the page says about itself, from a document: gathered and read in one go (CLI, tests). */
export function readMetadata(doc: Document, pageUrl?: string): PageMetadata {
  return interpretMetadata(gatherMetadata(doc), pageUrl);
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
  const ogUrl =
    tags.meta('og:url', 'content') ?? tags.meta('og:url', 'value');

  let publisherName: PageMetadata['publisherName'];
  for (const article of jsonLdArticles(tags.jsonLd)) {
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

  return {
    siteName: siteName && { name: clip(siteName.value, 120), quote: tagQuote(siteName.tag, ['property', 'name', 'content', 'value']), kind: 'site-name' },
    publisherName,
    ogUrl: ogUrl && absoluteUrl(ogUrl.value, base),
    signals,
  };
}
