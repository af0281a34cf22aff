/**
 * Fetching a page for `upstream --follow`, with the same limits as the extension: http(s) only,
 * 10 s, 5 MB, HTML only. Every failure is a short reason, never an exception.
 */
import type { FetchOutcome } from '../utils/trace';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;

export async function fetchPage(url: string, timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_FETCH_BYTES): Promise<FetchOutcome> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 'failed', error: 'not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, status: 'failed', error: 'not an http(s) URL' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
    if (!response.ok) return { ok: false, status: 'failed', error: `HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (!/html/i.test(type)) return { ok: false, status: 'failed', error: `not HTML (${type || 'no content type'})` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return { ok: false, status: 'failed', error: `too big (${Math.round(declared / 1048576)} MB)` };
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const part = await reader!.read();
      if (part.done) break;
      size += part.value.length;
      if (size > maxBytes) {
        controller.abort();
        return { ok: false, status: 'failed', error: `too big (over ${maxBytes / 1048576} MB)` };
      }
      chunks.push(part.value);
    }
    return { ok: true, html: new TextDecoder().decode(Buffer.concat(chunks)), url: response.url || parsed.href };
  } catch (error) {
    return { ok: false, status: 'failed', error: controller.signal.aborted ? `timed out after ${timeoutMs / 1000} s` : String((error as Error).message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}
