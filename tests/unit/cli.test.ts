import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const run = promisify(execFile);
const BIN = resolve(__dirname, '..', '..', 'bin', 'upstream.mjs');
const SEED = join(FIXTURES, 'seed-network-today', 'page.html');
const BARE = join(FIXTURES, 'seed-network-today-bare', 'page.html');
const scratch = mkdtempSync(join(tmpdir(), 'upstream-cli-'));

async function upstream(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('upstream command', { timeout: 60_000 }, () => {
  it('prints the seed chain on the first line, then a line of evidence per link', async () => {
    for (const file of [SEED, BARE]) {
      const { code, stdout, stderr } = await upstream(file);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toBe('The Record → NBC News → Network Today');
      expect(lines[1]).toContain('first reported by The Record');
      expect(lines[2]).toContain('originally published on NBCNews.com');
      expect(lines[3]).toContain('Network Today');
    }
  });

  it('prints the page as {{cite news}} or CSL-JSON with --format, and --json is --format json', async () => {
    const wikipedia = await upstream('--format', 'wikipedia', SEED);
    expect(wikipedia.code).toBe(0);
    expect(wikipedia.stdout.trim().split('\n')).toHaveLength(1);
    expect(wikipedia.stdout).toMatch(/^\{\{cite news \|title=Hegseth orders pause .* \|work=NBC News \|via=Network Today \|date=2025-03-03 \|access-date=\d{4}-\d{2}-\d{2}\}\}\n$/);
    const wire = await upstream('--format=wikipedia', join(FIXTURES, 'wire-dateline-ap', 'page.html'));
    expect(wire.stdout).toContain('|agency=Associated Press');
    // A source with a known address gets a second citation: the original's.
    const linked = await upstream('--format', 'wikipedia', join(FIXTURES, 'originally-published-linked', 'page.html'));
    expect(linked.stdout.trim().split('\n')).toEqual([expect.stringContaining('|via='), expect.not.stringContaining('|via=')]);

    const csl = JSON.parse((await upstream('--format', 'csl', SEED, BARE)).stdout);
    expect(csl.map((item: { type: string; 'container-title': string }) => [item.type, item['container-title']])).toEqual([
      ['article-newspaper', 'NBC News'],
      ['article-newspaper', 'NBC News'],
    ]);
    expect((await upstream('--json', SEED)).stdout).toBe((await upstream('--format', 'json', SEED)).stdout);
    expect((await upstream('--format', 'markdown', SEED)).stdout).toMatch(/^\*\*The Record → NBC News → Network Today\*\*/);
    const bad = await upstream('--format', 'bibtex', SEED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format needs one of text, json, markdown, wikipedia, csl');
  });

  it('prints the Provenance value with --json', async () => {
    const { code, stdout } = await upstream('--json', SEED);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(Object.keys(value).sort()).toEqual(['article', 'chain', 'cites', 'downstream', 'page']);
    expect(value.article.title).toBe('Hegseth orders pause on U.S. offensive cyber operations against Russia');
    expect(value.page.name).toBe('Network Today');
    expect(value.chain[0]).toMatchObject({ name: 'The Record', domain: 'therecord.media', relation: 'first-reported' });
    expect(Object.keys(value.chain[0]).sort()).toEqual(['confidence', 'domain', 'evidence', 'name', 'relation']);
    expect(value.chain[0].evidence[0].quote).toBe('Hegseth’s order was first reported by The Record.');
  });

  it('reads several files and prints an array with --json', async () => {
    const { stdout } = await upstream('--json', SEED, BARE);
    const value = JSON.parse(stdout);
    expect(value.map((item: { file: string }) => item.file)).toEqual([SEED, BARE]);
  });

  it('says what is wrong in one line, without a stack trace, and exits non-zero', async () => {
    const empty = join(scratch, 'empty.html');
    writeFileSync(empty, '');
    const binary = join(scratch, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const text = join(scratch, 'notes.txt');
    writeFileSync(text, 'Just some notes, originally published on NBCNews.com.\n');
    const cases: [string[], RegExp][] = [
      [[join(scratch, 'missing.html')], /missing\.html: no such file/],
      [[empty], /empty\.html: the file is empty/],
      [[binary], /image\.png: not an HTML page/],
      [[text], /notes\.txt: not an HTML page/],
      [[scratch], /is a directory/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await upstream(...args);
      expect(code, args[0]).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects bad options with usage and exit code 2', async () => {
    expect((await upstream()).code).toBe(2);
    expect((await upstream('--frobnicate', SEED)).code).toBe(2);
    const bad = await upstream('--url', 'javascript:alert(1)', SEED);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an http\(s\) URL/);
  });

  it('reads a 20 MB page', { timeout: 120_000 }, async () => {
    const seed = readFileSync(SEED, 'utf8');
    const article = seed.split('<article>')[1].split('</article>')[0];
    const filler = '<p>Filler paragraph about the weather and nothing else of note, repeated to make the page big.</p>';
    const parts = [seed.split('<article>')[0], '<article>', article];
    let size = seed.length;
    while (size < 20 * 1024 * 1024) {
      parts.push(filler);
      size += filler.length;
    }
    parts.push('</article></main></body></html>');
    const big = join(scratch, 'big.html');
    writeFileSync(big, parts.join(''));
    const { code, stdout } = await upstream('--json', big);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value.chain.map((node: { name: string }) => node.name)).toEqual(['The Record', 'NBC News', 'Network Today']);
  });
});
