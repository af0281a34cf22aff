/**
 * `npm run bench`: the content script's cost on real pages, in headless Chromium (Debian's, through
 * playwright-core), against the floor (a bare TreeWalker pass over every text node) and a peer
 * (mark.js marking the same cue phrases), in the same page load, medians of several runs.
 *
 * Pages: every page of the corpus (read in place) and a generated 5 MB article full of cue phrases.
 * Nothing leaves the machine: every request but the page itself is refused.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browsers';
import { COLD_VARIANTS, measureCold, type ColdMeasure, type ColdVariant } from './cold';
import { measureLatency, type LatencyRow } from './latency';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const corpus = resolve(args.find((arg) => !arg.startsWith('-')) ?? join(ROOT, '..', 'shared', 'corpus'));
const RUNS = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
const LIMIT = Number(args.find((arg) => arg.startsWith('--limit='))?.slice(8) ?? Infinity);
/** `--every=K`: every K-th corpus page only, a sample across all of its groups (the cold runs take time). */
const EVERY = Number(args.find((arg) => arg.startsWith('--every='))?.slice(8) ?? 1);
/** `--rows=file.json`: every page's figures, to compare two runs page by page. */
const ROWS_FILE = args.find((arg) => arg.startsWith('--rows='))?.slice(7);
/** Fresh loads per page and per script for the cold figures; 0 leaves them out. */
const COLD_RUNS = Number(args.find((arg) => arg.startsWith('--cold-runs='))?.slice(12) ?? 3);
/** Loads per page for the latency, each once with the background stopped and once running; 0 leaves it out. */
const LATENCY_RUNS = Number(args.find((arg) => arg.startsWith('--latency-runs='))?.slice(15) ?? 2);
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

interface Row {
  page: string;
  group: 'with cues' | 'without cues' | 'generated 5 MB' | 'generated 200,000 nodes';
  floor: number;
  /** The content script's work in the page. */
  ours: number;
  /** The analysis the background runs for it, timed in the same page. */
  analysis: number;
  peer: number;
  longestSliceMs: number;
  longestTaskMs: number;
  heapGrowthKb: number;
  badges: number;
  upstream: number;
  /** The pre-check found no cue word, dateline or agency name in the text: nothing was walked. */
  cueFree: boolean;
  /** Medians over the page's cold loads: evaluation plus run, per script. */
  cold?: Record<ColdVariant, ColdMeasure>;
}

