/**
 * What a batch run adds up, page by page, for its closing summary and for `upstream report`: both
 * read the same result lines, so both count the same way. Only counts are kept, never a page, so a
 * run of a million pages holds a few small maps.
 */
import type { Provenance } from '../utils/provenance/types';

/** One line of `upstream --jsonl`. */
export type ResultLine =
  | { file: string; url: string | null; provenance: Provenance }
  | { file: string; url?: string | null; error: string };

/** The little a page contributes to the totals (sent from a worker instead of the whole result). */
export interface PageCount {
  error?: string;
  /** Relations of the page's upstream nodes, each once. */
  relations: string[];
  /** Agencies (nodes whose relation is `wire`), each once. */
  agencies: string[];
  /** Every upstream outlet, each once. */
  sources: string[];
}

export function countOf(line: ResultLine): PageCount {
  if ('error' in line) return { error: errorKind(line.error, line.file), relations: [], agencies: [], sources: [] };
  const upstream = line.provenance.chain.filter((node) => node.relation !== 'this-page');
  return {
    relations: [...new Set(upstream.map((node) => node.relation))],
    agencies: [...new Set(upstream.filter((node) => node.relation === 'wire').map((node) => node.name))],
    sources: [...new Set(upstream.map((node) => node.name))],
  };
}

/** "pages/a.html: not an HTML page (binary data)" → "not an HTML page": errors grouped by what went wrong. */
export function errorKind(message: string, file: string): string {
  const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return reason.replace(/\s*\(.*$/, '').trim() || reason;
}

export class Tally {
  pages = 0;
  withUpstream = 0;
  errors = 0;
  readonly relations = new Map<string, number>();
  readonly agencies = new Map<string, number>();
  readonly sources = new Map<string, number>();
  readonly errorKinds = new Map<string, number>();

  add(count: PageCount): void {
    if (count.error) {
      this.errors++;
      bump(this.errorKinds, count.error);
      return;
    }
    this.pages++;
    if (count.sources.length) this.withUpstream++;
    for (const relation of count.relations) bump(this.relations, relation);
    for (const agency of count.agencies) bump(this.agencies, agency);
    for (const source of count.sources) bump(this.sources, source);
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A map's entries, most frequent first (ties by name, so output is stable). */
export function ranked(map: Map<string, number>, limit = Infinity): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '0.0%';
}
