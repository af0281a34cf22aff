/**
 * The analysis: a PageReading (../page/read.ts) in, a Provenance out, in stages, one file each:
 * metadata signals, the page's own publisher, text signals (cues, datelines, bylines), the chain.
 * Plain data in and out: it runs in the extension's background, and in-process for the CLI and
 * tests (../scan.ts).
 */
import { runSteps } from '../slices';
import { nameKey, registrableDomain } from '../registry';
import type { Analysis, ArticleInfo, ChainNode, PageMetadata, PagePublisher, PageReading, Provenance, ResolvedPublisher, Signal } from '../types';
import { buildChain, groupByPublisher, mention } from './chain';
import { EvidenceBook } from './evidence';
import { interpretMetadata, metaSignals, unarchived } from './metadata';
import { samePublisher } from './names';
import { pagePublisher } from './page-publisher';
import { textSignals } from './text-signals';

/**
 * The page's own publisher under its own name, or the short form its staff write ("The Times" for
 * The New York Times or the Los Angeles Times, "the Post" for The Washington Post).
 */
function isSelfReference(publisher: ResolvedPublisher, page: ResolvedPublisher): boolean {
  if (samePublisher(publisher, page)) return true;
  const short = publisher.name.replace(/^the\s+/i, '');
  return short.length > 2 && !short.includes(' ') && page.name.endsWith(` ${short}`);
}

/** "Senate passes stopgap funding bill | Lakeside Ledger": the document's title without the site's name. */
function headlineOf(title: string, page: PagePublisher): string | undefined {
  const site = new Set([nameKey(page.name), ...(page.domain ? [nameKey(page.domain)] : [])]);
  let headline = title.replace(/\s+/g, ' ').trim();
  for (;;) {
    const suffix = /\s+[|–—·•:-]\s+([^|–—·•]+)$/.exec(headline);
    const prefix = /^([^|–—·•:]+?)\s+[|–—·•:-]\s+/.exec(headline);
    if (suffix && site.has(nameKey(suffix[1]))) headline = headline.slice(0, suffix.index);
    else if (prefix && site.has(nameKey(prefix[1]))) headline = headline.slice(prefix[0].length);
    else break;
  }
  return headline ? headline.slice(0, 300) : undefined;
}

/**
 * The page's headline, date and address, for citations. Its address is the one it was read at, or
 * the one it gives itself (og:url), or its canonical link when that names no other site of the chain.
 */
function articleOf(reading: PageReading, meta: PageMetadata, page: PagePublisher, url: string | undefined, chain: ChainNode[]): ArticleInfo {
  const canonical = meta.signals.find((signal) => signal.kind === 'canonical')?.url;
  const canonicalIsOwn =
    !!canonical &&
    !chain.some((node) => node.relation !== 'this-page' && node.url === canonical) &&
    (!url || registrableDomain(canonical) === registrableDomain(url));
  const article: ArticleInfo = {
    title: meta.article.title ?? headlineOf(reading.title, page),
    published: meta.article.published,
    url: url ?? (canonicalIsOwn ? canonical : undefined),
  };
  return Object.fromEntries(Object.entries(article).filter(([, value]) => value)) as ArticleInfo;
}

/** The analysis as a sequence of steps: it pauses between slices of the matching (see scan.ts). */
export function* analyzeSteps(reading: PageReading): Generator<void, Analysis> {
  const evidence = new EvidenceBook();
  // A web-archive capture is read as the page it captured.
  const given = reading.url && unarchived(reading.url);
  const declared = interpretMetadata(reading.metaTags, given);
  // A saved page, read without its address: the address it gives itself (og:url) stands in.
  const url = given ?? declared.ownUrl;
  const meta = url === given ? declared : interpretMetadata(reading.metaTags, url);
  const page = pagePublisher(reading.title, meta, url, evidence, () => reading.tail);
  const signals = metaSignals(meta, page, url, evidence);
  if (reading.blocks.length) signals.push(...(yield* textSignals(reading.blocks, evidence, url)));

  // The page's own print edition is a note on its node: an edition notice that names no one, or
  // names this page's outlet. One that names another publication is a hop like any other.
  const ownEdition = (signal: Signal) => signal.role === 'edition' && (!signal.publisher.name || samePublisher(signal.publisher, page));
  const notes = signals.filter(ownEdition).map((signal) => signal.evidence);
  // A page naming itself ("Originally published on Live Science" on livescience.com, "told The
  // Times" on the Los Angeles Times) is not a source.
  const others = signals.filter((signal) => !ownEdition(signal) && !isSelfReference(signal.publisher, page));
  const upstream = others.filter((signal) => signal.role === 'upstream' || signal.role === 'edition');
  const downstreamGroups = groupByPublisher(others.filter((signal) => signal.role === 'downstream'));
  // An outlet the page says it republished to is not also its source.
  const upstreamOnly = upstream.filter((signal) => !downstreamGroups.some((group) => samePublisher(group.publisher, signal.publisher)));
  const upstreamGroups = groupByPublisher(upstreamOnly);
  const chain = buildChain(upstreamGroups, page, notes);
  // An outlet already in the chain is a source of the whole story, not only a citation.
  const cited = others.filter(
    (signal) => signal.role === 'cites' && !upstreamGroups.some((group) => samePublisher(group.publisher, signal.publisher)),
  );

  const provenance: Provenance = {
    page: { name: page.name, ...(page.domain ? { domain: page.domain } : {}), evidence: page.evidence },
    article: articleOf(reading, meta, page, url, chain),
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