function generatedPage(): string {
  const cues = [
    'The plan was first reported by The Record.',
    'WASHINGTON (AP) — Officials met on Tuesday.',
    'The Washington Post reported that talks stalled.',
    'This article was originally published on NBCNews.com.',
    'According to a report in the Argus Leader, the plant will close.',
    'Filler sentence about the weather, the roads and the season.',
  ];
  const parts: string[] = ['<!doctype html><html><head><title>Big</title></head><body><article><h1>Big</h1>'];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const paragraph = `<p>${cues[i % cues.length]} ${cues[5]} ${cues[5]} Paragraph ${i}.</p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** The hostile test's page (tests/e2e/hostile.test.ts): 200,000 spans in one block before a credit line. */
function manyNodesPage(): string {
  const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-network-today', 'page.html'), 'utf8');
  const many = Array.from({ length: 200_000 }, (_, i) => `<span>w${i} </span>`).join('');
  return seed.replace('<p>This article was originally published', `<div>${many}</div><p>This article was originally published`);
}

/**
 * The pages' own scripts are taken out (JSON-LD stays): without their servers they only fail, and
 * they would add noise to the timings. (Disabling JavaScript instead also stops our timers.)
 */
function withoutScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

function pages(): { name: string; html: string }[] {
  const found: { name: string; html: string }[] = [];
  const folder = join(corpus, 'pages');
  let seen = 0;
  if (existsSync(folder)) {
    for (const group of readdirSync(folder).sort()) {
      for (const file of readdirSync(join(folder, group)).sort()) {
        if (found.length >= LIMIT) break;
        if (file.endsWith('.html') && seen++ % EVERY === 0) found.push({ name: `${group}/${file}`, html: withoutScripts(readFileSync(join(folder, group, file), 'latin1')) });
      }
    }
  } else process.stderr.write(`bench: no corpus at ${corpus}; only the generated page is measured\n`);
  found.push({ name: 'generated-5mb.html', html: generatedPage() });
  found.push({ name: 'generated-200000-nodes.html', html: manyNodesPage() });
  return found;
}

const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** Each step's median over a page's cold loads of ours (a step some loads lacked, over those that had it). */
function stepMedians(measures: ColdMeasure[]): Record<string, number> {
  const names = new Set(measures.flatMap((measure) => Object.keys(measure.steps ?? {})));
  return Object.fromEntries([...names].map((name) => [name, median(measures.flatMap((measure) => measure.steps?.[name] ?? []))]));
}

/** The profile's rows: the steps of ours as cold/ours.ts names them, what each is, and the pages it runs on. */
const COLD_STEPS: { step: string; label: string; walkedOnly?: boolean }[] = [
  { step: 'metadata', label: 'metadata tags' },
  { step: 'pageText', label: "pre-check: the page's text" },
  { step: 'languages', label: 'pre-check: languages counted' },
  { step: 'scanner', label: "pre-check: scanner built for the page's languages" },
  { step: 'patterns', label: "the walk's three patterns compiled (a first use each)" },
  { step: 'scan', label: 'pre-check: scan' },
  { step: 'walk', label: 'walk into blocks', walkedOnly: true },
  { step: 'reading', label: 'the reading put together' },
  { step: 'message', label: 'the message, as JSON' },
  { step: 'badges', label: 'the answer read, anchors, badges' },
];

const COLD_FILES: Record<ColdVariant, string> = { floor: 'floor.ts', taskFloor: 'task-floor.ts', noop: 'noop.ts', ours: 'ours.ts' };

async function bundled(file: string): Promise<string> {
  const output = await build({ entryPoints: [join(ROOT, 'scripts', 'bench', file)], bundle: true, minify: true, write: false, format: 'iife', target: 'chrome120',
    // What Vite sets for the extension's build: utils/i18n.ts reads it.
    define: { 'import.meta.env.MODE': '"production"' } });
  return output.outputFiles[0].text;
}

async function main(): Promise<number> {
  if (!CHROMIUM) {
    process.stderr.write('bench: Chromium not found (apt-get install chromium)\n');
    return 1;
  }
  // The page's side and the background's (a worker), each bundled as the extension's build would.
  const [script, workerScript] = await Promise.all(['in-page.ts', 'analysis-worker.ts'].map(bundled));
  const coldSources = await Promise.all(COLD_VARIANTS.map((variant) => bundled(`cold/${COLD_FILES[variant]}`)));
  const coldBundles = Object.fromEntries(COLD_VARIANTS.map((variant, index) => [variant, coldSources[index]])) as Record<ColdVariant, string>;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  // A page's own Content-Security-Policy ("worker-src 'none'") must not stop the worker that stands in
  // for the background: in the extension, the page's policy does not reach the background either.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const open = async (name: string, html: string, label = ''): Promise<Page> => {
    const page = await context.newPage();
    const url = `https://bench.invalid/${encodeURIComponent(name)}${label ? `?${label}` : ''}`;
    // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: a bare walk of
    // a typical page takes 50 to 300 µs, too short to time at the coarser step.
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    await page.route('**/*', (route) =>
      route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers }) : route.abort(),
    );
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return page;
  };
  const rows: Row[] = [];
  const list = pages();
  for (const [index, { name, html }] of list.entries()) {
    let page: Page | undefined;
    try {
      page = await open(name, html);
      await page.evaluate((source) => ((globalThis as { upstreamAnalysisWorker?: string }).upstreamAnalysisWorker = source), workerScript);
      await page.evaluate(script);
      const result = await page.evaluate((runs) => (globalThis as any).upstreamBench.run(runs), RUNS);
      await page.close();
      page = undefined;
      const group: Row['group'] = name.startsWith('generated-5mb')
        ? 'generated 5 MB'
        : name.startsWith('generated-200000')
          ? 'generated 200,000 nodes'
          : result.upstream > 0 || result.badges > 0
            ? 'with cues'
            : 'without cues';
      const row: Row = { page: name, group, ...result };
      if (COLD_RUNS > 0) {
        const cold = await measureCold((label) => open(name, html, label), coldBundles, workerScript, COLD_RUNS, index);
        row.cold = Object.fromEntries(
          COLD_VARIANTS.map((variant) => [
            variant,
            {
              evalMs: median(cold[variant].map((m) => m.evalMs)),
              runMs: median(cold[variant].map((m) => m.runMs)),
              longestSliceMs: Math.max(...cold[variant].map((m) => m.longestSliceMs)),
              ...(variant === 'ours' ? { steps: stepMedians(cold.ours) } : {}),
            },
          ]),
        ) as Record<ColdVariant, ColdMeasure>;
      }
      rows.push(row);
      process.stderr.write(`\r${index + 1}/${list.length}`);
    } catch (error) {
      process.stderr.write(`\nbench: ${name}: ${(error as Error).message.replace(/\s+/g, ' ').slice(0, 300)}\n`);
    } finally {
      await page?.close();
    }
  }
  await browser.close();
  process.stderr.write('\n');

  // The latency, in the real extension: the pages where the warm runs put badges.
  let latency: LatencyRow[] = [];
  if (LATENCY_RUNS > 0) {
    const withBadges = new Set(rows.filter((row) => row.group === 'with cues' && row.badges > 0).map((row) => row.page));
    const session = await launchChromium();
    try {
      latency = await measureLatency(session.context, list.filter(({ name }) => withBadges.has(name)), LATENCY_RUNS);
    } finally {
      await session.close();
    }
  }

  // The floor of a tiny page can round to 0 at the timer's 5 µs step; ratios use at least 10 µs.
  const floorOf = (row: Row) => Math.max(row.floor, 0.01);
  const ratio = (row: Row) => row.ours / floorOf(row);
  const totalRatio = (row: Row) => (row.ours + row.analysis) / floorOf(row);
  const peerRatio = (row: Row) => row.ours / Math.max(row.peer, 0.01);
  const groups = ['with cues', 'without cues', 'generated 5 MB', 'generated 200,000 nodes'] as const;
  const lines = [
    '| group | pages | floor ms | ours ms | analysis ms | peer ms | ours/floor (median) | ours/floor (worst) | (ours+analysis)/floor (median) | ours/peer | longest slice ms | heap growth KB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const group of groups) {
    const inGroup = rows.filter((row) => row.group === group);
    if (!inGroup.length) continue;
    const column = (pick: (row: Row) => number, digits = 2) => fixed(median(inGroup.map(pick)), digits);
    lines.push(
      `| ${group} | ${inGroup.length} | ${column((r) => r.floor, 3)} | ${column((r) => r.ours, 3)} | ${column((r) => r.analysis, 3)} | ` +
        `${column((r) => r.peer, 3)} | ${column(ratio)} | ${fixed(Math.max(...inGroup.map(ratio)))} | ${column(totalRatio)} | ` +
        `${column(peerRatio)} | ${fixed(Math.max(...inGroup.map((r) => r.longestSliceMs)), 1)} | ${column((r) => r.heapGrowthKb, 0)} |`,
    );
  }
  const worst = [...rows].sort((a, b) => ratio(b) - ratio(a)).slice(0, 5);
  lines.push('', 'Slowest pages against the floor:');
  for (const row of worst) lines.push(`  ${row.page}: ours ${fixed(row.ours, 3)} ms, floor ${fixed(row.floor, 3)} ms (×${fixed(ratio(row))})`);

  lines.push('', 'Longest slices of main-thread work:');
  for (const row of [...rows].sort((a, b) => b.longestSliceMs - a.longestSliceMs).slice(0, 5)) {
    lines.push(`  ${row.page}: ${fixed(row.longestSliceMs, 1)} ms`);
  }

  const content = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
  const contentKb = existsSync(content) ? statSync(content).size / 1024 : NaN;
  const contentKbGz = existsSync(content) ? gzipSync(readFileSync(content)).length / 1024 : NaN;
  // Every page's longest slice and long task, warm and cold: the generated pages are among them.
  const longestTask = Math.max(...rows.flatMap((row) => [row.longestSliceMs, row.longestTaskMs, row.cold?.ours.longestSliceMs ?? 0]));
  const cueFree = rows.filter((row) => row.group === 'without cues');
  const preChecked = cueFree.filter((row) => row.cueFree);
  lines.push(
    '',
    `content script: ${fixed(contentKb, 1)} KB minified, ${fixed(contentKbGz, 1)} KB gzip${existsSync(content) ? '' : ' (run npm run build first)'}`,
    `with the background's analysis counted too: median_ratio_floor=${fixed(median(rows.map(totalRatio)))} worst_ratio_floor=${fixed(Math.max(...rows.map(totalRatio)))} ` +
      `ratio_peer=${fixed(median(rows.map((row) => (row.ours + row.analysis) / Math.max(row.peer, 0.01))))}`,
    `pages without cues: median_ratio_floor=${fixed(median(cueFree.map(ratio)))}; ` +
      `of them, the ${preChecked.length} read by the pre-check alone: median_ratio_floor=${fixed(median(preChecked.map(ratio)))}`,
  );
  // Cold: evaluation plus the one run, per page; the generated pages apart (they are no reader's page).
  const coldRows = rows.filter((row) => row.cold && !row.group.startsWith('generated'));
  const coldTotal = (row: Row, variant: ColdVariant) => row.cold![variant].evalMs + row.cold![variant].runMs;
  const coldRatio = (variant: ColdVariant) => fixed(median(coldRows.map((row) => coldTotal(row, 'ours') / Math.max(coldTotal(row, variant), 0.01))));
  const coldOverNoop = fixed(median(coldRows.map((row) => coldTotal(row, 'ours') - coldTotal(row, 'noop'))));
  if (coldRows.length) {
    lines.push('', `Cold, one fresh load per script and run (${COLD_RUNS} runs, medians over ${coldRows.length} pages), ms:`);
    lines.push('| script | evaluation | run | total |', '|---|---|---|---|');
    for (const variant of COLD_VARIANTS) {
      lines.push(
        `| ${variant} | ${fixed(median(coldRows.map((r) => r.cold![variant].evalMs)), 3)} | ${fixed(median(coldRows.map((r) => r.cold![variant].runMs)), 3)} | ` +
          `${fixed(median(coldRows.map((r) => coldTotal(r, variant))), 3)} |`,
      );
    }
    // Each step of ours against the task floor measured in the same page's loads: where the cold time goes.
    const against = (row: Row, ms: number) => ms / Math.max(coldTotal(row, 'taskFloor'), 0.01);
    const walked = coldRows.filter((row) => row.cold!.ours.steps?.walk !== undefined);
    lines.push('', `Cold, ours step by step against the task floor (medians over pages; ${walked.length} of ${coldRows.length} walked):`);
    lines.push('| step | pages | ms | / task floor |', '|---|---|---|---|');
    const stepLine = (label: string, measured: Row[], pick: (row: Row) => number | undefined) => {
      const present = measured.filter((row) => pick(row) !== undefined);
      if (!present.length) return;
      lines.push(`| ${label} | ${present.length} | ${fixed(median(present.map((row) => pick(row)!)), 3)} | ${fixed(median(present.map((row) => against(row, pick(row)!))), 3)} |`);
    };
    stepLine('evaluation of the bundle', coldRows, (row) => row.cold!.ours.evalMs);
    for (const { step, label, walkedOnly } of COLD_STEPS) stepLine(label, walkedOnly ? walked : coldRows, (row) => row.cold!.ours.steps?.[step]);
    stepLine('**ours, all of it**', coldRows, (row) => coldTotal(row, 'ours'));
    stepLine('task floor, all of it', coldRows, (row) => coldTotal(row, 'taskFloor'));
  }
  const percentile = (values: number[], share: number) => {
    if (!values.length) return NaN;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  };
  const latencies = (cold?: boolean) => latency.filter((row) => row.badgeMs !== null && (cold === undefined || row.coldWorker === cold)).map((row) => row.badgeMs!);
  if (latency.length) {
    lines.push('', `Badges after document_idle, real extension (${latency.length} loads of ${new Set(latency.map((r) => r.page)).size} pages; ${latency.filter((r) => r.badgeMs === null).length} without a badge in 5 s):`);
    for (const [label, cold] of [['background stopped', true], ['background running', false], ['all', undefined]] as const) {
      lines.push(`  ${label}: median ${fixed(median(latencies(cold)), 1)} ms, p95 ${fixed(percentile(latencies(cold), 0.95), 1)} ms`);
    }
  }
  lines.push(
    `cold_ratio_floor=${coldRatio('floor')} cold_ratio_task_floor=${coldRatio('taskFloor')} cold_over_noop_ms=${coldOverNoop} ` +
      `median_ratio_floor=${fixed(median(rows.map(ratio)))} worst_ratio_floor=${fixed(Math.max(...rows.map(ratio)))} ` +
      `cuefree_ratio_floor=${fixed(median(cueFree.map(ratio)))} ratio_peer=${fixed(median(rows.map(peerRatio)))} ` +
      `longest_task_ms=${fixed(longestTask, 1)} badge_latency_p95_ms=${fixed(percentile(latencies(), 0.95), 1)} content_kb_gz=${fixed(contentKbGz, 1)}`,
  );
  if (ROWS_FILE) writeFileSync(ROWS_FILE, `${JSON.stringify({ rows, latency }, null, 1)}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
