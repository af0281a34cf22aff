/**
 * Trace upstream in real Chromium, across three local sites (two ports on 127.0.0.1 and one on
 * localhost): the first page links its source, the second names and links the one before it, the
 * third names none. No request leaves the browser before the click and the permission.
 * With the sites allowed, one click builds The Record → NBC News → Network Today, each step's
 * evidence read on its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ensureShotsDir, launchChromium, type ChromiumSession } from './browsers';
import { startServer, type TestServer } from './server';

let session: ChromiumSession;
let granted: ChromiumSession;
let network: TestServer;
let nbc: TestServer;
let record: TestServer;
const requests: string[] = [];

const article = (site: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta property="og:site_name" content="${site}"><title>Story | ${site}</title></head>` +
  `<body><article><h1>Hegseth orders pause on cyber operations</h1><p>Defense Secretary Pete Hegseth has ordered U.S. Cyber Command to halt offensive operations.</p>${body}</article></body></html>`;

beforeAll(async () => {
  network = await startServer('127.0.0.1');
  nbc = await startServer('127.0.0.1');
  record = await startServer('localhost');
  record.route('/story', { body: article('The Record', '<p>The order was given in late February, officials said.</p>') });
  nbc.route('/story', { body: article('NBC News', `<p>Hegseth’s order was first reported by <a href="${record.origin}/story">The Record</a>.</p>`) });
  network.route('/story', { body: article('Network Today', `<p>This article was originally published on <a href="${nbc.origin}/story">NBCNews.com</a></p>`) });
  session = await launchChromium();
  session.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await session?.close();
  await granted?.close();
  await Promise.all([network?.close(), nbc?.close(), record?.close()]);
});

/** Opens Network Today's story in a tab, waits for its badge, and opens the popup for that tab. */
async function openStoryPopup(browserSession: ChromiumSession): Promise<Page> {
  const page = browserSession.context.pages()[0] ?? (await browserSession.context.newPage());
  await page.goto(`${network.origin}/story`);
  await page.waitForFunction(() => document.querySelectorAll('upstream-badge').length === 1, undefined, { timeout: 15_000 });
  const tabId = await browserSession.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const popup = await browserSession.context.newPage();
  await popup.goto(`chrome-extension://${browserSession.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.trace-button');
  return popup;
}

describe('Trace upstream (Chromium)', () => {
  it('offers Trace upstream for a linked source, and reads nothing before the permission is given', async () => {
    const popup = await openStoryPopup(session);
    expect(await popup.$$eval('.chain .node-name', (nodes) => nodes.map((node) => node.textContent))).toEqual(['NBC News', 'Network Today']);

    // Nothing was fetched from the sources' sites before the click.
    expect(requests.filter((url) => url.startsWith(nbc.origin) || url.startsWith(record.origin))).toEqual([]);

    // The click asks the browser for permission to read the NBC site. Headless Chromium keeps its
    // prompt open with no way for a test to answer it, so the trace waits, and reads nothing.
    await popup.click('.trace-button');
    await popup.waitForSelector('.trace-button:disabled');
    await popup.waitForTimeout(1_500);
    expect(await popup.textContent('.trace-button')).toBe('Tracing…');
    // The popup says what it waits for, names the site, and offers a way out; the keyboard is on it.
    const nbcHost = new URL(nbc.origin).hostname;
    expect(await popup.textContent('.trace-permission')).toBe(`Waiting for your permission to read ${nbcHost}…`);
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('trace-cancel');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.trace-button:not(:disabled)');
    expect(await popup.textContent('.trace-permission')).toBe('Cancelled: nothing was read.');
    expect(await popup.$('.trace-cancel')).toBeNull();
    expect(requests.filter((url) => url.startsWith(nbc.origin) || url.startsWith(record.origin))).toEqual([]);
    await popup.close();
  });
});

describe('Trace upstream with the sites allowed (Chromium)', () => {
  it('builds the three-publisher chain across three sites in one click, each step read on its own page', async () => {
    // As if the person had already answered "Allow" for both sites at an earlier click.
    granted = await launchChromium({ grantedOrigins: ['http://127.0.0.1/*', 'http://localhost/*'] });
    const seen: string[] = [];
    granted.context.on('request', (request) => seen.push(request.url()));
    const fromSources = () => seen.filter((url) => url.startsWith(nbc.origin) || url.startsWith(record.origin));

    const popup = await openStoryPopup(granted);
    await popup.waitForTimeout(500);
    // Holding the permission is not a reason to read: nothing before the click.
    expect(fromSources()).toEqual([]);

    await popup.click('.trace-button');
    await popup.waitForFunction(() => document.querySelectorAll('.chain > .node').length === 3, undefined, { timeout: 15_000 });
    await popup.waitForSelector('.trace .trace-note');

    const nodes = await popup.$$eval('.chain > .node', (items) =>
      items.map((item) => ({
        name: item.querySelector('.node-name')?.textContent,
        quotes: [...item.querySelectorAll('.evidence-quote')].map((quote) => quote.textContent),
        readOn: [...item.querySelectorAll('.evidence-page')].map((link) => (link as HTMLAnchorElement).href),
      })),
    );
    expect(nodes.map((node) => node.name)).toEqual(['The Record', 'NBC News', 'Network Today']);
    // The Record's link was read on NBC's page, NBC's on this page (where it can be shown in place).
    expect(nodes[0].quotes.join(' ')).toContain('first reported by The Record');
    expect(nodes[0].readOn).toEqual([`${nbc.origin}/story`]);
    expect(nodes[1].quotes.join(' ')).toContain('originally published on NBCNews.com');
    expect(nodes[1].readOn).toEqual([]);

    const steps = await popup.$$eval('.trace-steps li', (items) => items.map((item) => [item.getAttribute('data-status'), item.textContent]));
    expect(steps.map(([status]) => status)).toEqual(['found', 'no-source']);
    expect(steps[0][1]).toContain('The Record');
    expect(await popup.textContent('.trace .trace-note')).toContain('Reached the origin');
    expect(await popup.$('.trace-button')).toBeNull();

    await popup.screenshot({ path: join(ensureShotsDir(), 'popup-trace.png'), fullPage: true });

    // Exactly the two source pages were read, once each.
    expect(fromSources().sort()).toEqual([`${nbc.origin}/story`, `${record.origin}/story`].sort());
    await popup.close();

    // What was read is remembered (publishers and quotes, per URL) until the person says otherwise.
    const remembered = () =>
      granted.worker.evaluate(async () => {
        const stored = (await chrome.storage.local.get('traceCache')).traceCache as { url: string }[] | undefined;
        return (stored ?? []).map((entry) => entry.url).sort();
      });
    expect(await remembered()).toEqual([`${nbc.origin}/story`, `${record.origin}/story`].sort());
    const options = await granted.context.newPage();
    await options.goto(`chrome-extension://${granted.extensionId}/options.html`);
    await options.uncheck('#remember-traces');
    // Said beside the control that changed.
    await options.waitForFunction(() => document.querySelector('#remember-traces-status')?.textContent?.includes('forgotten'));
    expect(await remembered()).toEqual([]);
    await options.close();

    // With remembering off, a new trace reads the sources again and keeps nothing.
    const again = await openStoryPopup(granted);
    await again.click('.trace-button');
    await again.waitForFunction(() => document.querySelectorAll('.chain > .node').length === 3, undefined, { timeout: 15_000 });
    expect(fromSources()).toHaveLength(4);
    expect(await remembered()).toEqual([]);
    await again.close();
  });
});
