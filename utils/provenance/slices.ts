/** Running the engine's step generators in short slices between the page's own tasks. */

export interface SliceOptions {
  /** Longest run of work before the main thread goes back to the page. */
  sliceMs?: number;
  /** How to give the main thread back: `scheduler.yield()` where the browser has it. */
  yieldToPage?: () => Promise<unknown>;
  /** Stops the work between slices (the page navigated, the extension was turned off). */
  signal?: AbortSignal;
}

function defaultYield(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs steps straight through, in one piece of work: for the CLI, tests and tools. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps in slices of at most ~`sliceMs`, so a huge page never freezes while we work on it. */
export async function runSliced<T>(steps: Generator<void, T>, slices: SliceOptions = {}): Promise<{ value: T; longestSliceMs: number }> {
  const sliceMs = slices.sliceMs ?? 8;
  const yieldToPage = slices.yieldToPage ?? defaultYield;
  let sliceStart = performance.now();
  let longestSliceMs = 0;
  for (;;) {
    const step = steps.next();
    const now = performance.now();
    if (step.done) return { value: step.value, longestSliceMs: Math.max(longestSliceMs, now - sliceStart) };
    if (now - sliceStart >= sliceMs) {
      longestSliceMs = Math.max(longestSliceMs, now - sliceStart);
      await yieldToPage();
      if (slices.signal?.aborted) throw new DOMException('The scan was stopped', 'AbortError');
      sliceStart = performance.now();
    }
  }
}
