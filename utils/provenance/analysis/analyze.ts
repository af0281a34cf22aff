/**
 * The analysis: a PageReading (../page/read.ts) in, a Provenance out, in stages, one file each:
 * metadata signals, the page's own publisher, text signals (cues, datelines, bylines), the chain.
 * Plain data in and out: it runs in the extension's background, and in-process for the CLI and
 * tests (../scan.ts).
 */
import { runSteps } from '../slices';
import type { Analysis, PageReading, Provenance, ResolvedPublisher, Signal } from '../types';
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
