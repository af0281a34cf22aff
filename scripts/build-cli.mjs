#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and the batch worker) with the engine and its libraries into
 * dist/cli/, so `upstream` starts from plain JavaScript: compiling the TypeScript through tsx on every
 * start took about a second, and resolving happy-dom's few hundred modules one by one most of the rest.
 * The bundle is built from the very source the tests and the extension use.
 *
 * The libraries' licences travel with the bundle (dist/cli/THIRD-PARTY-LICENSES.txt), read from the
 * packages esbuild actually took in.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

/** How the command is bundled; the start-up probe in cli-bench.mjs is bundled the same way. */
export function bundleOptions({ minify = true } = {}) {
  return {
    absWorkingDir: root,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify,
    // happy-dom and ws still `require()` Node's built-ins; an ES module bundle has no `require` of its own.
    banner: { js: "import{createRequire as __upstreamRequire}from'node:module';const require=__upstreamRequire(import.meta.url);" },
    // ws tries these optional native add-ons inside try/catch; without them it uses plain JavaScript.
    external: ['bufferutil', 'utf-8-validate', 'canvas'],
    // tldts's own minified build, as in the extension (wxt.config.ts): its CommonJS build took a
    // quarter of a second to load, and bundling its ES sources copies the suffix list's strings.
    alias: { tldts: join(root, 'node_modules/tldts/dist/index.esm.min.js') },
    legalComments: 'none',
  };
}

export async function buildCli({ quiet = false, minify = true } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    ...bundleOptions({ minify }),
    entryPoints: { upstream: 'cli/main.ts', 'batch-worker': 'cli/batch-worker.ts' },
    outdir,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), licences(result.metafile));
  return result;
}

/** The licence text of every npm package whose code is in the bundle. */
function licences(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const parts = [];
  for (const name of [...packages].sort()) {
    const folder = join(root, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const file = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
    const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `License: ${manifest.license ?? 'see package'}`;
    parts.push(`${name}@${manifest.version} (${manifest.license ?? 'unknown'})\n\n${text}\n`);
  }
  return `The upstream command bundles these packages:\n\n${parts.join('\n' + '-'.repeat(72) + '\n\n')}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  // --no-minify keeps the names, for reading a CPU profile of the command.
  const result = await buildCli({ minify: !process.argv.includes('--no-minify') });
  const bytes = Object.entries(result.metafile.outputs).reduce((sum, [, output]) => sum + output.bytes, 0);
  process.stdout.write(`cli: ${relative(root, outdir)}/ (${(bytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms\n`);
}
