/**
 * What a reader gets from the built extension in Chromium, checked the way a reader meets it: axe-core
 * (injected from node_modules) on the popup in each state, on the options page and on an open badge
 * card (inside its shadow root), in light and dark; every control reached and used with the keyboard
 * alone, with a visible focus; real font sizes; the per-site switch; the options page asking first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureHtml, launchChromium, type ChromiumSession } from './browsers';
import { startServer, type TestServer } from './server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: ChromiumSession;
let server: TestServer;
let sources: TestServer;

interface AxeOutcome {
  violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  /** Targets of the nodes that passed, to show axe looked where we meant it to. */
  passedTargets: unknown[][];
}

/**
 * Runs axe-core in the page. `selector`: only inside these elements (and their shadow roots, which
 * axe enters on its own). evaluate() runs the source through the debugger, so the extension pages'
 * CSP does not stop it.
 */
async function axe(page: Page, selector?: string): Promise<AxeOutcome> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const runner = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<any> } }).axe;
    const context = within ? document.querySelectorAll(within) : document;
    const result = await runner.run(context, { resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((violation: any) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node: any) => ({ target: node.target, failureSummary: node.failureSummary })),
      })),
      passedTargets: result.passes.flatMap((rule: any) => rule.nodes.map((node: any) => node.target)),
    };
  }, selector);
}

async function expectNoViolations(page: Page, selector?: string): Promise<AxeOutcome> {
  const outcome = await axe(page, selector);
  expect(outcome.violations, JSON.stringify(outcome.violations, null, 2)).toEqual([]);
  return outcome;
}

async function openTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(server.origin + path);
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
  return { page, tabId };
}

