/**
 * Bundled into each benchmarked page: the floor (a bare text walk), ours (the content script's whole
 * work in the page; the analysis it asks the background for runs in a worker and is timed apart)
 * and the peer (mark.js marking the same cue phrases).
 */
import Mark from 'mark.js';
import { placeEvidence } from '../../utils/provenance/page/place';
import { readSteps } from '../../utils/provenance/page/read';
import { runSliced } from '../../utils/provenance/slices';
import { CUE_TRIGGER_CASED } from '../../utils/provenance/analysis/cue-gate';
import { BADGE_TAG, BadgeLayer, badgeSpecs } from '../../utils/content/badges';
import { analyzeInWorker } from './worker-client';

function floor(): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
  (globalThis as { sink?: number }).sink = characters;
  return performance.now() - start;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface OursRun {
  /** The content script's work in the page: read, the message out and back, anchors, badges. */
  ms: number;
  /** The analysis the background runs on the reading (timed here, in the same page, to compare). */
  analysisMs: number;
  longestSliceMs: number;
  badges: number;
  upstream: number;
  /** True when the pre-check found no cue word, dateline or agency: the page was not walked. */
  cueFree: boolean;
}

/**
 * What the page pays in the extension: the reading (in slices, as the content script runs it), the
 * message to the background and its answer (Chrome sends both as JSON), the anchors and the badges.
 * The background's analysis runs between the two messages, in a worker; it is timed apart and not
 * counted here.
 */
async function ours(): Promise<OursRun> {
  let start = performance.now();
  const read = await runSliced(readSteps(document, { url: location.href }), { sliceMs: 8 });
  const message = JSON.stringify(read.value.reading);
  let ms = performance.now() - start;

  // The analysis runs in a worker, as it runs in the extension's background: off this thread.
  const { answer, analysisMs } = await analyzeInWorker(message);

  start = performance.now();
  const result = placeEvidence(JSON.parse(answer), read.value.blocks);
  const layer = new BadgeLayer();
  layer.render(badgeSpecs(result.provenance, result.anchors, false), result.provenance);
  const placeMs = performance.now() - start;
  ms += placeMs;
  const badges = document.getElementsByTagName(BADGE_TAG).length;
  layer.clear();
  // End the task here, so that a long task of ours is never one that the next work shares.
  await nextTask();
  const cueFree = read.value.reading.stats.cueFree && read.value.blocks.length === 0;
  return { ms, analysisMs, longestSliceMs: Math.max(read.longestSliceMs, placeMs), badges, upstream: result.provenance.chain.length - 1, cueFree };
}

function peer(): Promise<number> {
  const start = performance.now();
  const marker = new Mark(document.body);
  const pattern = new RegExp(CUE_TRIGGER_CASED.source, 'g');
  return new Promise((resolve) => {
    marker.markRegExp(pattern, {
      done: () => {
        const ms = performance.now() - start;
        marker.unmark({ done: () => resolve(ms) });
      },
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function run(runs: number) {
  const longTasks: PerformanceEntry[] = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  } catch {
    // No long-task timing in this browser: the slice timings below still bound our tasks.
  }
  const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const floors: number[] = [];
  const oursRuns: Awaited<ReturnType<typeof ours>>[] = [];
  const peers: number[] = [];
  // The first walk of a page makes the DOM's JavaScript objects for its nodes; every walk after
  // it finds them made. One walk first, so that neither side pays for that alone.
  floor();
  gc?.();
  const heapBefore = memory();
  const oursStart = performance.now();
  // The floor and ours take turns, so that both run in the same state of the caches and the heap:
  // ours runs among the analysis and the badges, and a floor run back to back with another
  // finds the page's nodes in the CPU's caches where ours would not.
  for (let i = 0; i < runs; i++) {
    await nextTask();
    floors.push(floor());
    // A task of its own, so that a long task of ours is never one the floor's walk shares.
    await nextTask();
    oursRuns.push(await ours());
  }
  const oursEnd = performance.now();
  const heapAfter = memory();
  await nextTask();
  for (let i = 0; i < runs; i++) peers.push(await peer());
  // Entries arrive late: wait for them, then keep those that started during our work, outside the analysis.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const ourLongTasks = longTasks.filter(
    (task) =>
      task.startTime >= oursStart &&
      task.startTime < oursEnd,
  );
  return {
    floor: median(floors),
    ours: median(oursRuns.map((r) => r.ms)),
    analysis: median(oursRuns.map((r) => r.analysisMs)),
    peer: median(peers),
    longestSliceMs: Math.max(...oursRuns.map((r) => r.longestSliceMs)),
    longestTaskMs: ourLongTasks.length ? Math.max(...ourLongTasks.map((task) => task.duration)) : 0,
    heapGrowthKb: Math.max(0, (heapAfter - heapBefore) / 1024),
    badges: oursRuns[0].badges,
    upstream: oursRuns[0].upstream,
    cueFree: oursRuns[0].cueFree,
    textNodes: 0,
  };
}

(globalThis as { upstreamBench?: unknown }).upstreamBench = { run };
