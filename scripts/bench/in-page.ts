/**
 * Bundled into each benchmarked page: the floor (a bare text walk), ours (the content script's whole
 * work: pre-check, scan, chain, badges) and the peer (mark.js marking the same cue phrases).
 */
import Mark from 'mark.js';
import { scanDocumentAsync } from '../../utils/provenance/scan';
import { analyzeReading } from '../../utils/provenance/analyze';
import { placeEvidence } from '../../utils/provenance/place';
import { readSteps } from '../../utils/provenance/read';
import { runSliced } from '../../utils/provenance/slices';
import { CUE_TRIGGER } from '../../utils/provenance/cues';
import { BadgeLayer, badgeSpecs } from '../../utils/content/badges';

function floor(): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
  (globalThis as { sink?: number }).sink = characters;
  return performance.now() - start;
}

async function ours(): Promise<{ ms: number; longestSliceMs: number; badges: number; upstream: number }> {
  const start = performance.now();
  const result = await scanDocumentAsync(document, { url: location.href }, { sliceMs: 8 });
  const layer = new BadgeLayer();
  layer.render(badgeSpecs(result.provenance, result.anchors, false), result.provenance);
  const ms = performance.now() - start;
  const badges = layer.count;
  layer.clear();
  return { ms, longestSliceMs: result.longestSliceMs, badges, upstream: result.provenance.chain.length - 1 };
}

/**
 * What the page itself pays in the extension: reading, the message out and back (Chrome sends it as
 * JSON), anchoring and badges. The analysis runs in the background there, so it is not timed here.
 */
async function pageSide(): Promise<number> {
  let start = performance.now();
  const read = await runSliced(readSteps(document, { url: location.href }), { sliceMs: 8 });
  const message = JSON.stringify(read.value.reading);
  let ms = performance.now() - start;
  const answer = JSON.stringify(analyzeReading(JSON.parse(message)));
  start = performance.now();
  const result = placeEvidence(JSON.parse(answer), read.value.blocks);
  const layer = new BadgeLayer();
  layer.render(badgeSpecs(result.provenance, result.anchors, false), result.provenance);
  ms += performance.now() - start;
  layer.clear();
  return ms;
}

function peer(): Promise<number> {
  const start = performance.now();
  const marker = new Mark(document.body);
  const pattern = new RegExp(CUE_TRIGGER.source, 'gi');
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
  const longTasks: number[] = [];
  let measuringOurs = false;
  try {
    new PerformanceObserver((list) => {
      if (measuringOurs) for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No long-task timing in this browser: the slice timings below still bound our tasks.
  }
  const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const floors: number[] = [];
  const oursRuns: Awaited<ReturnType<typeof ours>>[] = [];
  const peers: number[] = [];
  for (let i = 0; i < runs; i++) floors.push(floor());
  gc?.();
  const heapBefore = memory();
  measuringOurs = true;
  for (let i = 0; i < runs; i++) oursRuns.push(await ours());
  await new Promise((resolve) => setTimeout(resolve, 50));
  measuringOurs = false;
  const heapAfter = memory();
  // Before the peer: mark.js leaves the text it marked split into more nodes than the page had.
  const pages: number[] = [];
  for (let i = 0; i < runs; i++) pages.push(await pageSide());
  for (let i = 0; i < runs; i++) peers.push(await peer());
  return {
    pageSide: median(pages),
    floor: median(floors),
    ours: median(oursRuns.map((r) => r.ms)),
    peer: median(peers),
    longestSliceMs: Math.max(...oursRuns.map((r) => r.longestSliceMs)),
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    heapGrowthKb: Math.max(0, (heapAfter - heapBefore) / 1024),
    badges: oursRuns[0].badges,
    upstream: oursRuns[0].upstream,
    textNodes: 0,
  };
}

(globalThis as { upstreamBench?: unknown }).upstreamBench = { run };