async function openPopup(query: string, ready: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?${query}`);
  await popup.waitForSelector(ready, { timeout: 15_000 }).catch(async (error) => {
    throw new Error(`${error.message}\npopup said: ${await popup.innerText('body')}`);
  });
  return popup;
}

/** What has the keyboard's focus: its tag, class and text, and whether the focus shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    return {
      tag: element.localName,
      id: element.id,
      className: element.className,
      text: (element.textContent ?? '').trim().slice(0, 60),
      visible: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
    };
  });
}

/** Tabs through the page from its start until the focus comes back round; each stop as `focused` says. */
async function tabStops(page: Page, limit = 60) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) break;
    if (stops.length && JSON.stringify(stop) === JSON.stringify(stops[0])) break;
    stops.push(stop);
  }
  return stops;
}

/** Presses Tab until the focus is on an element matching `selector` (in the page, not a shadow root). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let index = 0; index < limit; index++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => !!document.activeElement?.matches(wanted), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const story = (site: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:site_name" content="${site}"><title>Story | ${site}</title></head>` +
  `<body><main><article><h1>Hegseth orders pause on cyber operations</h1><p>Defense Secretary Pete Hegseth has ordered a halt.</p>${body}</article></main></body></html>`;

beforeAll(async () => {
  server = await startServer();
  sources = await startServer();
  sources.route('/story', { body: story('NBC News', '<p>The order was given in late February.</p>') });
  server.route('/seed', { body: fixtureHtml('seed-network-today') });
  server.route('/seed-dark', {
    body: fixtureHtml('seed-network-today').replace('</head>', '<style>html, body { background: #121212; color: #eeeeee; }</style></head>'),
  });
  server.route('/quiet', {
    body: '<!doctype html><html lang="en"><head><title>Gardens</title><meta property="og:site_name" content="Gardens Weekly"></head><body><main><h1>Gardens</h1><p>A quiet story about gardens.</p></main></body></html>',
  });
  server.route('/linked', {
    body: story('Network Today', `<p>This article was originally published on <a href="${sources.origin}/story">NBCNews.com</a></p>`),
  });
  // A page long enough to scroll, with the badge's sentence near its top.
  const filler = Array.from({ length: 40 }, (_, index) => `<p>Paragraph ${index + 1} of a long report on the council's budget.</p>`).join('');
  server.route('/long', {
    body: story('Network Today', `<p style="margin-top:200px">Hegseth’s order was first reported by The Record.</p>${filler}`),
  });
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await Promise.all([server?.close(), sources?.close()]);
});

describe('the popup, for every reader', () => {
  let seed: { page: Page; tabId: number };

  it('has no axe violations with a chain, in light and in dark, and follows the colour scheme', async () => {
    seed = await openTab('/seed');
    await seed.page.waitForSelector('upstream-badge', { state: 'attached', timeout: 15_000 });
    const popup = await openPopup(`tab=${seed.tabId}`, '.chain .node-name');
    const colours = () =>
      popup.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.summary')!).color,
      }));
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await expectNoViolations(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    await expectNoViolations(popup);
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
    expect(light.background).toBe('rgb(255, 255, 255)');
    await popup.close();
  });

  it('sets real font sizes: nothing is shrunk to Chrome’s 75%, and no secondary line is larger than the main one', async () => {
    const popup = await openPopup(`tab=${seed.tabId}`, '.chain .node-name');
    const size = (selector: string) => popup.$eval(selector, (element) => parseFloat(getComputedStyle(element).fontSize));
    const body = await size('body');
    const summary = await size('.summary');
    const name = await size('.chain .node-name');
    const relation = await size('.chain .node-relation');
    const kind = await size('.chain .evidence-kind');
    const quote = await size('.chain .evidence-quote');
    expect(body).toBe(13);
    expect(summary).toBeGreaterThanOrEqual(13);
    expect(name).toBeGreaterThanOrEqual(13);
    expect(quote).toBeGreaterThanOrEqual(13);
    for (const secondary of [relation, kind]) {
      expect(secondary).toBeGreaterThanOrEqual(11);
      expect(secondary).toBeLessThanOrEqual(name);
    }
    await popup.close();
  });

  it('says the chain in one sentence first, reads the chain as a list origin first with each relation, and links each known source', async () => {
    const popup = await openPopup(`tab=${seed.tabId}`, '.chain .node-name');
    const first = await popup.$eval('main > :not(header)', (element) => ({ className: element.className, text: element.textContent }));
    expect(first).toEqual({ className: 'summary', text: 'First reported by The Record, originally published by NBC News, then here on Network Today.' });
    const snapshot = await popup.locator('.chain').ariaSnapshot();
    // The chain's own items (the evidence under each is a list of its own, one level deeper).
    const depth = (line: string) => line.length - line.trimStart().length;
    const lines = snapshot.split('\n');
    const itemDepth = Math.min(...lines.filter((line) => /- listitem/.test(line)).map(depth));
    const items = lines.filter((line) => /- listitem/.test(line) && depth(line) === itemDepth);
    if (items.length !== 3) console.log(snapshot);
    expect(items).toHaveLength(3);
    expect(snapshot).toMatch(/list "Where this story came from, origin first"/);
    const order = ['The Record', 'NBC News', 'Network Today'].map((name) => snapshot.indexOf(name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const relation of ['first reported', 'originally published', 'this page']) expect(snapshot).toContain(relation);
    // The arrows are drawn, not read.
    expect(snapshot).not.toContain('↓');
    // The seed page links no source's copy: no source is made a link it does not have.
    expect(await popup.$$('.chain a.node-name')).toHaveLength(0);
    await popup.close();
  });

  it('is used with the keyboard alone: every control is a tab stop with a visible focus, and Enter shows the passage', async () => {
    await seed.page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(`tab=${seed.tabId}`, '.chain .node-name');
    const stops = await tabStops(popup);
    const names = stops.map((stop) => `${stop.tag}.${stop.className}`);
    expect(names).toEqual(
      expect.arrayContaining(['input.', 'button.link', 'button.evidence-quote', 'summary.']),
    );
    for (const text of ['Settings', 'Text', 'Markdown', 'JSON', 'Scan again', 'What “sure” means']) {
      expect(stops.map((stop) => stop.text), text).toContain(text);
    }
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
    // Every control of the popup is among the stops.
    const controls = await popup.$$eval('button:not(:disabled), a[href], input, summary', (elements) => elements.length);
    expect(stops).toHaveLength(controls);

    // Enter on the first quote scrolls the page to it.
    await tabTo(popup, '.chain .node:first-child button.evidence-quote');
    await popup.keyboard.press('Enter');
    await expect.poll(() => seed.page.evaluate(() => scrollY), { timeout: 5_000 }).toBeGreaterThan(100);
    // Space on the explanation opens it.
    await tabTo(popup, '.confidence-help summary');
    await popup.keyboard.press('Space');
    expect(await popup.$eval('.confidence-help', (element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await popup.textContent('.confidence-help p')).toMatch(/counts most/);
    await popup.close();
  });

  it('turns itself off on the site from the popup, and back on, with the keyboard', async () => {
    const popup = await openPopup(`tab=${seed.tabId}`, '.chain .node-name');
    const site = new URL(server.origin).hostname;
    expect(await popup.textContent('.site-switch')).toBe(`Off on ${site}`);
    // Beside Settings, in the header.
    expect(await popup.$eval('.site-switch', (element) => element.parentElement!.querySelector('button.link')?.textContent)).toBe('Settings');
    await tabTo(popup, '.site-switch input');
    await popup.keyboard.press('Space');
    await popup.waitForSelector('[data-status="disabled"]');
    expect(await popup.textContent('.state')).toBe(`Upstream is off on ${site}: it reads nothing there and shows no badges.`);
    await expect.poll(() => seed.page.evaluate(() => document.querySelectorAll('upstream-badge:not([data-kind="highlight"])').length), { timeout: 10_000 }).toBe(0);
    const stored = () => session.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { disabledSites: string[] }).disabledSites);
    expect(await stored()).toEqual([site]);
    await expectNoViolations(popup);

    await popup.focus('.site-switch input');
    await popup.keyboard.press('Space');
    await popup.waitForSelector('.chain .node-name', { timeout: 15_000 });
    expect(await stored()).toEqual([]);
    await expect.poll(() => seed.page.evaluate(() => document.querySelectorAll('upstream-badge:not([data-kind="highlight"])').length), { timeout: 10_000 }).toBe(2);
    await popup.close();
  });

  it('has no axe violations when the page names no source, and says what was checked of the page by name', async () => {
    const { page, tabId } = await openTab('/quiet');
    const popup = await openPopup(`tab=${tabId}`, '.checked');
    expect(await popup.textContent('.summary')).toBe('No earlier source named on Gardens Weekly.');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(popup);
    }
    await Promise.all([popup.close(), page.close()]);
  });

  it('has no axe violations in its error state, and offers Try again to the keyboard', async () => {
    const popup = await openPopup('tab=987654321', '.error');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(popup);
    }
    const stops = await tabStops(popup);
    expect(stops.map((stop) => stop.text)).toEqual(expect.arrayContaining(['Settings', 'Try again']));
    expect(stops.every((stop) => stop.visible)).toBe(true);
    await popup.close();
  });

  it('has no axe violations while Trace upstream waits for the permission prompt', async () => {
    const { page, tabId } = await openTab('/linked');
    await page.waitForSelector('upstream-badge', { state: 'attached', timeout: 15_000 });
    const popup = await openPopup(`tab=${tabId}`, '.trace-button');
    // The source is a link to its copy: a new tab, the whole address on hover.
    const link = await popup.$eval('.chain a.node-name', (element) => ({
      text: element.textContent,
      href: (element as HTMLAnchorElement).href,
      title: element.getAttribute('title'),
      target: element.getAttribute('target'),
    }));
    expect(link).toEqual({ text: 'NBC News', href: `${sources.origin}/story`, title: `${sources.origin}/story`, target: '_blank' });
    await tabTo(popup, '.trace-button');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.trace-cancel');
    expect(await popup.textContent('.trace-permission')).toBe(`Waiting for your permission to read ${new URL(sources.origin).hostname}…`);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(popup);
    }
    expect((await focused(popup))?.className).toBe('trace-cancel');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the options page, for every reader', () => {
  it('has no axe violations in light and dark, and follows the colour scheme', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('#show-badges');
    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await options.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await expectNoViolations(options);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await expectNoViolations(options);
    expect(await options.$eval('label[for="show-badges"]', (element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(13);
    await options.close();
  });

  it('is used with the keyboard alone, says "Saved" beside the control that changed, and asks before emptying the site list', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('#show-badges');
    const stops = await tabStops(options);
    expect(stops.map((stop) => stop.tag)).toEqual(['input', 'input', 'input', 'textarea', 'button', 'button']);
    expect(stops.every((stop) => stop.visible)).toBe(true);

    const statuses = () => options.$$eval('.saved', (elements) => Object.fromEntries(elements.map((element) => [element.id, element.textContent])));
    await tabTo(options, '#remember-traces');
    await options.keyboard.press('Space');
    await expect.poll(statuses).toMatchObject({ 'remember-traces-status': 'Saved; traced pages forgotten', 'show-badges-status': '', 'sites-status': '' });
    await options.keyboard.press('Space');

    await tabTo(options, '#disabled-sites');
    await options.keyboard.type('example.com\nnews.example.org');
    await tabTo(options, '#save-sites');
    await options.keyboard.press('Enter');
    await expect.poll(statuses).toMatchObject({ 'sites-status': 'Saved', 'remember-traces-status': '' });

    // Restore defaults asks first; Cancel keeps the list.
    await tabTo(options, '#restore-defaults');
    await options.keyboard.press('Enter');
    await options.waitForSelector('#restore-question');
    expect(await options.textContent('#restore-question')).toBe(
      'This also empties your list of sites where Upstream stays off (2 sites). Restore the defaults?',
    );
    // The question takes the focus once it is shown (an effect after the render): asked, not assumed.
    await expect.poll(async () => (await focused(options))?.id).toBe('restore-confirm');
    expect((await focused(options))?.text).toBe('Restore defaults');
    await expectNoViolations(options);
    await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    expect(await options.$('#restore-question')).toBeNull();
    expect(await options.inputValue('#disabled-sites')).toBe('example.com\nnews.example.org');

    await options.click('#restore-defaults');
    // Enter before the question has the focus would press Restore defaults again, not Yes.
    await expect.poll(async () => (await focused(options))?.id).toBe('restore-confirm');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.inputValue('#disabled-sites')).toBe('');
    await expect.poll(statuses).toMatchObject({ 'sites-status': 'Defaults restored' });
    await options.close();
  });
});

