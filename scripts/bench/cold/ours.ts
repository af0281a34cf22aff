/**
 * Ours, cold: what the content script does on a page it meets for the first time. The read in
 * slices, the message out and back (as JSON, as Chrome sends it), the anchors and the badges; the
 * analysis runs in a worker standing in for the background and is not counted here.
 */
import { placeEvidence } from '../../../utils/provenance/page/place';
import { readSteps } from '../../../utils/provenance/page/read';
import { runSliced } from '../../../utils/provenance/slices';
import { BADGE_TAG, BadgeLayer, badgeSpecs } from '../../../utils/content/badges';
import { exposeCold } from './expose';

function analyze(message: string): Promise<string> {
  const source = (globalThis as { upstreamAnalysisWorker?: string }).upstreamAnalysisWorker ?? '';
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data.answer);
    worker.onerror = (event) => reject(new Error(`the analysis worker failed: ${event.message || 'no message'}`));
    worker.postMessage(message);
  });
}

exposeCold(async () => {
  let start = performance.now();
  const read = await runSliced(readSteps(document, { url: location.href }), { sliceMs: 8 });
  const message = JSON.stringify(read.value.reading);
  let ms = performance.now() - start;
  const answer = await analyze(message);
  start = performance.now();
  const result = placeEvidence(JSON.parse(answer), read.value.blocks);
  new BadgeLayer().render(badgeSpecs(result.provenance, result.anchors, false), result.provenance);
  const placeMs = performance.now() - start;
  ms += placeMs;
  return { ms, longestSliceMs: Math.max(read.longestSliceMs, placeMs), badges: document.getElementsByTagName(BADGE_TAG).length };
});
