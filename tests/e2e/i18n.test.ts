/**
 * The built extension in Chromium set to German: the popup, the options page and the badges speak
 * German and say so in `lang`, while the evidence quotes stay exactly as the page wrote them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { ensureShotsDir, fixtureHtml, launchChromium, type ChromiumSession } from './browsers';
import { startServer, type TestServer } from './server';

const GERMAN_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat beschließt neuen Radweg</title>
<meta property="og:site_name" content="Lokalblatt Kreuzberg"></head><body><article><h1>Stadtrat beschließt neuen Radweg</h1>
<p>Berlin (dpa) - Der Berliner Senat hat am Dienstag den Bau eines neuen Radwegs entlang der Spree beschlossen.</p>
<p>Die Arbeiten sollen im Frühjahr beginnen und rund zwölf Millionen Euro kosten.</p>
</article><footer>© 2025 Lokalblatt Kreuzberg</footer></body></html>`;

let session: ChromiumSession;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let server: TestServer;

/** Chromium with its interface in German (see launchChromium's `lang`). */
async function launchGerman(): Promise<void> {
  session = await launchChromium({ lang: 'de' });
  ({ context, worker, extensionId } = session);
}

async function openTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(server.origin + path);
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
  return { page, tabId };
}

async function openPopup(tabId: number, ready = '.chain .node-name'): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector(ready, { timeout: 10_000 }).catch(async (error) => {
    throw new Error(`${error.message}\npopup said: ${await popup.innerText('body')}`);
  });
  return popup;
}

/** Each badge's label and the `lang` of its root, read through the open shadow roots. */
function badges(page: Page): Promise<{ label: string; lang: string; card: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('upstream-badge'))
      .filter((host) => host.getAttribute('data-kind') !== 'highlight')
      .map((host) => ({
        label: host.shadowRoot?.querySelector('.label')?.textContent ?? '',
        lang: (host.shadowRoot?.querySelector('.root') as HTMLElement | null)?.lang ?? '',
        card: host.shadowRoot?.querySelector('.card')?.textContent ?? '',
      })),
  );
}

async function waitForBadges(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('upstream-badge:not([data-kind="highlight"])').length >= n, count, {
    timeout: 15_000,
  });
  return badges(page);
}

beforeAll(async () => {
  server = await startServer();
  server.route('/radweg', { body: GERMAN_PAGE });
  server.route('/seed', { body: fixtureHtml('seed-network-today') });
  server.route('/quiet', {
    body: '<!doctype html><html><head><title>Gärten</title></head><body><article><h1>Gärten</h1><p>Eine ruhige Geschichte über Gärten.</p></article></body></html>',
  });
  await launchGerman();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium in German', () => {
  it('badges a German wire story in German, with lang="de" on the badge', async () => {
    const { page } = await openTab('/radweg');
    const [badge, ...rest] = await waitForBadges(page, 1);
    expect(rest).toEqual([]);
    expect(badge.label).toBe('dpa, Erstmeldung');
    expect(badge.lang).toMatch(/^de\b/);
    expect(badge.card).toContain('Woher diese Meldung stammt');
    expect(badge.card).toContain('Lokalblatt Kreuzberg (diese Seite)');
    await page.close();
  });

  it('shows the popup in German, and the dateline exactly as the page wrote it', async () => {
    const { page, tabId } = await openTab('/radweg');
    await waitForBadges(page, 1);
    const popup = await openPopup(tabId);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    expect(await popup.textContent('.summary')).toBe('Geschrieben von der Nachrichtenagentur dpa, dann hier bei Lokalblatt Kreuzberg.');
    expect(await popup.textContent('.chain-heading')).toBe('1 frühere Quelle vor Lokalblatt Kreuzberg.');
    const chain = (await popup.textContent('.chain'))!;
    expect(chain).toContain('Agenturmeldung');
    expect(chain).toContain('diese Seite');
    expect(chain).toMatch(/\d+\s% sicher/u);
    expect(await popup.textContent('.evidence-kind')).toBe('Ortsmarke');
    expect(await popup.textContent('.evidence-quote')).toBe(
      '„Berlin (dpa) - Der Berliner Senat hat am Dienstag den Bau eines neuen Radwegs entlang der Spree beschlossen.“',
    );
    const footer = await popup.innerText('.actions');
    expect(footer).toContain('Kopieren');
    expect(footer).toContain('Erneut prüfen');
    expect(await popup.textContent('.top .link')).toContain('Einstellungen');
    await popup.screenshot({ path: join(ensureShotsDir(), 'chromium-popup-de.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it('labels the seed page’s chain in German: plural, relations, evidence kinds', async () => {
    const { page, tabId } = await openTab('/seed');
    const labels = (await waitForBadges(page, 2)).map((badge) => badge.label);
    expect(labels).toEqual(expect.arrayContaining(['The Record, Erstmeldung', 'NBC News, Schritt 2 von 3']));
    const popup = await openPopup(tabId);
    expect(await popup.textContent('.summary')).toBe('Zuerst berichtet von The Record, ursprünglich veröffentlicht von NBC News, dann hier bei Network Today.');
    expect(await popup.textContent('.chain-heading')).toBe('2 frühere Quellen vor Network Today.');
    const relations = await popup.$$eval('.chain .node-relation', (nodes) => nodes.map((node) => node.textContent));
    expect(relations[0]).toContain('zuerst berichtet');
    expect(relations[1]).toContain('ursprünglich veröffentlicht');
    expect(relations[2]).toBe('diese Seite');
    expect(await popup.$$eval('.chain .evidence-kind', (nodes) => nodes.map((node) => node.textContent))).toContain('im Text');
    // The page's English sentence is quoted as written, in German quotation marks.
    expect(await popup.textContent('.chain .node:first-child .evidence-quote')).toMatch(/^„.*first reported by The Record.*“$/);
    expect(await popup.textContent('.trace-note')).toBe('The Record wird genannt, aber die Seite verlinkt die Fassung dort nicht.');
    await Promise.all([popup.close(), page.close()]);
  });

  it('says in German that a page names no source', async () => {
    const { page, tabId } = await openTab('/quiet');
    const popup = await openPopup(tabId, '.checked');
    expect(await popup.textContent('.summary')).toMatch(/^Keine frühere Quelle auf \S.* genannt\.$/);
    expect(await popup.textContent('.checked')).toContain('Geprüft: der Seitentext (keine Wörter, die auf eine Quelle hinweisen)');
    await Promise.all([popup.close(), page.close()]);
  });

  it('shows the options page in German', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('#show-badges');
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    expect(await options.title()).toBe('Upstream-Einstellungen');
    expect(await options.textContent('label[for="show-badges"]')).toBe('Markierungen auf Seiten anzeigen');
    expect(await options.textContent('#save-sites')).toBe('Websites speichern');
    await options.close();
  });
});
