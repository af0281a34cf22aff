/**
 * A batch worker thread: takes one page at a time from the main thread, parses it in a window of its
 * own that is closed as soon as the result is made (`withHtml`), and sends back the result line
 * already serialised, with the few counts the summary needs. Nothing of a page outlives its message.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../utils/provenance';
import { checkHtml, decodeHtml, PageError, readHtml, withHtml } from './load';
import { countOf, type PageCount, type ResultLine } from './tally';

export type PageTask = { id: number; file: string; url?: string } & (
  | { path: string }
  | { bytes: Uint8Array; charset?: string }
  | { html: string }
);

export interface PageDone {
  id: number;
  line: string;
  count: PageCount;
}

async function htmlOf(task: PageTask): Promise<string> {
  if ('path' in task) return readHtml(task.path);
  if ('bytes' in task) return decodeHtml(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.file, task.charset);
  return checkHtml(task.html, task.file);
}

export async function run(task: PageTask): Promise<PageDone> {
  const url = task.url ?? null;
  let result: ResultLine;
  try {
    const provenance = await withHtml(await htmlOf(task), (document) => analyzeDocument(document, { url: task.url }));
    result = { file: task.file, url, provenance };
  } catch (error) {
    const message = error instanceof PageError ? error.message : `${task.file}: ${(error as Error)?.message ?? String(error)}`;
    result = { file: task.file, url, error: message };
  }
  return { id: task.id, line: JSON.stringify(result), count: countOf(result) };
}

if (parentPort) {
  const port = parentPort;
  // One page at a time, in the order sent: the main thread keeps at most a couple queued here.
  let queue = Promise.resolve();
  port.postMessage('ready');
  port.on('message', (task: PageTask) => {
    queue = queue.then(async () => port.postMessage(await run(task)));
  });
}
