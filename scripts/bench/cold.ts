/**
 * The cold bench: what a reader pays on a page met for the first time. Each measurement gets a page
 * load of its own, since the first script to walk a page also makes the DOM's JavaScript objects for
 * its nodes; each bundle's source is made unique per load so that no compiled code is reused.
 *
 * Per load, in the page: the bundle's evaluation (a script element's insertion, which parses,
 * compiles and runs it) and then its one run. Ours, the floor, the task floor and the no-op script
 * take turns, in a rotating order, so that none always meets the machine in the same state.
 */
import type { Page } from 'playwright-core';
import type { ColdRun } from './cold/expose';

export const COLD_VARIANTS = ['floor', 'taskFloor', 'noop', 'ours'] as const;
export type ColdVariant = (typeof COLD_VARIANTS)[number];

export interface ColdMeasure {
  evalMs: number;
  runMs: number;
  longestSliceMs: number;
  /** Ours only: each step's time (see cold/ours.ts). */
  steps?: Record<string, number>;
}

/** Runs in the page: inserts the bundle, then calls what it exposed. */
async function inPage({ source, worker }: { source: string; worker: string }): Promise<ColdMeasure> {
  const scope = globalThis as { upstreamAnalysisWorker?: string; upstreamCold?: () => Promise<ColdRun> };
  scope.upstreamAnalysisWorker = worker;
  const start = performance.now();
  const script = document.createElement('script');
  script.textContent = source;
  (document.head ?? document.documentElement).append(script);
  const evalMs = performance.now() - start;
  script.remove();
  const runStart = performance.now();
  const run = await scope.upstreamCold!();
  const wall = performance.now() - runStart;
  return { evalMs, runMs: run.ms ?? wall, longestSliceMs: run.longestSliceMs ?? wall, ...(run.steps ? { steps: run.steps } : {}) };
}

export async function measureCold(
  load: (label: string) => Promise<Page>,
  bundles: Record<ColdVariant, string>,
  worker: string,
  runs: number,
  offset: number,
): Promise<Record<ColdVariant, ColdMeasure[]>> {
  const measured = Object.fromEntries(COLD_VARIANTS.map((variant) => [variant, [] as ColdMeasure[]])) as Record<ColdVariant, ColdMeasure[]>;
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < COLD_VARIANTS.length; turn++) {
      const variant = COLD_VARIANTS[(turn + run + offset) % COLD_VARIANTS.length];
      const page = await load(`cold-${variant}-${run}`);
      try {
        const source = `${bundles[variant]}\n//# upstream-cold ${Math.random()}`;
        measured[variant].push(await page.evaluate(inPage, { source, worker }));
      } finally {
        await page.close();
      }
    }
  }
  return measured;
}
