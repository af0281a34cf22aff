/**
 * The HTML pages in a WARC file (1.0 or 1.1, gzipped per record or not), read with warcio, the
 * Webrecorder project's parser: each `response` record whose HTTP status is 2xx and whose Content-Type
 * is HTML, with its `WARC-Target-URI` as the page's address. Other records (requests, metadata,
 * images, redirects, revisits) are skipped. A record cut short is one error, and ends the file: past a
 * cut nothing can be trusted to start where it says.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { LimitReader, WARCParser } from 'warcio';
import { MAX_PAGE_BYTES } from './load';

export type WarcPage =
  | { file: string; url?: string; bytes: Uint8Array; charset?: string }
  | { file: string; url?: string; error: string };

export const WARC_NAME = /\.warc(?:\.gz)?$/i;

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** `crawl.warc.gz#1234`: the record's byte offset, so a result can be found in the file again. */
function labelOf(path: string, offset: number): string {
  return `${path}#${offset}`;
}

export async function* warcPages(path: string, onBytes: (consumed: number) => void = () => {}): AsyncGenerator<WarcPage> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { file: path, error: `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}` };
    return;
  }
  const parser = new WARCParser(createReadStream(path));
  let records = 0;
  let offset = 0;
  try {
    for await (const record of parser) {
      records++;
      offset = parser.offset;
      const label = labelOf(path, offset);
      const url = record.warcTargetURI ?? undefined;
      const http = record.httpHeaders;
      const type = http?.headers.get('content-type') ?? '';
      const wanted = record.warcType === 'response' && http && /^2\d\d$/.test(String(http.statusCode)) && HTML_TYPE.test(type);
      if (!wanted) {
        await record.skipFully();
        onBytes(offset);
        continue;
      }
      if (record.warcContentLength > MAX_PAGE_BYTES) {
        await record.skipFully();
        yield { file: label, url, error: `${label}: too large (${Math.round(record.warcContentLength / 1048576)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB)` };
        continue;
      }
      await record.readFully(false);
      // The record's reader counts down the bytes its Content-Length promised; bytes still owed at the
      // end of the file mean the record was cut.
      if (record.reader instanceof LimitReader && record.reader.limit > 0) {
        yield { file: label, url, error: `${label}: truncated WARC record (${record.reader.limit} of its ${record.warcContentLength} bytes missing)` };
        return;
      }
      const bytes = await record.readFully(true);
      onBytes(offset);
      yield { file: label, url, bytes, charset: /charset\s*=\s*["']?([\w-]+)/i.exec(type)?.[1] };
    }
  } catch (error) {
    const at = parser.offset || offset;
    const label = labelOf(path, at);
    yield { file: label, error: `${label}: ${records ? 'broken WARC record' : 'not a WARC file'} (${(error as Error).message})` };
    return;
  }
  // A gzip member cut short yields no record at all: the parser just stops before the end.
  const end = parser.offset;
  if (records === 0 && size > 0) yield { file: path, error: `${path}: not a WARC file (no WARC record found)` };
  else if (end < size && records > 0) {
    const label = labelOf(path, end);
    yield { file: label, error: `${label}: truncated WARC record (the file ends inside it)` };
  }
  onBytes(size);
}
