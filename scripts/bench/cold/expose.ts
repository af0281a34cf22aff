/** What each cold bundle leaves for the bench: one function, run once, in a page load of its own. */
export interface ColdRun {
  /** The main-thread work of the run, without the analysis (in the background, as in the extension). */
  ms?: number;
  longestSliceMs?: number;
  badges?: number;
  sink?: number;
  /** Ours only: each step's time, in ms, as the read and the badges end them. */
  steps?: Record<string, number>;
}

export function exposeCold(run: () => Promise<ColdRun>): void {
  (globalThis as { upstreamCold?: () => Promise<ColdRun> }).upstreamCold = run;
}
