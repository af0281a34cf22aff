/**
 * Reading saved pages from disk for the command line: bytes → text (in the page's own charset) →
 * a happy-dom Document. Every failure is a `PageError` with one line a person can act on.
 *
 * happy-dom rather than a faster parser: real pages carry IE conditional comments with several
 * <html> tags, two <body> tags and the like, and the tree must come out as a browser builds it.
 * Nothing on the page is run or fetched: scripts, styles, frames and navigation are all off.
 */
import { readFile, stat } from 'node:fs/promises';
import { Window } from 'happy-dom';

export class PageError extends Error {}

/** Pages larger than this are refused rather than risking the machine's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

const HTML_SIGNS = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|table|script|link)[\s>/]/i;

function charsetOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? /encoding="([\w-]+)"/i.exec(head)?.[1];
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

/** Checks that bytes are an HTML page and decodes them. */
export function decodeHtml(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new PageError(`${label}: the file is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new PageError(`${label}: not an HTML page (binary data)`);
  const text = new TextDecoder(charsetOf(bytes)).decode(bytes);
  if (!text.trim()) throw new PageError(`${label}: the file is empty`);
  if (!HTML_SIGNS.test(text.slice(0, 65536))) throw new PageError(`${label}: not an HTML page (no HTML tags found)`);
  return text;
}

/** Counts what the parser tried to fetch: each attempt is refused, and a test keeps it at zero. */
export const refusedRequests: string[] = [];

const window = new Window({
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
const parser = new window.DOMParser();

export function parseDocument(html: string): Document {
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

export async function loadPage(path: string): Promise<Document> {
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
  if (size > MAX_PAGE_BYTES) throw new PageError(`${path}: too large (${Math.round(size / 1048576)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseDocument(decodeHtml(bytes, path));
}
