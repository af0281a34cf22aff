/**
 * Hostile pages and privacy, in real Chromium: a page that mutates its DOM every millisecond, one that
 * redefines built-ins the extension might use, one that deletes our badges as they appear, one with
 * 200,000 nodes; and a record of every request while a person uses the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, launchChromium, type ChromiumSession } from './browsers';
import { startServer, type TestServer } from './server';

let session: ChromiumSession;
let server: TestServer;
const requests: string[] = [];
const pageErrors: string[] = [];

const seed = fixtureHtml('seed-network-today');
const withScript = (script: string) => seed.replace('</body>', `<script>${script}</script></body>`);

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(server.origin + path);
  return page;
}

const badgeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('upstream-badge').length);

/** What the content script measured of its own work on a page: from the background's tab result. */
const work: Record<string, { longestSliceMs: number; renderMs: number; scans: number; textNodes: number }> = {};
async function recordWork(name: string, page: Page): Promise<void> {
  const url = page.url();
  const found = await session.worker.evaluate(async (pageUrl) => {
    const all = await chrome.storage.session.get(null);
    for (const state of Object.values(all) as { status: string; result?: { url: string; work?: unknown; stats: { textNodes: number } } }[]) {
      if (state.status === 'done' && state.result?.url === pageUrl) return { ...(state.result.work as object), textNodes: state.result.stats.textNodes };
    }
    return undefined;
  }, url);
  expect(found, `no scan result for ${name}`).toBeDefined();
  work[name] = found as (typeof work)[string];
}

beforeAll(async () => {
  server = await startServer();
  server.route('/seed', { body: seed });
  server.route('/mutating', {
    body: withScript(`
      const ticker = document.createElement('p'); document.querySelector('article').append(ticker);
      window.ticks = 0; setInterval(() => { ticker.textContent = 'tick ' + (++window.ticks); }, 1);`),
  });
  server.route('/prototypes', {
    body: withScript(`
      Array.prototype.map = function () { throw new Error('page broke map'); };
      JSON.parse = function () { throw new Error('page broke JSON.parse'); };
      window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };`),
  });
  server.route('/remover', {
    body: withScript(`setInterval(() => document.querySelectorAll('upstream-badge').forEach((badge) => badge.remove()), 50);`),
  });
  server.route('/frames', {
    body: withScript(`
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>This story was first reported by Reuters.</p>';
      document.querySelector('article').append(frame);
      const host = document.createElement('div'); host.id = 'shadow-host';
      host.attachShadow({ mode: 'open' }).innerHTML = '<p>(Reuters) - This article was originally published on Wired.com</p>';
      document.querySelector('article').append(host);`),
  });
  server.route('/vanishing', {
    body: withScript(`
      // Takes its own article away and puts it back, over and over, while we scan.
      const article = document.querySelector('article'); const parent = article.parentNode;
      let shown = true; setInterval(() => { if (shown) article.remove(); else parent.prepend(article); shown = !shown; }, 7);`),
  });
  const many = Array.from({ length: 200_000 }, (_, i) => `<span>w${i} </span>`).join('');
  server.route('/huge', { body: seed.replace('<p>This article was originally published', `<div>${many}</div><p>This article was originally published`) });
  session = await launchChromium();
  session.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('hostile pages (Chromium)', () => {
  it('keeps up with a page that mutates its DOM every millisecond, and the page keeps running', async () => {
    const page = await open('/mutating');
    await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(2);
    const ticksBefore = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    await page.waitForTimeout(2_000);
    const ticksAfter = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    // setInterval(1) runs a few hundred times a second when the main thread is free.
    expect(ticksAfter - ticksBefore).toBeGreaterThan(200);
    expect(await badgeCount(page)).toBe(2);
    await recordWork('mutating every 1 ms', page);
    await page.close();
  });

  it('is not disturbed by a page that redefines built-ins', async () => {
    const page = await open('/prototypes');
    await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(2);
    await recordWork('redefined built-ins', page);
    await page.close();
  });

  it('does not fight a page that removes its badges', async () => {
    const page = await open('/remover');
    await page.waitForTimeout(2_500);
    expect(await badgeCount(page)).toBe(0);
    // Still answering: the popup gets the chain from the background.
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chain .node-name', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('reads only the top document: cue phrases in frames and shadow roots are theirs, not the article’s', async () => {
    const page = await open('/frames');
    await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(2);
    const shadowBadges = await page.evaluate(() => document.getElementById('shadow-host')!.shadowRoot!.querySelectorAll('upstream-badge').length);
    expect(shadowBadges).toBe(0);
    await recordWork('frames and shadow roots', page);
    await page.close();
  });

  it('survives a page that removes its own article while we scan', async () => {
    const page = await open('/vanishing');
    await page.waitForTimeout(3_000);
    // Whatever moment the scan saw, no badge was inserted twice, the page answers, nothing was thrown.
    expect(await badgeCount(page)).toBeLessThanOrEqual(2);
    const started = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - started).toBeLessThan(1_000);
    await page.close();
  });

  it('reads a page of 200,000 nodes and stays responsive', async () => {
    const page = await open('/huge');
    await expect.poll(() => badgeCount(page), { timeout: 30_000 }).toBe(2);
    const started = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - started).toBeLessThan(1_000);
    await recordWork('200,000 nodes', page);
    await page.close();
  });

  it('kept its slices of work short and its scans bounded on every hostile page, 200,000 nodes too', () => {
    // Printed for the record: the closing notes quote these figures.
    console.log(`hostile pages, work of ours: ${JSON.stringify(work)}`);
    expect(Object.keys(work)).toHaveLength(4);
    for (const [name, measured] of Object.entries(work)) {
      expect(measured.scans, name).toBeLessThanOrEqual(25);
      // On the development machine every page's longest slice is under 50 ms but now and then the
      // 200,000-node page's: 40 to 60 ms, and in one run of three a slice of 300 to 400 ms in which V8
      // finishes a full collection (seen with --trace-gc: a 300 to 360 ms pause marking the heap and
      // the page's 400,000 nodes with it, set off by the wrappers every walk over them makes). Looser
      // here: a first scan includes compiling the engine, and a shared CI machine varies several-fold;
      // a return to one long task of our own (it was 0.6 to 1.3 s) still fails.
      expect(measured.longestSliceMs + measured.renderMs, name).toBeLessThan(name === '200,000 nodes' ? 550 : 250);
    }
    // The 200,000-node page is read whole.
    expect(work['200,000 nodes'].textNodes).toBeGreaterThanOrEqual(200_000);
  });

  it('wrote no errors to any console', () => {
    expect(pageErrors.filter((text) => !/page broke/.test(text))).toEqual([]);
  });
});

describe('privacy (Chromium)', () => {
  it('makes no request of its own while a person reads, opens the popup and changes settings', async () => {
    requests.length = 0;
    const page = await open('/seed');
    await expect.poll(() => badgeCount(page), { timeout: 15_000 }).toBe(2);
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chain .node-name');
    await popup.click('.chain .node:first-child button.evidence-quote');
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.click('#show-cite-badges');
    await options.fill('#disabled-sites', 'example.org');
    await options.click('#save-sites');
    await page.waitForTimeout(1_000);
    const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith(`chrome-extension://${session.extensionId}/`));
    expect(foreign).toEqual([]);
    // The only requests to the test site are the page itself: no fetch of the sources it names.
    expect(requests.filter((url) => url.startsWith(server.origin)).map((url) => new URL(url).pathname)).toEqual(['/seed']);
    await options.click('#show-cite-badges');
    await options.fill('#disabled-sites', '');
    await options.click('#save-sites');
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});
