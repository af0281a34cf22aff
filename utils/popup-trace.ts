/**
 * "Trace upstream" in the popup: reads each source's page with the browser's fetch, only on sites
 * the person allowed (optional host permission, asked at the click), with the CLI's limits, and
 * remembers what it found for 24 hours.
 */
import { browser } from 'wxt/browser';
import { analyzeDocument } from './provenance/scan';
import type { Provenance } from './provenance/types';
import { getSettings } from './settings-store';
import { cachedTrace, rememberTrace } from './trace-cache';
import { traceUpstream, type PageReader, type ReadOutcome, type TraceResult, type TraceStep } from './trace';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** The origin pattern the permission prompt asks for: this one site. */
export function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.protocol}//${parsed.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks for the site of the next page to read. Must run straight from the click: a prompt needs the
 * person's gesture, so nothing may be awaited before it.
 */
export function requestSite(url: string): Promise<boolean> {
  const origin = originPattern(url);
  if (!origin) return Promise.resolve(false);
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

/** How long the popup waits for an answer at the browser's permission prompt before it gives up. */
export const PERMISSION_TIMEOUT_MS = 60_000;

export type PermissionAnswer = 'granted' | 'refused' | 'timed-out' | 'cancelled';

/**
 * The prompt's answer, or the popup's own end to the wait: the person pressed Cancel (`signal`), or
 * no answer came in `timeoutMs`. The browser's prompt cannot be withdrawn; a late answer is ignored.
 */
export function awaitPermission(asked: Promise<boolean>, signal: AbortSignal, timeoutMs = PERMISSION_TIMEOUT_MS): Promise<PermissionAnswer> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (answer: PermissionAnswer) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = () => settle('cancelled');
    if (signal.aborted) return settle('cancelled');
    signal.addEventListener('abort', onAbort);
    timer = setTimeout(() => settle('timed-out'), timeoutMs);
    asked.then(
      (granted) => settle(granted ? 'granted' : 'refused'),
      () => settle('refused'),
    );
  });
}

async function fetchAndRead(url: string): Promise<ReadOutcome> {
  const origin = originPattern(url);
  if (!origin) return { ok: false, status: 'failed', error: 'not an http(s) URL' };
  if (!(await browser.permissions.contains({ origins: [origin] }))) {
    return { ok: false, status: 'blocked', error: `no permission to read ${new URL(url).hostname}` };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    if (!response.ok) return { ok: false, status: 'failed', error: `HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (!/html/i.test(type)) return { ok: false, status: 'failed', error: 'not HTML' };
    const reader = response.body!.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      size += chunk.value.length;
      if (size > MAX_PAGE_BYTES) {
        controller.abort();
        return { ok: false, status: 'failed', error: 'too big (over 5 MB)' };
      }
      parts.push(chunk.value);
    }
    const html = await new Blob(parts as BlobPart[]).text();
    const finalUrl = response.url || url;
    // DOMParser builds an inert document: no script runs and nothing is loaded from it.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { ok: true, url: finalUrl, provenance: analyzeDocument(doc, { url: finalUrl }) };
  } catch {
    return { ok: false, status: 'failed', error: controller.signal.aborted ? 'timed out after 10 s' : 'could not be read' };
  } finally {
    clearTimeout(timer);
  }
}

export const readWithCache: PageReader = async (url) => {
  const remember = (await getSettings()).rememberTraces;
  const cached = remember ? await cachedTrace(url).catch(() => undefined) : undefined;
  if (cached) return { ok: true, url: cached.finalUrl, provenance: cached.provenance };
  const outcome = await fetchAndRead(url);
  if (outcome.ok && remember) await rememberTrace(url, outcome.url, outcome.provenance).catch(() => undefined);
  return outcome;
};

export function runTrace(start: Provenance, pageUrl: string, onStep: (steps: TraceStep[]) => void): Promise<TraceResult> {
  return traceUpstream(start, pageUrl, { readPage: readWithCache, onStep });
}

/** The URL the next trace step would read, for the permission prompt at the click. */
export function nextUrl(provenance: Provenance, alreadyRead: string[]): string | undefined {
  return provenance.chain.slice(0, -1).find((node) => node.url && !alreadyRead.includes(node.url))?.url;
}
