// @vitest-environment node
// Node, not happy-dom: the CLI fetches with Node's own fetch, which a test DOM would replace.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../cli/fetch';
import { analyzeDocument } from '../../utils/provenance';
import { readerFrom, traceUpstream, type FetchOutcome } from '../../utils/trace';
import { cliDocument as domDocument } from './helpers';

const article = (site: string, body: string) =>
  `<!doctype html><html><head><meta property="og:site_name" content="${site}"><title>Story</title></head><body><article><p>Officials met on Tuesday.</p>${body}</article></body></html>`;

/** A fake web: URL → page, or a failure. */
function fakeWeb(pages: Record<string, string | FetchOutcome>) {
  const read: string[] = [];
  const fetchPage = async (url: string): Promise<FetchOutcome> => {
    read.push(url);
    const page = pages[url];
    if (page === undefined) return { ok: false, status: 'failed', error: 'HTTP 404' };
    return typeof page === 'string' ? { ok: true, html: page, url } : page;
  };
  return { read, readPage: readerFrom(fetchPage, (html: string) => domDocument(html)) };
}

const A = 'https://networktoday.example/story';
const B = 'https://www.nbcnews.com/story';
const C = 'https://therecord.media/story';
const pageA = article('Network Today', `<p>This article was originally published on <a href="${B}">NBCNews.com</a></p>`);
const pageB = article('NBC News', `<p>Hegseth’s order was first reported by <a href="${C}">The Record</a>.</p>`);
const pageC = article('The Record', '<p>Our reporters learned of the order on Friday.</p>');

describe('traceUpstream', () => {
  it('follows the chain across pages to its origin, each step with evidence from its own page', async () => {
    const web = fakeWeb({ [B]: pageB, [C]: pageC });
    const steps: string[] = [];
    const result = await traceUpstream(analyzeDocument(domDocument(pageA), { url: A }), A, {
      ...web,
      onStep: (all) => steps.push(all.map((step) => `${step.name}:${step.status}`).join(' ')),
    });
    expect(result.chain.map((node) => node.name)).toEqual(['The Record', 'NBC News', 'Network Today']);
    expect(result.chain[0].evidence[0].quote).toBe('Hegseth’s order was first reported by The Record.');
    // Evidence from NBC's page says so, and carries no locator into a page that is not in the tab.
    expect(result.chain[0].evidence[0].readOn).toBe(B);
    expect(result.chain[0].evidence[0].locator).toBeUndefined();
    expect(result.chain[1].evidence[0].readOn).toBeUndefined();
    expect(result.steps.map((step) => [step.name, step.status, step.added])).toEqual([
      ['NBC News', 'found', ['The Record']],
      ['The Record', 'no-source', []],
    ]);
    expect(result.stoppedBecause).toBe('origin');
    expect(web.read).toEqual([B, C]);
    expect(steps[0]).toBe('NBC News:reading');
  });

  it('stops at a cycle', async () => {
    const back = article('NBC News', `<p>This article was originally published on <a href="${A}">Network Today</a>.</p>`);
    const web = fakeWeb({ [B]: back });
    const result = await traceUpstream(analyzeDocument(domDocument(pageA), { url: A }), A, web);
    expect(result.stoppedBecause).toBe('cycle');
    expect(result.chain.map((node) => node.name)).toEqual(['NBC News', 'Network Today']);
  });

  it('stops at the step limit', async () => {
    const names = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ironwood', 'Juniper', 'Kapok'];
    const pages: Record<string, string> = {};
    for (let i = 0; i < 10; i++) {
      pages[`https://site${i}.org/`] = article(
        `${names[i]} News`,
        `<p>This article was originally published on <a href="https://site${i + 1}.org/">${names[i + 1]} News</a>.</p>`,
      );
    }
    const start = article('Start News', '<p>This article was originally published on <a href="https://site0.org/">Alder News</a>.</p>');
    const web = fakeWeb(pages);
    const result = await traceUpstream(analyzeDocument(domDocument(start), { url: 'https://start.org/' }), 'https://start.org/', { ...web, maxSteps: 3 });
    expect(result.stoppedBecause).toBe('max-steps');
    expect(web.read).toHaveLength(3);
  });

  it('reports a page that cannot be read, and a permission refused, and stops', async () => {
    const failed = await traceUpstream(analyzeDocument(domDocument(pageA), { url: A }), A, fakeWeb({}));
    expect(failed.stoppedBecause).toBe('failed');
    expect(failed.steps[0]).toMatchObject({ status: 'failed', error: 'HTTP 404' });
    const blocked = await traceUpstream(analyzeDocument(domDocument(pageA), { url: A }), A, fakeWeb({ [B]: { ok: false, status: 'blocked', error: 'permission refused' } }));
    expect(blocked.stoppedBecause).toBe('blocked');
  });

  it('says which publisher has no URL instead of guessing one', async () => {
    const noLink = article('Network Today', '<p>This article was originally published on NBCNews.com</p>');
    const web = fakeWeb({});
    const result = await traceUpstream(analyzeDocument(domDocument(noLink), { url: A }), A, web);
    expect(result).toMatchObject({ stoppedBecause: 'no-url', unreadable: 'NBC News', steps: [] });
    expect(web.read).toEqual([]);
  });
});

describe('upstream --follow over three local sites', () => {
  const servers: Server[] = [];
  let urls: { a: string; b: string; c: string; text: string; big: string };

  async function serve(host: string, handler: (path: string) => { type: string; body: string } | undefined): Promise<string> {
    const server = createServer((request, response) => {
      const found = handler(request.url ?? '/');
      if (!found) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': found.type });
      response.end(found.body);
    });
    await new Promise<void>((done) => server.listen(0, host, done));
    servers.push(server);
    return `http://${host === '::1' ? '[::1]' : host}:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    let b = '';
    let c = '';
    const html = 'text/html; charset=utf-8';
    c = await serve('localhost', (path) => (path === '/story' ? { type: html, body: pageC } : undefined));
    b = await serve('127.0.0.1', (path) =>
      path === '/story' ? { type: html, body: pageB.replace(C, `${c}/story`) } : undefined,
    );
    const a = await serve('127.0.0.1', (path) => {
      if (path === '/story') return { type: html, body: pageA.replace(B, `${b}/story`) };
      if (path === '/text') return { type: 'text/plain', body: 'plain' };
      if (path === '/big') return { type: html, body: `<p>${'x'.repeat(6 * 1024 * 1024)}</p>` };
      return undefined;
    });
    urls = { a: `${a}/story`, b: `${b}/story`, c: `${c}/story`, text: `${a}/text`, big: `${a}/big` };
  });

  afterAll(() => {
    for (const server of servers) server.close();
  });

  it('prints a chain of three publishers built across three sites', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve(__dirname, '../../bin/upstream.mjs'), '--follow', urls.a]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('The Record → NBC News → Network Today');
    expect(stdout).toContain(`NBC News <${urls.b}>: found: The Record`);
    expect(stdout).toContain(`The Record <${urls.c}>: no source named`);
    expect(stdout).toContain('stopped: the origin names no further source');
  });

  it('refuses what is not HTML, and what is too big', async () => {
    expect(await fetchPage(urls.text)).toMatchObject({ ok: false, error: expect.stringMatching(/not HTML/) });
    expect(await fetchPage(urls.big)).toMatchObject({ ok: false, error: expect.stringMatching(/too big/) });
    expect(await fetchPage(`${urls.a}/missing`)).toMatchObject({ ok: false, error: 'HTTP 404' });
    expect(await fetchPage('javascript:alert(1)')).toMatchObject({ ok: false });
  });
});
