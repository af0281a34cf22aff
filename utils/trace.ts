/**
 * Trace upstream: follow a chain from page to page. A page often names only the step before it; the
 * source's own page names the one before that. The walk reads the earliest node with a known URL, runs
 * the engine on it, and puts what it finds in front, until a page names no further source, a page
 * cannot be read, a cycle appears, or the step limit is reached.
 *
 * Browser-free: fetching and parsing come in as functions (the popup's fetch after a permission
 * prompt, the CLI's fetch with limits, a fake in tests).
 */
import { samePublisher } from './provenance/analysis/names';
import { registrableDomain } from './provenance/registry';
import { analyzeDocument } from './provenance/scan';
import type { ChainNode, Provenance } from './provenance/types';

export type FetchOutcome =
  | { ok: true; html: string; url: string }
  | { ok: false; status: 'blocked' | 'failed'; error: string };

export type PageFetcher = (url: string) => Promise<FetchOutcome>;

/** A page read and analysed: what the walk needs of each step. */
export type ReadOutcome = { ok: true; provenance: Provenance; url: string } | { ok: false; status: 'blocked' | 'failed'; error: string };
export type PageReader = (url: string) => Promise<ReadOutcome>;

/** A reader from a fetcher and a parser: fetch, parse, run the engine with the page's final URL. */
export function readerFrom(fetchPage: PageFetcher, parse: (html: string, url: string) => Document): PageReader {
  return async (url) => {
    const outcome = await fetchPage(url);
    if (!outcome.ok) return outcome;
    return { ok: true, url: outcome.url, provenance: analyzeDocument(parse(outcome.html, outcome.url), { url: outcome.url }) };
  };
}

export type StepStatus = 'reading' | 'found' | 'no-source' | 'blocked' | 'failed';

export interface TraceStep {
  /** The publisher whose page was read. */
  name: string;
  url: string;
  status: StepStatus;
  /** Names of the sources this step added, origin first. */
  added: string[];
  error?: string;
}

export type StopReason = 'origin' | 'no-url' | 'cycle' | 'max-steps' | 'blocked' | 'failed';

export interface TraceResult {
  chain: ChainNode[];
  steps: TraceStep[];
  stoppedBecause: StopReason;
  /** The earliest publisher with no URL to read, when that is why the walk stopped. */
  unreadable?: string;
}

export interface TraceOptions {
  maxSteps?: number;
  readPage: PageReader;
  /** Called with every change of a step's state, for a live display. */
  onStep?: (steps: TraceStep[]) => void;
}

export const DEFAULT_MAX_STEPS = 5;


/** A URL with its fragment and a trailing slash dropped: two spellings of one page are one visit. */
function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function mergeInto(target: ChainNode, found: ChainNode): ChainNode {
  return {
    ...target,
    domain: target.domain ?? found.domain,
    url: target.url ?? found.url,
    evidence: [...target.evidence, ...found.evidence.filter((item) => !target.evidence.some((own) => own.quote === item.quote))],
  };
}

/**
 * Evidence from a source's own page: it says where it was read, and drops its locator, which points
 * into that page, not the one in the tab.
 */
function readOnPage(node: ChainNode, url: string): ChainNode {
  return { ...node, evidence: node.evidence.map(({ locator: _elsewhere, ...item }) => ({ ...item, readOn: item.readOn ?? url })) };
}

/** A source whose page was read: its copy's headline and date, for "cite the original". */
function withOwnArticle(node: ChainNode, own: Provenance): ChainNode {
  const { title, published } = own.article ?? {};
  return { ...node, ...(title ? { title } : {}), ...(published ? { published } : {}) };
}

export async function traceUpstream(start: Provenance, startUrl: string, options: TraceOptions): Promise<TraceResult> {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  let chain = [...start.chain];
  const steps: TraceStep[] = [];
  const visited = new Set<string>([pageKey(startUrl)]);
  const visitedDomains = new Set<string>([registrableDomain(startUrl) ?? startUrl]);
  const report = () => options.onStep?.(steps.map((step) => ({ ...step })));

  for (;;) {
    // The earliest node with a URL that has not been read yet; this page itself is never read again.
    const upstream = chain.slice(0, -1);
    const index = upstream.findIndex((node) => node.url && !visited.has(pageKey(node.url)));
    if (index < 0) {
      const first = upstream[0];
      return first && !first.url
        ? { chain, steps, stoppedBecause: 'no-url', unreadable: first.name }
        : { chain, steps, stoppedBecause: steps.length ? 'origin' : 'no-url', unreadable: first?.name };
    }
    // Only a node at the front can have sources in front of it; one further down was already read.
    if (upstream.slice(0, index).some((node) => !node.url)) {
      return { chain, steps, stoppedBecause: 'no-url', unreadable: upstream[0].name };
    }
    if (steps.length >= maxSteps) return { chain, steps, stoppedBecause: 'max-steps' };

    const node = upstream[index];
    const url = node.url!;
    visited.add(pageKey(url));
    const step: TraceStep = { name: node.name, url, status: 'reading', added: [] };
    steps.push(step);
    report();

    const outcome = await options.readPage(url);
    if (!outcome.ok) {
      step.status = outcome.status;
      step.error = outcome.error;
      report();
      return { chain, steps, stoppedBecause: outcome.status };
    }
    visited.add(pageKey(outcome.url));
    const foundUpstream = outcome.provenance.chain.slice(0, -1).map((found) => readOnPage(found, outcome.url));

    // A source that is already later in the chain (A says B, B says A) closes a loop.
    const later = chain.slice(index + 1);
    if (foundUpstream.some((candidate) => later.some((existing) => samePublisher(existing, candidate)))) {
      step.status = 'no-source';
      report();
      return { chain, steps, stoppedBecause: 'cycle' };
    }
    const before = chain.slice(0, index);
    const fresh = foundUpstream.filter((candidate) => !before.some((existing) => samePublisher(existing, candidate)));
    const domain = registrableDomain(outcome.url);
    if (domain) visitedDomains.add(domain);

    chain = [
      ...before.map((existing) => {
        const same = foundUpstream.find((candidate) => samePublisher(existing, candidate));
        return same ? mergeInto(existing, same) : existing;
      }),
      ...fresh,
      withOwnArticle(node, outcome.provenance),
      ...later,
    ];
    step.added = fresh.map((item) => item.name);
    step.status = fresh.length ? 'found' : 'no-source';
    report();
    if (!fresh.length && !before.some((existing) => existing.url && !visited.has(pageKey(existing.url)))) {
      return { chain, steps, stoppedBecause: 'origin' };
    }
  }
}
