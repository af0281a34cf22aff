/**
 * Ours, cold: what the content script does on a page it meets for the first time. The read in
 * slices, the message out and back (as JSON, as Chrome sends it), the anchors and the badges; the
 * analysis runs in a worker standing in for the background and is not counted here. Each step's time
 * goes back too, for the profile against the task floor.
 */
import { placeEvidence } from '../../../utils/provenance/page/place';
import { readSteps } from '../../../utils/provenance/page/read';
import { runSliced } from '../../../utils/provenance/slices';
import { BADGE_TAG, BadgeLayer, badgeSpecs } from '../../../utils/content/badges';
import { analyzeInWorker } from '../worker-client';
import { exposeCold } from './expose';

exposeCold(async () => {
  // Each step's time since the one before (slices and the pauses between them included, as in `ms`).
  const steps: Record<string, number> = {};
  let stepStart = performance.now();
  const onStep = (step: string) => {
    const now = performance.now();
    steps[step] = now - stepStart;
    stepStart = now;
  };
  let start = performance.now();
  const read = await runSliced(readSteps(document, { url: location.href, onStep }), { sliceMs: 8 });
  const message = JSON.stringify(read.value.reading);
  onStep('message');
  let ms = performance.now() - start;
  const { answer } = await analyzeInWorker(message);
  start = stepStart = performance.now();
  const result = placeEvidence(JSON.parse(answer), read.value.blocks);
  new BadgeLayer().render(badgeSpecs(result.provenance, result.anchors, false), result.provenance);
  onStep('badges');
  const placeMs = performance.now() - start;
  ms += placeMs;
  return { ms, longestSliceMs: Math.max(read.longestSliceMs, placeMs), badges: document.getElementsByTagName(BADGE_TAG).length, steps };
});
