/**
 * The README's pictures, taken from the built extension in Chromium on the seed page served from
 * 127.0.0.1: the popup in light and dark, a badge with its card open, and the options page in light
 * and dark. `npm run build && npm run screenshots` writes them to docs/.
 */
import { join } from 'node:path';
import { fixtureHtml, launchChromium, ROOT } from '../tests/e2e/browsers';
import { startServer } from '../tests/e2e/server';

const DOCS = join(ROOT, 'docs');

async function main(): Promise<void> {
  const server = await startServer();
  server.route('/seed', { body: fixtureHtml('seed-network-today') });
  const session = await launchChromium();
  try {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.setViewportSize({ width: 760, height: 420 });
    await page.goto(`${server.origin}/seed`);
    await page.waitForFunction(() => document.querySelectorAll('upstream-badge').length >= 2, undefined, { timeout: 15_000 });
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);

    // A badge with its card open, as a keyboard user opens it.
    await page.evaluate(() => {
      const host = document.querySelector('upstream-badge')!;
      host.scrollIntoView({ block: 'center' });
      (host.shadowRoot!.querySelector('.badge') as HTMLElement).focus();
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(DOCS, 'badge-card.png') });

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.chain .node-name', { timeout: 15_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: join(DOCS, `popup-${scheme}.png`), fullPage: true });
    }

    const options = await session.context.newPage();
    await options.setViewportSize({ width: 700, height: 520 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('#show-badges');
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.screenshot({ path: join(DOCS, `options-${scheme}.png`), fullPage: true });
    }
    console.log(`wrote ${['badge-card', 'popup-light', 'popup-dark', 'options-light', 'options-dark'].map((name) => `docs/${name}.png`).join(', ')}`);
  } finally {
    await session.close();
    await server.close();
  }
}

void main();
