/**
 * The built Firefox extension in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
 * the content script runs on a 127.0.0.1 page and puts its badges there.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureShotsDir, FIREFOX_BUILD, FIREFOX_PATH, fixtureHtml, requireBuild } from './browsers';
import { startServer, type TestServer } from './server';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  if (!FIREFOX_PATH) throw new Error('Firefox not found: install Debian\'s `firefox-esr` (the CI script does).');
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
  server.route('/seed', { body: fixtureHtml('seed-network-today') });
  server.route('/mutating', {
    body: fixtureHtml('seed-network-today').replace(
      '</body>',
      `<script>const t = document.createElement('p'); document.querySelector('article').append(t);
        window.ticks = 0; setInterval(() => { t.textContent = 'tick ' + (++window.ticks); }, 1);</script></body>`,
    ),
  });
  // The window's own size, not an emulated viewport: puppeteer sets one with a BiDi command
  // (emulation.setScreenOrientationOverride) that Firefox ESR 140 does not have.
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: null,
    args: ['--window-size=900,600'],
  });
  await browser.installExtension(FIREFOX_BUILD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('puts badges naming The Record and NBC News on the seed page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seed`);
    await page.waitForFunction(() => document.querySelectorAll('upstream-badge').length >= 2, { timeout: 20_000 });
    const labels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('upstream-badge')).map((host) => host.shadowRoot?.querySelector('.label')?.textContent ?? ''),
    );
    expect(labels).toEqual(expect.arrayContaining(['The Record, first report', 'NBC News, step 2 of 3']));
    const display = await page.evaluate(() => {
      const badge = document.querySelector('upstream-badge')!.shadowRoot!.querySelector('.badge')!;
      return getComputedStyle(badge).display;
    });
    expect(display).toBe('inline-flex');
    await page.screenshot({ path: join(ensureShotsDir(), 'firefox-seed-badges.png') });
  });

  it('keeps up with a page that mutates its DOM every millisecond, and the page keeps running', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/mutating`);
    await page.waitForFunction(() => document.querySelectorAll('upstream-badge').length === 2, { timeout: 20_000 });
    const before = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    expect(after - before).toBeGreaterThan(200);
    expect(await page.evaluate(() => document.querySelectorAll('upstream-badge').length)).toBe(2);
  });
});
