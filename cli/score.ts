/**
 * The eval's scoring, kept free of files and DOMs so it can be tested: labels (labels.json entries)
 * and what the engine found on each page in, figures and misses out; and the `--check` bar.
 *
 * How each figure is defined (uncertain pages are never scored, only counted):
 * - `verifiedExact/verifiedTotal` ("verified chains exact"): verified pages whose upstream chain is
 *   the labelled one, in order; a verified page labelled with no upstream (a trap) is exact when
 *   nothing is found. A miss is a CHAIN line.
 * - `upstreamExact/upstreamTotal` ("verified upstreams exact", "N with an upstream, M exact"): the
 *   same, on the verified pages whose label has an upstream. The bar: all of them exact.
 * - `falseUpstreams/negatives` ("false upstreams on negatives"): a negative is any page labelled with
 *   no upstream (`upstream: []`), verified or not; a false upstream is a negative on which the engine
 *   found an upstream (with `either`, one that is not a labelled cite). A verified negative's miss is
 *   listed as CHAIN (it is also a chain miss), an unverified one's as FALSE. The bar: at most 2.
 * - `citesFound/citesTotal` ("cited outlets found", "cites a/b"): labelled cites the engine found as
 *   cites (with `either`, as upstream too). The bar: at least 80%. A miss is a CITE line.
 * - `downstreamFound/downstreamTotal`, `pageRight/pageTotal`: DOWN and PAGE lines; not in the bar.
 * - `errors`: pages that could not be read or analysed (ERROR lines). The bar: none.
 */
import { basename } from 'node:path';
import { samePublisher, upstreamOf, type Provenance, type Publisher } from '../utils/provenance';
import { registrableDomain } from '../utils/provenance/registry';

export interface LabelOutlet {
  name: string;
  aliases?: string[];
  domain?: string;
}

export interface LabelPage {
  file: string;
  url?: string | null;
  page?: string;
  upstream: LabelOutlet[];
  downstream: LabelOutlet[];
  cites: (LabelOutlet | string)[];
  verified: boolean;
  uncertain: boolean;
  either: boolean;
  note?: string;
  /** ISO 639-1; "en" when absent. */
  language?: string;
}

/** What the engine made of one page: its provenance, or why the page could not be read. */
export type PageResult = { provenance: Provenance } | { error: string };

export interface Figures {
  pages: number;
  uncertain: number;
  verifiedTotal: number;
  verifiedExact: number;
  upstreamTotal: number;
  upstreamExact: number;
  negatives: number;
  falseUpstreams: number;
  citesTotal: number;
  citesFound: number;
  downstreamTotal: number;
  downstreamFound: number;
  pageTotal: number;
  pageRight: number;
  errors: number;
}

export interface Score {
  total: Figures;
  /** By the label's language, most pages first. */
  languages: Map<string, Figures>;
  misses: string[];
}

export const MAX_FALSE_UPSTREAMS = 2;
export const MIN_CITES_SHARE = 0.8;

export function emptyFigures(): Figures {
  return {
    pages: 0,
    uncertain: 0,
    verifiedTotal: 0,
    verifiedExact: 0,
    upstreamTotal: 0,
    upstreamExact: 0,
    negatives: 0,
    falseUpstreams: 0,
    citesTotal: 0,
    citesFound: 0,
    downstreamTotal: 0,
    downstreamFound: 0,
    pageTotal: 0,
    pageRight: 0,
    errors: 0,
  };
}

export function addFigures(into: Figures, from: Figures): Figures {
  for (const key of Object.keys(into) as (keyof Figures)[]) into[key] += from[key];
  return into;
}

function outlet(value: LabelOutlet | string): LabelOutlet {
  return typeof value === 'string' ? { name: value } : value;
}

/** Whether a found publisher is the labelled one: by its name, an alias or its domain. */
export function matches(found: Publisher, label: LabelOutlet): boolean {
  const domain = label.domain ?? undefined;
  return [label.name, ...(label.aliases ?? [])].some((name) => samePublisher(found, { name, domain }));
}

