#!/usr/bin/env node
/**
 * `npm run bench:cli -- [--runs=N] [--batch-runs=N] [--only=startup|batch] [FOLDER...]`: the built
 * command's figures, each run printed, then the medians and the ratios the CLI is held to:
 * - start-up: `bin/upstream.mjs` on the seed page against `node -e ''`, taking turns run by run so
 *   both see the same load on a shared machine (target: at most 4×);
 * - batch: `--jsonl --jobs 1` against `--jobs 2` over the folders (default: both corpora), taking
 *   turns too (target: at most 0.6×), with the peak RSS each run reports (target: under 1 GB) and a
 *   check that every run wrote one line per page.
 * - profile (part of start-up): each step of the single-page command in one process, bundled as
 *   the command is (scripts/cli-startup-probe.ts), medians over the runs.
 * Run `npm run build:cli` first; the folders are read in place.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from './build-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'upstream.mjs');
const seed = join(root, 'tests', 'fixtures', 'seed-network-today', 'page.html');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const found = args.find((arg) => arg.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const runs = Number(option('runs', 7));
const batchRuns = Number(option('batch-runs', 2));
const only = option('only', '');
const folders = args.filter((arg) => !arg.startsWith('--'));
if (!folders.length) folders.push(join(root, '..', 'shared', 'corpus', 'pages'), join(root, '..', 'shared', 'corpus-world', 'pages'));

if (!existsSync(join(root, 'dist', 'cli', 'upstream.mjs'))) {
  process.stderr.write('cli-bench: run `npm run build:cli` first\n');
  process.exit(2);
}

/** Runs a command; resolves with its wall time, its output's line count and its stderr. */
function timed(command, commandArgs) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, lines, stderr }));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 0) => value.toFixed(digits);

if (only !== 'batch') {
  process.stdout.write(`start-up, ${runs} runs each, taking turns (ms):\n`);
  const bare = [];
  const ours = [];
  for (let run = 1; run <= runs; run++) {
    const a = await timed(process.execPath, ['-e', '']);
    const b = await timed(process.execPath, [bin, seed]);
    if (b.code !== 0 || b.lines < 1) throw new Error(`upstream failed on the seed page: ${b.stderr}`);
    bare.push(a.ms);
    ours.push(b.ms);
    process.stdout.write(`  run ${run}: node -e '' ${fixed(a.ms)}  upstream seed ${fixed(b.ms)}  ratio ${fixed(b.ms / a.ms, 2)}  (load average ${fixed(loadavg()[0], 1)})\n`);
  }
  process.stdout.write(`start-up: node -e '' median ${fixed(median(bare))} ms, upstream median ${fixed(median(ours))} ms, ratio ${fixed(median(ours) / median(bare), 2)} (target ≤ 4)\n`);

  const probeDir = mkdtempSync(join(tmpdir(), 'upstream-probe-'));
  try {
    await build({ ...bundleOptions(), entryPoints: { probe: join(root, 'scripts', 'cli-startup-probe.ts') }, outdir: probeDir, logLevel: 'error' });
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      const child = await new Promise((done) => {
        let out = '';
        const probe = spawn(process.execPath, [join(probeDir, 'probe.mjs'), seed], { stdio: ['ignore', 'pipe', 'inherit'] });
        probe.stdout.on('data', (chunk) => (out += chunk));
        probe.on('close', () => done(out));
      });
      samples.push(JSON.parse(child));
    }
    process.stdout.write(`\nstart-up profile, each step in one process, median of ${runs} runs (ms):\n`);
    for (const step of Object.keys(samples[0])) {
      const values = samples.map((sample) => sample[step]);
      process.stdout.write(`  ${step.padEnd(44)} ${fixed(median(values)).padStart(6)}   (runs: ${values.map((value) => fixed(value)).join(' ')})\n`);
    }
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

if (only !== 'startup') {
  process.stdout.write(`\nbatch over ${folders.join(' ')}, ${batchRuns} runs each, taking turns:\n`);
  const one = [];
  const two = [];
  const cpuOne = [];
  const cpuTwo = [];
  let peak = 0;
  for (let run = 1; run <= batchRuns; run++) {
    for (const jobs of [1, 2]) {
      const result = await timed(process.execPath, [bin, '--jsonl', '--jobs', String(jobs), ...folders]);
      const summary = /(\d+) pages in .*CPU ([\d.]+) s\), peak RSS (\d+) MB/.exec(result.stderr);
      const errors = Number(/errors: (\d+)/.exec(result.stderr)?.[1] ?? NaN);
      if (!summary) throw new Error(`no summary from the batch run: ${result.stderr}`);
      const pages = Number(summary[1]) + errors;
      const cpu = Number(summary[2]);
      const rss = Number(summary[3]);
      peak = Math.max(peak, rss);
      (jobs === 1 ? one : two).push(result.ms);
      (jobs === 1 ? cpuOne : cpuTwo).push(cpu);
      process.stdout.write(`  run ${run}, --jobs ${jobs}: ${fixed(result.ms / 1000, 1)} s (CPU ${fixed(cpu, 1)} s), ${result.lines} lines for ${pages} pages (${errors} errors), peak RSS ${rss} MB, load average ${fixed(loadavg()[0], 1)}\n`);
      if (result.lines !== pages) throw new Error(`${result.lines} lines for ${pages} pages`);
    }
    process.stdout.write(`  run ${run}: --jobs 2 / --jobs 1 = ${fixed(two[run - 1] / one[run - 1], 2)}\n`);
  }
  process.stdout.write(
    `batch: --jobs 1 median ${fixed(median(one) / 1000, 1)} s, --jobs 2 median ${fixed(median(two) / 1000, 1)} s, ratio ${fixed(median(two) / median(one), 2)} (target ≤ 0.6); peak RSS ${peak} MB (target < 1024)\n`,
  );
  // With two idle cores, --jobs 2 takes at least half its CPU time; the wall ratio can reach that only
  // when the cores are free, which a shared machine's load average tells.
  process.stdout.write(
    `batch CPU: --jobs 1 median ${fixed(median(cpuOne), 1)} s, --jobs 2 median ${fixed(median(cpuTwo), 1)} s; on two free cores --jobs 2 / --jobs 1 ≥ ${fixed(median(cpuTwo) / 2 / median(cpuOne), 2)}; load average now ${loadavg().map((load) => fixed(load, 1)).join(' ')}\n`,
  );
}
