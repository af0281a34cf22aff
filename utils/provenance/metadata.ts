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

function tagQuote(element: Element, attributes: string[]): string {
  const parts = attributes
    .map((name) => [name, element.getAttribute(name)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}="${clip(value!, 200)}"`);
  return `<${element.localName} ${parts.join(' ')}>`;
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

function jsonLdArticles(scripts: Element[]): Record<string, unknown>[] {
  const articles: Record<string, unknown>[] = [];
  for (const script of scripts.slice(0, 20)) {
    const source = script.textContent ?? '';
    if (!source.trim() || source.length > MAX_JSON_LD) continue;
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
  element: Element;
  value: string;
}

/**
 * The page's link, meta and JSON-LD tags, read once and filed by what they declare, so that each
 * question below is a map look-up rather than a selector tried on every tag (the DOM calls, not the
 * JavaScript, are what a scan pays for). Values are trimmed; empty ones are not filed; the first
 * tag in document order wins, as with `querySelector`.
 */
class MetadataTags {
  /** `rel` token (lower case) → the first link with that token and an href. */
  readonly links = new Map<string, Found>();
  /** "name:x" / "property:x" (lower case) and its attribute ("content" or "value") → the first meta. */
  readonly metas = new Map<string, Found & { order: number }>();
  readonly jsonLd: Element[] = [];

  constructor(tags: Element[]) {
    tags.forEach((element, order) => {
      switch (element.localName) {
        case 'link': {
          const href = element.getAttribute('href')?.trim();
          const rel = element.getAttribute('rel');
          if (!href || !rel) break;
          for (const token of rel.toLowerCase().split(/\s+/)) if (token && !this.links.has(token)) this.links.set(token, { element, value: href });
          break;
        }
        case 'meta': {
          const name = element.getAttribute('name');
          const property = element.getAttribute('property');
          if (!name && !property) break;
          for (const attribute of ['content', 'value'] as const) {
            const value = element.getAttribute(attribute)?.trim();
            if (!value) continue;
            for (const [kind, key] of [['name', name], ['property', property]] as const) {
              const slot = `${kind}:${key?.toLowerCase()}|${attribute}`;
              if (key && !this.metas.has(slot)) this.metas.set(slot, { element, value, order });
            }
          }
          break;
        }
        case 'script':
          if (JSON_LD_TYPE.test(element.getAttribute('type') ?? '')) this.jsonLd.push(element);
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

/**
 * The metadata tags of the page: the head's by a selector search; the body's (JSON-LD scripts,
 * now and then a stray link or meta) by tag name. A selector list is tried on every element of the
 * body in one piece of work that cannot be sliced: 45 ms on a page of 200,000 elements, where the
 * browser's lists of elements by tag name take a few.
 */
function metadataTags(doc: Document): Element[] {
  const found: Element[] = [];
  try {
    if (doc.head) found.push(...Array.from(doc.head.querySelectorAll(METADATA_TAGS)));
  } catch {
    // Some DOMs (happy-dom, for the CLI) search recursively and overflow on pages nested
    // thousands deep: the body may still hold the tags.
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) return found;
  for (const tag of ['link', 'meta', 'script']) {
    try {
      found.push(...Array.from(body.getElementsByTagName(tag)));
    } catch {
      // Too deep to search (happy-dom recurses): the head's tags still count.
    }
  }
  return found;
}

export function readMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const signals: MetaSignal[] = [];
  const base = pageUrl;
  const tags = new MetadataTags(metadataTags(doc));

  const canonical = tags.links.get('canonical');
  if (canonical) {
    const url = absoluteUrl(canonical.value, base);
    if (url) signals.push({ kind: 'canonical', url, quote: tagQuote(canonical.element, ['rel', 'href']), evidenceKind: 'link' });
  }
  for (const rel of ['syndication-source', 'original-source'] as const) {
    const link = tags.links.get(rel);
    const url = link && absoluteUrl(link.value, base);
    if (link && url) signals.push({ kind: rel, url, quote: tagQuote(link.element, ['rel', 'href']), evidenceKind: 'link' });
    const meta = tags.meta(rel, 'content');
    if (meta) {
      const metaUrl = absoluteUrl(meta.value, base);
      signals.push({
        kind: rel,
        url: metaUrl,
        name: metaUrl ? undefined : clip(meta.value, 120),
        quote: tagQuote(meta.element, ['name', 'property', 'content']),
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
    siteName: siteName && { name: clip(siteName.value, 120), quote: tagQuote(siteName.element, ['property', 'name', 'content', 'value']), kind: 'site-name' },
    publisherName,
    ogUrl: ogUrl && absoluteUrl(ogUrl.value, base),
    signals,
  };
}
