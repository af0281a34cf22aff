import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, describe, expect, it } from 'vitest';
import type { Provenance } from '../../utils/provenance/types';
import { FIXTURES, fixtures } from './helpers';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'upstream.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'upstream-batch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built command (the bundle tests/unit/build-cli.setup.ts made), with `input` on its stdin. */
function upstream(args: string[], input?: string, cwd = ROOT): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

type Line = { file: string; url: string | null; provenance: Provenance } | { file: string; url?: string | null; error: string };

function lines(stdout: string): Line[] {
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
}

/** What the single-page command says about one file, the reference every batch line is held to. */
async function single(file: string, url?: string): Promise<Provenance> {
  const { stdout } = await run(process.execPath, [BIN, '--json', ...(url ? ['--url', url] : []), file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Provenance;
}

/** Runs `fn` over `items`, two at a time (the machine has two cores). */
async function inPairs<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all([0, 1].map(async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  }));
  return results;
}

const all = fixtures();
const pagePath = (slug: string) => join(FIXTURES, slug, 'page.html');

describe('upstream --jsonl', { timeout: 240_000 }, () => {
  it('gives every fixture the provenance the single-page command gives it, in input order, whatever the jobs', async () => {
    const map = join(scratch, 'urls.tsv');
    writeFileSync(map, all.filter((fixture) => fixture.expected.url).map((fixture) => `${pagePath(fixture.slug)}\t${fixture.expected.url}`).join('\n'));
    const batch = await upstream(['--jsonl', '--jobs', '2', '--url-map', map, FIXTURES]);
    expect(batch.code, batch.stderr).toBe(0);
    const results = lines(batch.stdout);
    // A folder is read recursively, each folder's entries in name order: the fixtures' folders sorted.
    const slugs = all.map((fixture) => fixture.slug).sort((a, b) => (a < b ? -1 : 1));
    expect(results.map((line) => line.file)).toEqual(slugs.map(pagePath));
    const references = await inPairs(all, (fixture) => single(pagePath(fixture.slug), fixture.expected.url));
    for (const [index, fixture] of all.entries()) {
      const line = results.find((result) => result.file === pagePath(fixture.slug))!;
      expect('provenance' in line, fixture.slug).toBe(true);
      if (!('provenance' in line)) continue;
      expect(line.url).toBe(fixture.expected.url ?? null);
      expect(line.provenance, fixture.slug).toEqual(references[index]);
      expect(line.provenance.chain.map((node) => node.name), fixture.slug).toEqual(fixture.expected.chain);
    }
    expect(batch.stderr).toMatch(new RegExp(`^upstream: ${all.length} pages in .* peak RSS \\d+ MB$`, 'm'));
    const withUpstream = results.filter((line) => 'provenance' in line && line.provenance.chain.length > 1).length;
    expect(batch.stderr).toContain(`with an upstream: ${withUpstream} (`);

    const one = await upstream(['--jsonl', '--jobs', '1', '--url-map', map, FIXTURES]);
    const three = await upstream(['--jsonl', '--jobs', '3', '--url-map', map, FIXTURES]);
    expect(one.stdout).toBe(batch.stdout);
    expect(three.stdout).toBe(batch.stdout);
  });

  it('takes a list of paths on standard input for -, files and folders alike', async () => {
    const seed = pagePath('seed-network-today');
    const list = `${seed}\n\n${join(FIXTURES, 'trap-dates')}\n${pagePath('wire-dateline-ap')}\n`;
    const { code, stdout } = await upstream(['--jsonl', '-'], list);
    expect(code).toBe(0);
    expect(lines(stdout).map((line) => line.file)).toEqual([seed, pagePath('trap-dates'), pagePath('wire-dateline-ap')]);
  });

  it('writes one error line per bad page, in its place, and goes on', async () => {
    const folder = join(scratch, 'bad');
    mkdirSync(folder);
    const seedHtml = readFileSync(pagePath('seed-network-today'));
    writeFileSync(join(folder, 'a-good.html'), seedHtml);
    writeFileSync(join(folder, 'b-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(folder, 'c-broken.html.gz'), gzipSync(seedHtml).subarray(0, 200));
    writeFileSync(join(folder, 'd-empty.html'), '');
    writeFileSync(join(folder, 'e-good.html.gz'), gzipSync(seedHtml));
    symlinkSync(join(folder, 'nowhere.html'), join(folder, 'f-dangling.html'));
    writeFileSync(join(folder, 'g-notes.txt'), 'not a page, and not read: a folder takes its pages only');
    const missing = join(scratch, 'missing.html');
    const { code, stdout, stderr } = await upstream(['--jsonl', folder, missing]);
    expect(code).toBe(1);
    const results = lines(stdout);
    expect(results.map((line) => line.file.slice(folder.length + 1))).toEqual([
      'a-good.html',
      'b-binary.html',
      'c-broken.html.gz',
      'd-empty.html',
      'e-good.html.gz',
      'f-dangling.html',
      missing.slice(folder.length + 1),
    ]);
    const errors = results.map((line) => ('error' in line ? line.error : undefined));
    expect(errors[0]).toBeUndefined();
    expect(errors[1]).toMatch(/b-binary\.html: not an HTML page/);
    expect(errors[2]).toMatch(/c-broken\.html\.gz: broken gzip/);
    expect(errors[3]).toMatch(/d-empty\.html: the file is empty/);
    expect(errors[4]).toBeUndefined();
    expect(errors[5]).toMatch(/f-dangling\.html: no such file/);
    expect(errors[6]).toMatch(/missing\.html: no such file/);
    for (const error of errors.filter(Boolean)) expect(error).not.toContain('\n');
    // The gzipped copy reads as the page itself.
    const [good, , , , gzipped] = results as { provenance?: Provenance }[];
    expect(gzipped.provenance).toEqual(good.provenance);
    expect(stderr).toMatch(/errors: 5 \(/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects options that make no sense in a batch, with exit code 2', async () => {
    expect((await upstream(['--jsonl'])).code).toBe(2);
    expect((await upstream(['--jsonl', '--jobs', '0', FIXTURES])).code).toBe(2);
    expect((await upstream(['--jsonl', '--json', FIXTURES])).code).toBe(2);
    expect((await upstream(['--jsonl', '--stdin-html', FIXTURES])).code).toBe(2);
    const map = join(scratch, 'bad-map.tsv');
    writeFileSync(map, 'page.html\tjavascript:alert(1)\n');
    const bad = await upstream(['--jsonl', '--url-map', map, FIXTURES]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an http\(s\) URL/);
  });
});

/** A WARC response record for a page (HTTP headers and body), in WARC/1.0 or 1.1. */
type WarcVersion = 'WARC/1.0' | 'WARC/1.1';

function response(url: string, body: Uint8Array, { status = '200 OK', type = 'text/html; charset=utf-8', version = 'WARC/1.1' as WarcVersion } = {}): WARCRecord {
  return WARCRecord.create({ url, type: 'response', warcVersion: version, statusline: `HTTP/1.1 ${status}`, httpHeaders: { 'Content-Type': type } }, [body]);
}

async function warc(records: WARCRecord[], gzip: boolean): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
  return Buffer.concat(parts);
}

describe('upstream --jsonl on WARC files', { timeout: 240_000 }, () => {
  const seed = all.find((fixture) => fixture.slug === 'seed-network-today')!;
  const dpa = all.find((fixture) => fixture.slug === 'de-dateline-dpa')!;
  const encode = (text: string) => new TextEncoder().encode(text);
  const records = (version: WarcVersion) => [
    WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: version }, { software: 'upstream tests' }),
    WARCRecord.create({ url: seed.expected.url!, type: 'request', warcVersion: version, statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'networktoday.example' } }, []),
    response(seed.expected.url!, encode(seed.html), { version }),
    response('https://networktoday.example/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { type: 'image/png', version }),
    response('https://networktoday.example/missing', encode('<html><body><p>Not found. Originally published on NBCNews.com</p></body></html>'), { status: '404 Not Found', version }),
    response(dpa.expected.url ?? 'https://dpa-page.example/', encode(dpa.html), { version }),
  ];

  it('reads WARC/1.0 and 1.1, gzipped per record or not: each HTML response with its target URI, the rest skipped', async () => {
    const files: [string, Buffer][] = [
      ['plain-1.0.warc', await warc(records('WARC/1.0'), false)],
      ['gzip-1.0.warc.gz', await warc(records('WARC/1.0'), true)],
      ['plain-1.1.warc', await warc(records('WARC/1.1'), false)],
      ['gzip-1.1.warc.gz', await warc(records('WARC/1.1'), true)],
    ];
    for (const [name, bytes] of files) writeFileSync(join(scratch, name), bytes);
    const { code, stdout, stderr } = await upstream(['--jsonl', ...files.map(([name]) => join(scratch, name))]);
    expect(code, stderr).toBe(0);
    const results = lines(stdout);
    expect(results).toHaveLength(files.length * 2);
    const [seedReference, dpaReference] = await Promise.all([single(pagePath(seed.slug), seed.expected.url), single(pagePath(dpa.slug), dpa.expected.url ?? 'https://dpa-page.example/')]);
    for (const [index, [name]] of files.entries()) {
      const [first, second] = results.slice(index * 2, index * 2 + 2);
      expect(first.file).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}#\\d+$`));
      expect(first.url).toBe(seed.expected.url);
      expect('provenance' in first && first.provenance).toEqual(seedReference);
      expect('provenance' in second && second.provenance).toEqual(dpaReference);
      expect('provenance' in second && second.provenance.chain.map((node) => node.name)).toEqual(dpa.expected.chain);
    }
  });

  it('makes a truncated record one error line, after the records before it', async () => {
    for (const gzip of [true, false]) {
      const whole = await warc(records('WARC/1.1'), gzip);
      const name = join(scratch, `cut${gzip ? '.warc.gz' : '.warc'}`);
      writeFileSync(name, whole.subarray(0, whole.length - 400));
      const { code, stdout, stderr } = await upstream(['--jsonl', name]);
      expect(code).toBe(1);
      const results = lines(stdout);
      expect(results, stdout).toHaveLength(2);
      expect('provenance' in results[0] && results[0].provenance.chain.map((node) => node.name)).toEqual(seed.expected.chain);
      expect('error' in results[1] && results[1].error).toMatch(/#\d+: truncated WARC record/);
      expect(stderr).not.toMatch(/Content-Length|\n\s+at /);
      expect(stderr).toMatch(/errors: 1 \(truncated WARC record 1\)/);
    }
  });
});

describe('upstream --jsonl --stdin-html (filter mode)', { timeout: 120_000 }, () => {
  it('reads {url, html} lines and writes a result line for each, in order, errors included', async () => {
    const seed = all.find((fixture) => fixture.slug === 'seed-network-today')!;
    const bare = all.find((fixture) => fixture.slug === 'seed-network-today-bare')!;
    const input = [
      JSON.stringify({ id: 'seed', url: seed.expected.url, html: seed.html }),
      JSON.stringify({ html: bare.html }),
      '{not json',
      JSON.stringify({ url: 'https://example.org/', text: 'no html here' }),
      JSON.stringify({ id: 7, url: 'https://example.org/notes', html: 'Just some notes, originally published on NBCNews.com.' }),
    ].join('\n');
    const { code, stdout, stderr } = await upstream(['--jsonl', '--stdin-html', '--jobs', '2'], `${input}\n`);
    expect(code, stderr).toBe(0);
    const results = lines(stdout);
    expect(results.map((line) => line.file)).toEqual(['seed', '-:2', '-:3', '-:4', '7']);
    expect('provenance' in results[0] && results[0].provenance).toEqual(await single(pagePath(seed.slug), seed.expected.url));
    expect('provenance' in results[1] && results[1].provenance.chain.map((node) => node.name)).toEqual(bare.expected.chain);
    expect('error' in results[2] && results[2].error).toMatch(/^-:3: not a JSON line/);
    expect('error' in results[3] && results[3].error).toMatch(/no "html" string/);
    expect('error' in results[4] && results[4].error).toMatch(/^7: not an HTML page/);
    expect(results[4].url).toBe('https://example.org/notes');
  });
});

describe('upstream report', { timeout: 120_000 }, () => {
  it('prints the counts of a results file and writes a self-contained page with them', async () => {
    const chain = (names: string[], relation: string) => [
      ...names.map((name) => ({ name, relation, confidence: 0.9, evidence: [] })),
      { name: 'Here', relation: 'this-page', confidence: 1, evidence: [] },
    ];
    const page = (file: string, nodes: ReturnType<typeof chain>) => JSON.stringify({ file, url: null, provenance: { page: { name: 'Here', evidence: [] }, chain: nodes, downstream: [], cites: [] } });
    const results = [
      page('a.html', chain(['dpa'], 'wire')),
      page('b.html', chain(['dpa', 'AFP'], 'wire')),
      page('c.html', chain(['<b>Evil & Co</b>'], 'originally-published')),
      page('d.html', chain([], 'wire')),
      JSON.stringify({ file: 'e.html', url: null, error: 'e.html: not an HTML page (binary data)' }),
      'garbage line',
    ];
    const file = join(scratch, 'results.jsonl');
    writeFileSync(file, `${results.join('\n')}\n`);
    const { code, stdout, stderr } = await upstream(['report', file]);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/1 line is not a result/);
    const row = (label: string) => stdout.split('\n').find((line) => line.startsWith(`${label} `))?.trim().split(/\s{2,}/);
    expect(row('pages read')).toEqual(['pages read', '4']);
    expect(row('with an upstream')).toEqual(['with an upstream', '3', '75.0%']);
    expect(row('errors')).toEqual(['errors', '1']);
    expect(row('wire')).toEqual(['wire', '2', '50.0%']);
    expect(row('dpa')).toEqual(['dpa', '2', '50.0%']);
    expect(row('AFP')).toEqual(['AFP', '1', '25.0%']);
    expect(row('not an HTML page')).toEqual(['not an HTML page', '1']);

    const html = readFileSync(join(scratch, 'results.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|@import|url\(/i);
    expect(html).toContain('&#60;b&#62;Evil &#38; Co&#60;/b&#62;');
    expect(html).not.toContain('<b>Evil');
    expect((html.match(/<svg/g) ?? []).length).toBe(3);
    expect(html).toContain('dpa: 2 (50.0%)');
  });
});

describe('the packed package', { timeout: 240_000 }, () => {
  it('installs from its tarball with no dependency and runs', async () => {
    const target = join(scratch, 'install');
    mkdirSync(target);
    // The bundle is built (build-cli.setup.ts); --ignore-scripts keeps `prepare` from building it again.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', target], { cwd: ROOT });
    const [{ filename, files }] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    expect(files.map((entry) => entry.path)).toContain('dist/cli/upstream.mjs');
    expect(files.some((entry) => /\.ts$/.test(entry.path))).toBe(false);
    writeFileSync(join(target, 'package.json'), '{"name":"install-test","private":true}');
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(target, filename)], { cwd: target });
    const { stdout: chain } = await run(join(target, 'node_modules', '.bin', 'upstream'), [pagePath('seed-network-today')], { cwd: target });
    expect(chain.split('\n')[0]).toBe('The Record → NBC News → Network Today');
  });
});
