/**
 * The background's side of the bench: the analysis, in a worker of the benchmarked page, so that it
 * runs as in the extension, off the page's thread and out of its heap (its garbage is collected
 * there, not in the middle of the content script's work). It answers each reading with the
 * analysis as JSON, as the extension's background does, and the time the analysis took.
 */
import { analyzeReading } from '../../utils/provenance/analysis/analyze';

self.onmessage = (event: MessageEvent<string>) => {
  const start = performance.now();
  const answer = JSON.stringify(analyzeReading(JSON.parse(event.data)));
  self.postMessage({ answer, analysisMs: performance.now() - start });
};