/**
 * The address the page was served from. Postlight fixtures are named after the host they were saved
 * from (the label's `url` is often the canonical link, which is the very thing being tested); the
 * readability fixtures only have the label's URL.
 */
export function pageUrlFor(page: LabelPage): string | undefined {
  if (page.file.startsWith('pages/postlight/')) {
    const host = basename(page.file, '.html').split('--')[0];
    if (registrableDomain(host)) return `https://${host}/`;
  }
  const url = page.url?.startsWith('//') ? `https:${page.url}` : page.url;
  try {
    return url ? new URL(url).href : undefined;
  } catch {
    return undefined;
  }
}

function describe(provenance: Provenance): string {
  const up = upstreamOf(provenance).map((node) => `${node.name} [${node.relation}]`);
  return up.length ? up.join(' → ') : '(no upstream)';
}

export function languageOf(label: LabelPage): string {
  return label.language || 'en';
}

/** Scores one page into `figures`, listing its misses. */
function scorePage(label: LabelPage, result: PageResult, figures: Figures, misses: string[]): void {
  figures.pages++;
  if ('error' in result) {
    figures.errors++;
    misses.push(`ERROR  ${label.file}: ${result.error}`);
    return;
  }
  const { provenance } = result;
  const found = upstreamOf(provenance);
  const where = `${label.file}${label.note ? `  (${label.note})` : ''}`;

  if (label.page) {
    figures.pageTotal++;
    if (matches(provenance.page, { name: label.page })) figures.pageRight++;
    else misses.push(`PAGE   ${label.file}: page "${provenance.page.name}", label "${label.page}"`);
  }

  if (label.uncertain) {
    figures.uncertain++;
    return;
  }
  const eitherOk = (item: LabelOutlet) =>
    label.either && [...found, ...provenance.cites].some((node) => matches(node, item));
  const exact =
    (found.length === label.upstream.length && label.upstream.every((item, index) => matches(found[index], item))) ||
    (label.either &&
      label.upstream.every((item) => eitherOk(item)) &&
      found.every((node) => [...label.upstream, ...label.cites.map(outlet)].some((item) => matches(node, item))));
  const negative = label.upstream.length === 0;

  if (label.verified) {
    figures.verifiedTotal++;
    if (!negative) figures.upstreamTotal++;
    if (exact) {
      figures.verifiedExact++;
      if (!negative) figures.upstreamExact++;
    } else {
      const expected = label.upstream.map((item) => item.name).join(' → ') || '(no upstream)';
      misses.push(`CHAIN  ${where}\n       expected ${expected}\n       found    ${describe(provenance)}`);
    }
  }
  if (negative) {
    figures.negatives++;
    if (!exact) {
      figures.falseUpstreams++;
      if (!label.verified) {
        misses.push(`FALSE  ${where}\n       found    ${describe(provenance)}: ${found[0].evidence[0]?.quote ?? ''}`);
      }
    }
  }

  for (const cited of label.cites.map(outlet)) {
    figures.citesTotal++;
    if (provenance.cites.some((item) => matches(item, cited)) || eitherOk(cited)) figures.citesFound++;
    else misses.push(`CITE   ${label.file}: missed "${cited.name}"; found ${provenance.cites.map((item) => item.name).join(', ') || 'none'}`);
  }
  for (const copy of label.downstream.map(outlet)) {
    figures.downstreamTotal++;
    if (provenance.downstream.some((item) => matches(item, copy))) figures.downstreamFound++;
    else misses.push(`DOWN   ${label.file}: missed "${copy.name}"`);
  }
}

/** Scores a corpus: `results[i]` is what the engine made of `labels[i]`. */
export function scoreCorpus(labels: LabelPage[], results: PageResult[]): Score {
  if (labels.length !== results.length) throw new Error(`${labels.length} labels but ${results.length} results`);
  const total = emptyFigures();
  const languages = new Map<string, Figures>();
  const misses: string[] = [];
  labels.forEach((label, index) => {
    const language = languageOf(label);
    if (!languages.has(language)) languages.set(language, emptyFigures());
    const figures = emptyFigures();
    scorePage(label, results[index], figures, misses);
    addFigures(total, figures);
    addFigures(languages.get(language)!, figures);
  });
  return { total, languages: sortLanguages(languages), misses };
}

