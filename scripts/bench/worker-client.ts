/**
 * The worker that plays the background in the benchmarked page (analysis-worker.ts; run.ts hands
 * its bundle over first): one per page load, asked for one analysis at a time.
 */
let worker: Worker | undefined;

export function analyzeInWorker(message: string): Promise<{ answer: string; analysisMs: number }> {
  if (!worker) {
    const source = (globalThis as { upstreamAnalysisWorker?: string }).upstreamAnalysisWorker ?? '';
    worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  }
  const analysis = worker;
  return new Promise((resolve, reject) => {
    analysis.onmessage = (event) => resolve(event.data);
    analysis.onerror = (event) => reject(new Error(`the analysis worker failed: ${event.message || 'no message'} (${event.filename}:${event.lineno})`));
    analysis.postMessage(message);
  });
}
