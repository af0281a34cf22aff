/**
 * The page side of the metadata: the head's (and now and then the body's) link, meta and JSON-LD tags
 * that can name a source or the page's own publisher, gathered as written. What they say is read in
 * the background (../analysis/metadata.ts).
 */
import type { MetadataAttribute, MetadataTag } from '../types';

/** JSON-LD blocks larger than this are not parsed: nobody writes a megabyte of article metadata. */
const MAX_JSON_LD = 512 * 1024;
/** JSON-LD sent to the background per page, at most: the message is the page's to pay for. */
const MAX_JSON_LD_TOTAL = 1024 * 1024;
const LINK_RELS = ['canonical', 'syndication-source', 'original-source'];
const META_NAMES = [
  'syndication-source', 'original-source', 'og:site_name', 'application-name', 'og:url', 'author', 'article:author',
  'dc.source', 'dcterms.source',
  // The story's headline and date, for citations (../analysis/metadata.ts `ARTICLE_DATE_KEYS`).
  'og:title', 'article:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'pubdate', 'parsely-pub-date',
];
/** Microdata the page may name its source in: `<meta itemprop="sourceOrganization" content="…">`, or its date. */
const ITEMPROPS = ['sourceOrganization', 'isBasedOn', 'datePublished', 'headline'];

/**
 * The head's tags the metadata can come from, in one search: the browser's selector matching picks
 * the few out of the dozens of meta and link tags a news page carries, where asking each tag in
 * turn would cost a call into the DOM per attribute.
 */
const METADATA_TAGS = [
  ...LINK_RELS.map((rel) => `link[rel~="${rel}" i][href]`),
  ...META_NAMES.flatMap((name) => [`meta[name="${name}" i]`, `meta[property="${name}" i]`]),
  ...ITEMPROPS.map((prop) => `meta[itemprop="${prop}" i]`),
  'script[type="application/ld+json" i]',
].join(', ');

const JSON_LD_TYPE = /^\s*application\/ld\+json\s*$/i;
/** JSON-LD blocks read, at most: the article's own comes first on every page we know. */
const MAX_JSON_LD_BLOCKS = 20;

const LINK_ATTRIBUTES: MetadataAttribute[] = ['rel', 'href'];
const META_ATTRIBUTES: MetadataAttribute[] = ['name', 'property', 'content', 'value', 'itemprop'];


const LINK_REL = new RegExp(`(?:^|\\s)(?:${LINK_RELS.join('|')})(?:\\s|$)`, 'i');
const META_KEYS = new Set([...META_NAMES, ...ITEMPROPS.map((prop) => prop.toLowerCase())]);

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
      const itemprop = (meta.getAttribute('itemprop') ?? '').toLowerCase();
      if (META_KEYS.has(key) || META_KEYS.has((meta.getAttribute('name') ?? '').toLowerCase()) || (itemprop && META_KEYS.has(itemprop))) add(meta, 'meta');
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
