/**
 * The built extension in real Chromium: badges on the seed page, the count on the toolbar icon, the
 * popup's chain and its jump to the evidence, the options page turning badges off, the settings read
 * as a page opens, and a page with a CSP that forbids every style.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureShotsDir, fixtureHtml, launchChromium, type ChromiumSession } from './browsers';
import { startServer, type TestServer } from './server';

let session: ChromiumSession;
let server: TestServer;
const consoleErrors: string[] = [];

/** Text of every badge on the page, read through the badges' open shadow roots. */
function badgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('upstream-badge'))
      .filter((host) => host.getAttribute('data-kind') !== 'highlight')
      .map((host) => host.shadowRoot?.querySelector('.label')?.textContent ?? ''),
  );
}

async function waitForBadges(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('upstream-badge:not([data-kind="highlight"])').length >= n,
    count,
    { timeout: 15_000 },
  );
  return badgeLabels(page);
}

async function activeTabId(): Promise<number> {
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

async function openSeed(path = '/seed'): Promise<Page> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(server.origin + path);
  return page;
}

beforeAll(async () => {
  server = await startServer();
  const seed = fixtureHtml('seed-network-today');
  server.route('/seed', { body: seed });
  server.route('/csp', {
    body: seed,
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'" },
  });
  // Cue words only where no reader sees them (scripts, style sheets, noscript, templates), agency
  // acronyms only inside words in capitals, menus in capitals: the pre-check reads none of them.
  const hidden =
    '<script>var note = "first reported by Reuters";</script><style>.x::after { content: "originally published on NBCNews.com"; }</style>' +
    '<noscript>This article was originally published on Wired.com</noscript><template><p>(AP) — According to The New York Times</p></template>';
  server.route('/quiet', {
    body: `<!doctype html><html><head><title>Gardens</title></head><body><nav>REPORTS · JAPAN · OUR APIS</nav>${hidden}<article><h1>Gardens</h1><p>A quiet story about gardens, told by nobody else.</p>${hidden}</article></body></html>`,
  });
  // A byline run straight into the next heading, in the page's text: "By" still opens it.
  server.route('/french', { body: fixtureHtml('fr-initialement-publie') });
  server.route('/german', { body: fixtureHtml('de-dateline-dpa') });
  server.route('/byline-run-on', {
    body: '<!doctype html><html><head><title>Wire</title></head><body><article><div class="byline">By AP</div><h2>WASHINGTON</h2><p>The council met on Tuesday.</p></article></body></html>',
  });
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium', () => {
  let tabId: number;
  let seedPage: Page;

  it('puts badges naming The Record and NBC News on the seed page', async () => {
    seedPage = await openSeed();
    const labels = await waitForBadges(seedPage, 2);
    expect(labels).toEqual(expect.arrayContaining(['The Record, first report', 'NBC News, step 2 of 3']));
    expect(labels).toHaveLength(2);
    // The page's own text is unchanged: badges live in shadow roots, not in the text.
    const text = await seedPage.evaluate(() => document.querySelector('article')!.textContent);
    expect(text).toContain('Hegseth’s order was first reported by The Record.');
    expect(text).not.toContain('first report,');
    await seedPage.screenshot({ path: join(ensureShotsDir(), 'chromium-seed-badges.png'), fullPage: false });
  });

  it('shows the number of upstream sources on the toolbar icon', async () => {
    tabId = await activeTabId();
    await expect
      .poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 })
      .toBe('2');
  });

  it('opens the whole chain in a card on keyboard focus', async () => {
    await seedPage.evaluate(() => {
      const host = document.querySelector('upstream-badge')!;
      (host.shadowRoot!.querySelector('.badge') as HTMLElement).focus();
    });
    const card = await seedPage.evaluate(() => {
      const host = document.querySelector('upstream-badge')!;
      const element = host.shadowRoot!.querySelector('.card') as HTMLElement;
      return { shown: getComputedStyle(element).display, text: element.textContent };
    });
    expect(card.shown).toBe('block');
    expect(card.text).toContain('The Record');
    expect(card.text).toContain('Network Today');
  });

  it('shows The Record → NBC News → Network Today in the popup, and jumps to the evidence', async () => {
    await seedPage.evaluate(() => window.scrollTo(0, 0));
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    const popupConsole: string[] = [];
    popup.on('console', (message) => popupConsole.push(`${message.type()}: ${message.text()}`));
    popup.on('pageerror', (error) => popupConsole.push(`pageerror: ${error.message}`));
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chain .node-name', { timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${error.message}\npopup said: ${await popup.innerText('body')}\n${popupConsole.join('\n')}`);
    });
    expect(await popup.$$eval('.chain .node-name', (nodes) => nodes.map((node) => node.textContent))).toEqual([
      'The Record',
      'NBC News',
      'Network Today',
    ]);
    expect(await popup.textContent('.chain')).toContain('first reported');
    // Which story: the page's headline and its date, in the reader's language.
    expect(await popup.textContent('.article cite')).toBe('Hegseth orders pause on U.S. offensive cyber operations against Russia');
    expect(await popup.getAttribute('.article time', 'datetime')).toBe('2025-03-03T09:12:00Z');
    expect(await popup.textContent('.article time')).toMatch(/2025/);
    await popup.screenshot({ path: join(ensureShotsDir(), 'chromium-popup.png'), fullPage: true });

    expect(await seedPage.evaluate(() => scrollY)).toBe(0);
    await popup.click('.chain .node:first-child button.evidence-quote');
    await expect.poll(() => seedPage.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(100);
    await popup.close();
  });

  it('copies the seed page as {{cite news}} and CSL-JSON from the popup', async () => {
    const popup = await session.context.newPage();
    // Chromium grants no clipboard permission to an extension's origin here ("opaque origin"): the
    // page's clipboard keeps what it is given instead, and the test reads that.
    await popup.addInitScript(() => {
      const copies: string[] = [];
      Object.assign(window, { copies });
      Object.defineProperty(navigator.clipboard, 'writeText', { value: async (text: string) => void copies.push(text) });
    });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chain .node-name', { timeout: 10_000 });
    const copies = () => popup.evaluate(() => (window as unknown as { copies: string[] }).copies);
    const copied = async (label: string) => {
      const before = (await copies()).length;
      await popup.getByRole('button', { name: label, exact: true }).click();
      await expect.poll(async () => (await copies()).length).toBe(before + 1);
      expect(await popup.textContent('.copy-status')).toBe('Copied');
      return (await copies()).at(-1)!;
    };
    const citation = await copied('Wikipedia');
    expect(citation).toMatch(/^\{\{cite news \|title=Hegseth orders pause on U\.S\. offensive cyber operations against Russia \|url=http:\/\/127\.0\.0\.1:\d+\/seed \|work=NBC News \|via=Network Today \|date=2025-03-03 \|access-date=\d{4}-\d{2}-\d{2}\}\}$/);
    const [item] = JSON.parse(await copied('CSL-JSON'));
    expect(item).toMatchObject({ type: 'article-newspaper', 'container-title': 'NBC News', source: 'Network Today', 'original-publisher': 'The Record' });
    // No source of the seed page has a known address: there is no original to cite.
    expect(await popup.getByRole('button', { name: 'Cite the original' }).count()).toBe(0);
    await popup.close();
  });

  it('removes the badges when the options page turns them off', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('#show-badges');
    expect(await options.isChecked('#show-badges')).toBe(true);
    await options.click('#show-badges');
    await expect.poll(() => badgeLabels(seedPage), { timeout: 10_000 }).toEqual([]);
    await options.click('#show-badges');
    await waitForBadges(seedPage, 2);
    await options.close();
  });

  it('reads the settings stored when a page opens: badges off there, the chain still counted, and on again when saved', async () => {
    // As the options page stores them (WXT's item: the value, and its version beside it).
    const store = (showBadges: boolean) =>
      session.worker.evaluate(async (show) => {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings as object), showBadges: show }, settings$: { v: 2 } });
      }, showBadges);
    await store(false);
    const page = await session.context.newPage();
    await page.goto(server.origin + '/seed');
    const pageId = await activeTabId();
    // The scan ran (the icon counts the chain) and put no badge in the page.
    await expect.poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), pageId), { timeout: 10_000 }).toBe('2');
    expect(await badgeLabels(page)).toEqual([]);
    await store(true);
    expect(await waitForBadges(page, 2)).toHaveLength(2);
    await page.close();
  });

  it('shows styled badges on a page whose CSP forbids all styles', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/csp`);
    const labels = await waitForBadges(page, 2);
    expect(labels).toContain('The Record, first report');
    const style = await page.evaluate(() => {
      const badge = document.querySelector('upstream-badge')!.shadowRoot!.querySelector('.badge')!;
      const computed = getComputedStyle(badge);
      return { radius: computed.borderTopLeftRadius, background: computed.backgroundColor, display: computed.display };
    });
    expect(style.display).toBe('inline-flex');
    expect(style.background).toBe('rgb(238, 244, 250)');
    await page.screenshot({ path: join(ensureShotsDir(), 'chromium-csp-badges.png') });
    await page.close();
  });

  it('says in the popup that a page without any attribution words was read, and names no source', async () => {
    const quiet = await session.context.newPage();
    await quiet.goto(server.origin + '/quiet');
    const quietId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${quietId}`);
    await popup.waitForSelector('.checked', { timeout: 10_000 });
    // What was checked, of the page by name: never a claim that the page is the original.
    expect(await popup.textContent('.summary')).toMatch(/^No earlier source named on \S.*\.$/);
    expect(await popup.textContent('.summary')).not.toMatch(/original|This page/);
    expect(await popup.textContent('.checked')).toContain('Checked the page text (no attribution words at all)');
    expect(await quiet.evaluate(() => document.querySelectorAll('upstream-badge').length)).toBe(0);
    await Promise.all([popup.close(), quiet.close()]);
  });

  it('finds an agency byline that runs straight into the next heading, and badges it', async () => {
    const page = await session.context.newPage();
    await page.goto(server.origin + '/byline-run-on');
    const pageId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('upstream-badge').length), { timeout: 10_000 }).toBe(1);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${pageId}`);
    await popup.waitForSelector('.chain', { timeout: 10_000 });
    expect(await popup.textContent('.summary')).toMatch(/^Written by the news agency Associated Press, then here on .+\.$/);
    expect(await popup.textContent('.chain-heading')).toContain('1 earlier source');
    expect(await popup.textContent('.chain')).toContain('Associated Press');
    await Promise.all([popup.close(), page.close()]);
  });

  it('reads a German dateline and a French credit line: badges, and the chain in the popup', async () => {
    for (const [path, source, page] of [
      ['/german', 'dpa', 'Seeblick Anzeiger'],
      ['/french', 'Le Monde', 'Courrier du Lac'],
    ] as const) {
      const tab = await session.context.newPage();
      await tab.goto(server.origin + path);
      const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
      // One badge: the picture's credit ("Foto: …/dpa", "Crédit photo : AFP") gets none.
      await expect.poll(() => badgeLabels(tab), { timeout: 10_000 }).toEqual([expect.stringContaining(source)]);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.chain', { timeout: 10_000 });
      const names = await popup.$$eval('.chain .node-name', (nodes) => nodes.map((node) => node.textContent));
      expect(names).toEqual([source, page]);
      await Promise.all([popup.close(), tab.close()]);
    }
  });

  it('says so in the popup when the tab is a browser page no extension may read', async () => {
    const internal = await session.context.newPage();
    await internal.goto('chrome://version');
    const internalId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${internalId}`);
    await popup.waitForSelector('[data-status="restricted"]', { timeout: 10_000 });
    expect(await popup.textContent('.state')).toContain('cannot read this page');
    await Promise.all([popup.close(), internal.close()]);
  });

  it('wrote nothing to the console', () => {
    expect(consoleErrors.filter((text) => /upstream|extension/i.test(text))).toEqual([]);
  });
});
