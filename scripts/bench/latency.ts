/**
 * The latency bench: from document_idle to the badges on the page, with the real built extension in
 * Chromium, its background woken from stopped (a stopped service worker loads the registry and the
 * suffix list again) or already running.
 *
 * document_idle is not visible from the page. Chromium runs idle scripts at the window's load or
 * 200 ms after DOMContentLoaded, whichever is first; with every sub-resource refused, load comes
 * right after DOMContentLoaded, so the time counted from there is the script's own, at most a
 * little more.
 */
import type { BrowserContext } from 'playwright-core';

export interface LatencyRow {
  page: string;
  coldWorker: boolean;
  badgeMs: number | null;
}

/** Installed before the page's own scripts: the moment the first badge is put in. */
function watchBadges(): void {
  const scope = globalThis as { upstreamFirstBadgeAt?: number };
  new MutationObserver((records, observer) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && (node as Element).localName === 'upstream-badge') {
          scope.upstreamFirstBadgeAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function stopWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
}

export async function measureLatency(
  context: BrowserContext,
  pages: { name: string; html: string }[],
  runs: number,
): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  await context.addInitScript(watchBadges);
  for (const { name, html } of pages) {
    const url = `https://latency.invalid/${encodeURIComponent(name)}`;
    for (let run = 0; run < runs * 2; run++) {
      const coldWorker = run % 2 === 0;
      if (coldWorker) await stopWorkers(context);
      const page = await context.newPage();
      await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        const badgeMs = await page
          .waitForFunction(
            () => {
              const at = (globalThis as { upstreamFirstBadgeAt?: number }).upstreamFirstBadgeAt;
              if (at === undefined) return null;
              const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
              const idle = Math.min(navigation.loadEventEnd || Infinity, navigation.domContentLoadedEventEnd + 200);
              return Math.max(0, at - idle);
            },
            undefined,
            { timeout: 5_000, polling: 20 },
          )
          .then((handle) => handle.jsonValue() as Promise<number>)
          .catch(() => null);
        rows.push({ page: name, coldWorker, badgeMs });
      } finally {
        await page.close();
      }
    }
  }
  return rows;
}
