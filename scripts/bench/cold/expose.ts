/** What each cold bundle leaves for the bench: one function, run once, in a page load of its own. */
export interface ColdRun {
  /** The main-thread work of the run, without the analysis (in the background, as in the extension). */
  ms?: number;
  longestSliceMs?: number;
  badges?: number;
  sink?: number;
}

export function exposeCold(run: () => Promise<ColdRun>): void {
  (globalThis as { upstreamCold?: () => Promise<ColdRun> }).upstreamCold = run;
}