describe('a badge card, for every reader', () => {
  it('has no axe violations inside the badges’ shadow roots, open, in a light and a dark page', async () => {
    const { page } = await openTab('/seed');
    await page.waitForFunction(() => document.querySelectorAll('upstream-badge').length >= 2, undefined, { timeout: 15_000 });
    await page.evaluate(() => (document.querySelector('upstream-badge')!.shadowRoot!.querySelector('.badge') as HTMLElement).focus());
    expect(await page.evaluate(() => document.querySelector('upstream-badge')!.hasAttribute('data-open'))).toBe(true);
    const outcome = await expectNoViolations(page, 'upstream-badge');
    // axe went into the shadow roots: it names nodes there by a path through the host.
    expect(outcome.passedTargets.some((target) => Array.isArray(target[0]) || (target.length > 1 && target[0] === 'upstream-badge'))).toBe(true);

    // On a dark page the badges take their dark theme, and still pass.
    const dark = await openTab('/seed-dark');
    await dark.page.waitForFunction(() => document.querySelectorAll('upstream-badge').length >= 2, undefined, { timeout: 15_000 });
    await dark.page.evaluate(() => (document.querySelector('upstream-badge')!.shadowRoot!.querySelector('.badge') as HTMLElement).focus());
    expect(await dark.page.evaluate(() => document.querySelector('upstream-badge')!.getAttribute('data-theme'))).toBe('dark');
    await expectNoViolations(dark.page, 'upstream-badge');
    await Promise.all([page.close(), dark.page.close()]);
  });

  it('is reached with Tab, opens its card, is tied to it for screen readers, and the card follows it as the page scrolls', async () => {
    const { page } = await openTab('/long');
    await page.setViewportSize({ width: 900, height: 500 });
    await page.waitForSelector('upstream-badge', { state: 'attached', timeout: 15_000 });
    // Tab from the top of the page lands on the badge (the page has no other control).
    await page.keyboard.press('Tab');
    const state = () =>
      page.evaluate(() => {
        const host = document.querySelector('upstream-badge')!;
        const badge = host.shadowRoot!.querySelector('.badge') as HTMLElement;
        const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
        return {
          focused: host.shadowRoot!.activeElement === badge,
          focusVisible: badge.matches(':focus-visible') && getComputedStyle(badge).outlineStyle !== 'none',
          open: host.hasAttribute('data-open'),
          expanded: badge.getAttribute('aria-expanded'),
          describedBy: badge.getAttribute('aria-describedby'),
          controls: badge.getAttribute('aria-controls'),
          cardId: card.id,
          name: badge.getAttribute('aria-label'),
          label: badge.textContent,
          badgeBottom: badge.getBoundingClientRect().bottom,
          cardTop: card.getBoundingClientRect().top,
        };
      });
    const before = await state();
    expect(before).toMatchObject({ focused: true, focusVisible: true, open: true, expanded: 'true', name: 'Upstream: The Record, first report', label: '↑The Record, first report' });
    expect(before.describedBy).toBe(before.cardId);
    expect(before.controls).toBe(before.cardId);
    expect(before.cardTop - before.badgeBottom).toBeGreaterThanOrEqual(0);
    expect(before.cardTop - before.badgeBottom).toBeLessThan(12);

    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await state()).badgeBottom, { timeout: 5_000 }).toBeLessThan(before.badgeBottom - 60);
    await expect
      .poll(async () => {
        const now = await state();
        return Math.round(now.cardTop - now.badgeBottom);
      }, { timeout: 5_000 })
      .toBe(Math.round(before.cardTop - before.badgeBottom));

    // Scrolled out of view, the card closes instead of hanging over the text.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(async () => (await state()).open, { timeout: 5_000 }).toBe(false);
    expect((await state()).expanded).toBe('false');

    // Escape closes an open card.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Enter');
    expect((await state()).open).toBe(true);
    await page.keyboard.press('Escape');
    expect((await state()).open).toBe(false);
    await page.close();
  });
});
