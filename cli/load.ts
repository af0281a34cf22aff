/**
 * Reading saved pages from disk for the command line: bytes → text (in the page's own charset) →
 * a happy-dom Document. Every failure is a `PageError` with one line a person can act on.
 *
 * happy-dom rather than a faster parser: real pages carry IE conditional comments with several
 * <html> tags, two <body> tags and the like, and the tree must come out as a browser builds it.
 * Nothing on the page is run or fetched: scripts, styles, frames and navigation are all off.
 */
import { readFile, stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

export class PageError extends Error {}

/** Pages larger than this are refused rather than risking the machine's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

const HTML_SIGNS = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|table|script|link)[\s>/]/i;

function charsetOf(bytes: Buffer, sent?: string): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared =
    sent ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? /encoding="([\w-]+)"/i.exec(head)?.[1];
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

/**
 * What happy-dom's parser cannot take as a browser does, made harmless before it parses: a
 * processing instruction inside HTML ("<?xml version="1.0"?>" before an inline SVG) is a bogus
 * comment to a browser, and a style sheet inside an inline SVG ended happy-dom's whole document
 * (a Polish page lost its article after the header). Style sheets are never read here (no CSS is
 * applied, and the engine skips their text), so they go, wherever they are.
 */
export function forParser(html: string): string {
  let prepared = html.includes('<?') ? html.replace(/<\?([^>]*)>/g, '<!--?$1-->') : html;
  if (/<style[\s>]/i.test(prepared)) prepared = prepared.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  return prepared;
}

/**
 * Checks that bytes are an HTML page and decodes them, in `charset` when the server named one (a
 * WARC record's Content-Type), else in the charset the page declares.
 */
export function decodeHtml(bytes: Buffer, label: string, charset?: string): string {
  if (bytes.length === 0) throw new PageError(`${label}: the file is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new PageError(`${label}: not an HTML page (binary data)`);
  return checkHtml(new TextDecoder(charsetOf(bytes, charset)).decode(bytes), label);
}

/** Checks that text already decoded (a filter's input line) is an HTML page. */
export function checkHtml(text: string, label: string): string {
  if (!text.trim()) throw new PageError(`${label}: the file is empty`);
  if (text.slice(0, 8192).includes('\0')) throw new PageError(`${label}: not an HTML page (binary data)`);
  if (!HTML_SIGNS.test(text.slice(0, 65536))) throw new PageError(`${label}: not an HTML page (no HTML tags found)`);
  return text;
}

/** Counts what the parser tried to fetch: each attempt is refused, and a test keeps it at zero. */
export const refusedRequests: string[] = [];

/** A window that runs, loads and fetches nothing: scripts, styles, frames and navigation all off. */
function quietWindow(): Window {
  return new Window({
    // A base for relative URLs (preload links); nothing is ever fetched from it.
    url: 'https://upstream.invalid/',
    settings: {
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request, window: owner }) => {
            refusedRequests.push(request.url);
            return new owner.Response('', { status: 403 });
          },
        },
      },
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
}

function parseIn(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(forParser(html), 'text/html') as unknown as Document;
}

/**
 * What kept every parsed page alive in the one shared window (3.8 GB for 300 pages), found in heap
 * snapshots; each holds an element, and an element holds its whole document:
 * - happy-dom makes each element with an `id` a named property of the window
 *   (`window["nav-below"] = element`), also for `DOMParser` documents, and never takes it back;
 * - the window's virtual console keeps every message, and a refused `<iframe>` logs a DOMException
 *   whose stack holds the iframe element;
 * - each `<some-tag>` not defined as a custom element waits, in `customElements`, for a definition
 *   that never comes (no script runs).
 * This takes back all three after each parse. An `<iframe srcdoc>` still leaves a small child frame
 * in the window; `withPage`, a window per page that is closed, leaves nothing.
 */
function parseReleasingNames(window: Window, html: string): Document {
  const named = window as unknown as Record<string, unknown>;
  const before = new Set(Object.keys(named));
  const document = parseIn(window, html);
  // Only ids add keys here: nothing on the page runs.
  for (const key of Object.keys(named)) if (!before.has(key)) delete named[key];
  window.happyDOM.virtualConsolePrinter.clear();
  const registry = window.customElements as unknown as Record<symbol, unknown>;
  for (const symbol of Object.getOwnPropertySymbols(registry)) {
    const value = registry[symbol];
    if (symbol.description === 'callbacks' && value instanceof Map) value.clear();
  }
  return document;
}

const shared = quietWindow();

/**
 * A document parsed in the shared window. It is freed like any object once the caller drops it (the
 * window keeps no reference to it); for many pages in a row, `withPage` is the surer way.
 */
export function parseDocument(html: string): Document {
  return parseReleasingNames(shared, html);
}

/** gzip's first two bytes: a saved page may be `page.html.gz`, or gzipped under any name. */
function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A page's text from disk (gunzipped when it is gzip), or a `PageError` saying why not. */
export async function readHtml(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PageError(`${path}: is a directory, not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof PageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (size > MAX_PAGE_BYTES) throw tooLarge(path, size);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_PAGE_BYTES });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new PageError(`${path}: too large once unzipped (the limit is ${MAX_PAGE_BYTES / 1048576} MB)`);
      throw new PageError(`${path}: broken gzip (${(error as Error).message})`);
    }
  }
  return decodeHtml(bytes, path);
}

function tooLarge(label: string, size: number): PageError {
  return new PageError(`${label}: too large (${Math.round(size / 1048576)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB)`);
}

/** A page from disk, parsed in the shared window (see `parseDocument`). */
export async function loadPage(path: string): Promise<Document> {
  return parseDocument(await readHtml(path));
}

/**
 * Reads a page, parses it in a window of its own, runs `fn` on it, then closes the window, so the
 * page's whole DOM is freed once `fn` is done, however many pages a run reads (the eval uses this).
 * `fn` must not keep the document or its nodes; plain data it returns is fine.
 */
export async function withPage<T>(path: string, fn: (document: Document) => T | Promise<T>): Promise<T> {
  return withHtml(await readHtml(path), fn);
}

/** `withPage` for a page's text already in hand (a WARC record, a filter's input line). */
export async function withHtml<T>(html: string, fn: (document: Document) => T | Promise<T>): Promise<T> {
  const window = quietWindow();
  try {
    return await fn(parseIn(window, html));
  } finally {
    await window.happyDOM.close();
    collectIfLarge();
  }
}

/**
 * A closed page is garbage, but V8 collects lazily and a window is a heavy piece of garbage (its own
 * script context and some 400 classes), so after a run of large pages the heap reached 1.4 GB of
 * dead windows. Past this much heap, a full collection runs before the next page (some 20 in both corpora).
 */
const COLLECT_ABOVE_BYTES = 256 * 1024 * 1024;
let collect: (() => void) | undefined;
function collectIfLarge(): void {
  if (process.memoryUsage().heapUsed < COLLECT_ABOVE_BYTES) return;
  if (!collect) {
    // `global.gc` without `--expose-gc` on the command line (the way jest's leak detector gets it).
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