export function sortLanguages(languages: Map<string, Figures>): Map<string, Figures> {
  return new Map([...languages].sort(([a, x], [b, y]) => y.pages - x.pages || a.localeCompare(b)));
}

/** The `--check` bar for one folder: what fails it, empty when it passes. */
export function checkFailures(figures: Figures): string[] {
  const failures: string[] = [];
  const notExact = figures.upstreamTotal - figures.upstreamExact;
  if (notExact > 0) failures.push(`${notExact} of ${figures.upstreamTotal} verified pages with an upstream not exact`);
  if (figures.falseUpstreams > MAX_FALSE_UPSTREAMS) {
    failures.push(`${figures.falseUpstreams} false upstreams (at most ${MAX_FALSE_UPSTREAMS})`);
  }
  if (figures.citesFound < MIN_CITES_SHARE * figures.citesTotal) {
    failures.push(
      `cited outlets found ${figures.citesFound}/${figures.citesTotal} (${percent(figures.citesFound, figures.citesTotal)}; at least ${MIN_CITES_SHARE * 100}%)`,
    );
  }
  if (figures.errors > 0) failures.push(`${figures.errors} page${figures.errors === 1 ? '' : 's'} could not be read`);
  return failures;
}

function percent(part: number, whole: number): string {
  return `${whole ? Math.floor((100 * part) / whole) : 100}%`;
}

/** `language de: 65 pages, 23 with an upstream, 20 exact, 1 false upstream, cites 4/9` */
export function languageLine(language: string, figures: Figures): string {
  const falses = `${figures.falseUpstreams} false upstream${figures.falseUpstreams === 1 ? '' : 's'}`;
  return (
    `language ${language}: ${figures.pages} page${figures.pages === 1 ? '' : 's'}, ${figures.upstreamTotal} with an upstream, ${figures.upstreamExact} exact, ` +
    `${falses}, cites ${figures.citesFound}/${figures.citesTotal}` +
    (figures.errors ? `, ${figures.errors} unreadable` : '')
  );
}

/** The summary lines of a folder (or of the total). */
export function summaryLines(figures: Figures): string[] {
  return [
    `verified chains exact: ${figures.verifiedExact}/${figures.verifiedTotal}`,
    `verified upstreams exact: ${figures.upstreamExact}/${figures.upstreamTotal}`,
    `false upstreams on negatives: ${figures.falseUpstreams}/${figures.negatives}`,
    `cited outlets found: ${figures.citesFound}/${figures.citesTotal}`,
    `downstream found: ${figures.downstreamFound}/${figures.downstreamTotal}`,
    `page publisher right: ${figures.pageRight}/${figures.pageTotal}`,
  ];
}

/** A label of a shared corpus we believe wrong, with the page's evidence (cli/label-errata.json). */
export interface Erratum {
  /** The corpus folder's name ("corpus", "corpus-world"). */
  corpus: string;
  file: string;
  /** The label's fields as they read when the erratum was written: it applies only while they still do. */
  was: Partial<LabelPage>;
  now: Partial<LabelPage>;
  evidence: string;
}

/**
 * The labels with the errata for this corpus applied, and the files they changed. An erratum whose
 * label has since changed (`was` no longer holds) is not applied: the corpus may have fixed it.
 */
export function applyErrata(corpus: string, labels: LabelPage[], errata: Erratum[]): { corrected: LabelPage[]; applied: string[] } {
  const applied: string[] = [];
  const corrected = labels.map((label) => {
    const erratum = errata.find((item) => item.corpus === corpus && item.file === label.file);
    if (!erratum) return label;
    const holds = Object.entries(erratum.was).every(([key, value]) => JSON.stringify(label[key as keyof LabelPage]) === JSON.stringify(value));
    if (!holds) return label;
    applied.push(label.file);
    return { ...label, ...erratum.now, note: `${label.note ?? ''} [erratum: ${erratum.evidence}]`.trim() };
  });
  return { corrected, applied };
}
