/**
 * `upstream --jsonl [--jobs N] [--url-map FILE] PATH...` and `upstream --jsonl --stdin-html`: many
 * pages in one run, one JSON line each on standard output, in input order, whatever order the worker
 * threads finish in. The main thread lists the inputs and reads WARC files; workers parse and analyse.
 * At most a few pages per worker are in flight (read, queued or waiting for their turn to be written),
 * so memory stays flat however many pages a run reads. A bad page is one error line, never the end.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { PageDone, PageTask } from './batch-worker';
import { Progress } from './progress';
import { countOf, percent, ranked, Tally, type ResultLine } from './tally';
import { WARC_NAME, warcPages } from './warc';

export const PAGE_NAME = /\.(?:html?|html?\.gz)$/i;

class UsageError extends Error {}

interface BatchOptions {
  jobs: number;
  urlMap?: string;
  stdinHtml: boolean;
  paths: string[];
}

function parseBatchArgs(argv: string[]): BatchOptions {
  const options: BatchOptions = { jobs: availableParallelism(), stdinHtml: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') continue;
    else if (arg === '--stdin-html') options.stdinHtml = true;
    else if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = Number(arg === '--jobs' ? argv[++i] : arg.slice('--jobs='.length));
      if (!Number.isInteger(value) || value < 1 || value > 256) throw new UsageError('--jobs needs a whole number from 1 to 256');
      options.jobs = value;
    } else if (arg === '--url-map' || arg.startsWith('--url-map=')) {
      const value = arg === '--url-map' ? argv[++i] : arg.slice('--url-map='.length);
      if (!value) throw new UsageError('--url-map needs a file');
      options.urlMap = value;
    } else if (arg === '--') options.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`${arg} does not go with --jsonl`);
    else options.paths.push(arg);
  }
  if (options.stdinHtml && options.paths.length) throw new UsageError('--stdin-html reads standard input only; give no PATH');
  if (!options.stdinHtml && options.paths.length === 0) throw new UsageError('no PATH given (a file, a folder, a .warc[.gz], or - for a list on standard input)');
  if (options.stdinHtml && options.urlMap) throw new UsageError('--url-map does not go with --stdin-html (each line has its url)');
  if (options.paths.filter((path) => path === '-').length > 1) throw new UsageError('- (standard input) can be given once');
  return options;
}

/** `PATH<TAB>URL` lines or a JSON object `{path: url}`; paths relative to the map file's folder. */
async function readUrlMap(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--url-map: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const base = dirname(resolve(file));
  const entries: [string, string][] = [];
  if (text.trimStart().startsWith('{')) {
    try {
      for (const [path, url] of Object.entries(JSON.parse(text) as Record<string, unknown>)) if (typeof url === 'string') entries.push([path, url]);
    } catch (error) {
      throw new UsageError(`--url-map: ${file} is not valid JSON (${(error as Error).message})`);
    }
  } else {
    for (const [index, line] of text.split(/\r?\n/).entries()) {
      if (!line.trim() || line.startsWith('#')) continue;
      const tab = line.lastIndexOf('\t');
      if (tab < 0) throw new UsageError(`--url-map: ${file}:${index + 1}: expected PATH<TAB>URL`);
      entries.push([line.slice(0, tab), line.slice(tab + 1).trim()]);
    }
  }
  const map = new Map<string, string>();
  for (const [path, url] of entries) {
    try {
      if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
    } catch {
      throw new UsageError(`--url-map: not an http(s) URL for ${path}: ${url}`);
    }
    map.set(resolve(base, path), url);
  }
  return map;
}

type Input =
  | { kind: 'page'; path: string; size: number }
  | { kind: 'warc'; path: string; size: number }
  | { kind: 'error'; file: string; error: string };

function readError(path: string, error: unknown): Input {
  const code = (error as NodeJS.ErrnoException).code;
  return { kind: 'error', file: path, error: `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}` };
}

/**
 * The pages of each PATH, in the order given: a file as it is (a WARC file by its name), a folder's
 * pages and WARC files recursively in name order. Listing comes first so the progress bar knows the
 * total; a list of paths takes far less memory than any one page.
 */
async function collect(path: string, into: Input[], explicit = true): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    into.push(readError(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      into.push(readError(path, error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await stat(child).catch(() => undefined))?.isDirectory())) await collect(child, into, false);
      else if (PAGE_NAME.test(entry.name) || WARC_NAME.test(entry.name)) await collect(child, into, false);
    }
  } else if (explicit || PAGE_NAME.test(path) || WARC_NAME.test(path)) {
    into.push({ kind: WARC_NAME.test(path) ? 'warc' : 'page', path, size: info.size });
  }
}

async function* stdinLines(): AsyncGenerator<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** The worker threads, each given at most `depth` pages at once, the least busy first. */
class Pool {
  private readonly workers: { worker: Worker; pending: PageTask[]; started: boolean }[] = [];
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly onDone: (done: PageDone) => void,
    private readonly onFatal: (message: string) => void,
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): { worker: Worker; pending: PageTask[]; started: boolean } {
    // A page that fills a worker's heap ends that worker only (ERR_WORKER_OUT_OF_MEMORY), not the run.
    const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const slot = { worker, pending: [] as PageTask[], started: false };
    worker.on('message', (done: PageDone | 'ready') => {
      if (done === 'ready') {
        slot.started = true;
        return;
      }
      const index = slot.pending.findIndex((task) => task.id === done.id);
      if (index >= 0) slot.pending.splice(index, 1);
      this.onDone(done);
    });
    const lost = (reason: string) => {
      if (this.closing || !this.workers.includes(slot)) return;
      // A worker that never started is no page's fault, and the next would fail the same way.
      if (!slot.started) return this.onFatal(`a worker thread could not start (${reason})`);
      this.workers.splice(this.workers.indexOf(slot), 1, this.spawn());
      const [current, ...rest] = slot.pending;
      slot.pending = [];
      if (current) {
        const line: ResultLine = { file: current.file, url: current.url ?? null, error: `${current.file}: the page stopped its worker (${reason})` };
        this.onDone({ id: current.id, line: JSON.stringify(line), count: countOf(line) });
      }
      for (const task of rest) this.submit(task);
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  }

  submit(task: PageTask): void {
    const slot = this.workers.reduce((best, candidate) => (candidate.pending.length < best.pending.length ? candidate : best));
    slot.pending.push(task);
    const transfer = 'bytes' in task && task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? [task.bytes.buffer as ArrayBuffer] : [];
    slot.worker.postMessage(task, transfer);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/** Results written in input order; sending waits while too many pages are in flight or stdout is full. */
class Ordered {
  private readonly waiting = new Map<number, PageDone>();
  private nextId = 0;
  private nextToWrite = 0;
  private wake: (() => void) | undefined;
  private stdoutFull = false;
  readonly tally = new Tally();
  bytesDone = 0;
  private readonly sizes = new Map<number, number>();

  constructor(
    private readonly window: number,
    private readonly progress: Progress,
  ) {
    process.stdout.on('drain', () => {
      this.stdoutFull = false;
      this.poke();
    });
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** An id for the next page, once there is room for it. */
  async next(size = 0): Promise<number> {
    while (this.stdoutFull || this.nextId - this.nextToWrite >= this.window) await new Promise<void>((resolve) => (this.wake = resolve));
    if (size) this.sizes.set(this.nextId, size);
    return this.nextId++;
  }

  done(result: PageDone): void {
    this.waiting.set(result.id, result);
    while (this.waiting.has(this.nextToWrite)) {
      const ready = this.waiting.get(this.nextToWrite)!;
      this.waiting.delete(this.nextToWrite);
      if (!process.stdout.write(`${ready.line}\n`)) this.stdoutFull = true;
      this.tally.add(ready.count);
      this.bytesDone += this.sizes.get(this.nextToWrite) ?? 0;
      this.sizes.delete(this.nextToWrite);
      this.nextToWrite++;
    }
    this.progress.update(this.tally.pages + this.tally.errors, this.bytesDone);
    this.poke();
  }

  async drained(): Promise<void> {
    while (this.nextToWrite < this.nextId) await new Promise<void>((resolve) => (this.wake = resolve));
  }
}

function errorDone(id: number, file: string, error: string, url?: string): PageDone {
  const line: ResultLine = { file, url: url ?? null, error };
  return { id, line: JSON.stringify(line), count: countOf(line) };
}

async function runPaths(pool: Pool, ordered: Ordered, inputs: Input[], urls: Map<string, string>): Promise<void> {
  for (const input of inputs) {
    if (input.kind === 'error') ordered.done(errorDone(await ordered.next(), input.file, input.error));
    else if (input.kind === 'page') {
      const id = await ordered.next(input.size);
      pool.submit({ id, file: input.path, url: urls.get(resolve(input.path)), path: input.path });
    } else {
      const before = ordered.bytesDone;
      for await (const page of warcPages(input.path, (consumed) => (ordered.bytesDone = before + consumed))) {
        const id = await ordered.next();
        if ('error' in page) ordered.done(errorDone(id, page.file, page.error, page.url));
        else pool.submit({ id, file: page.file, url: page.url, bytes: page.bytes, charset: page.charset });
      }
    }
  }
}

/** Filter mode: `{url, html}` lines (an `id` or `file` names the result; else `-:LINE`). */
async function runFilter(pool: Pool, ordered: Ordered): Promise<void> {
  let number = 0;
  for await (const text of stdinLines()) {
    number++;
    if (!text.trim()) continue;
    const id = await ordered.next();
    let value: { id?: unknown; file?: unknown; url?: unknown; html?: unknown };
    try {
      value = JSON.parse(text);
      if (!value || typeof value !== 'object') throw new Error('not an object');
    } catch (error) {
      ordered.done(errorDone(id, `-:${number}`, `-:${number}: not a JSON line (${(error as Error).message})`));
      continue;
    }
    const name = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : typeof value.file === 'string' ? value.file : `-:${number}`;
    const url = typeof value.url === 'string' && /^https?:\/\//i.test(value.url) ? value.url : undefined;
    if (typeof value.html !== 'string') ordered.done(errorDone(id, name, `${name}: no "html" string in the line`, url));
    else pool.submit({ id, file: name, url, html: value.html });
  }
}

/** CPU time of the whole process, every thread: on a busy machine it says what the wall time cannot. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function summary(tally: Tally, seconds: number, jobs: number): string {
  const rss = process.resourceUsage().maxRSS * 1024;
  const read = tally.pages + tally.errors;
  const lines = [
    `upstream: ${tally.pages} pages in ${seconds.toFixed(1)} s (${(read / Math.max(seconds, 0.001)).toFixed(1)} a second, ${jobs} ${jobs === 1 ? 'job' : 'jobs'}, CPU ${cpuSeconds().toFixed(1)} s), peak RSS ${Math.round(rss / 1048576)} MB`,
    `  with an upstream: ${tally.withUpstream} (${percent(tally.withUpstream, tally.pages)})`,
  ];
  if (tally.relations.size) lines.push(`  by relation: ${ranked(tally.relations).map(([name, count]) => `${name} ${count}`).join(', ')}`);
  if (tally.agencies.size) lines.push(`  top agencies: ${ranked(tally.agencies, 10).map(([name, count]) => `${name} ${count}`).join(', ')}`);
  lines.push(`  errors: ${tally.errors}${tally.errors ? ` (${ranked(tally.errorKinds).map(([kind, count]) => `${kind} ${count}`).join(', ')})` : ''}`);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  let options: BatchOptions;
  let urls = new Map<string, string>();
  try {
    options = parseBatchArgs(argv);
    if (options.urlMap) urls = await readUrlMap(options.urlMap);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`upstream: ${error.message}\n`);
    return 2;
  }
  const started = performance.now();

  const inputs: Input[] = [];
  if (!options.stdinHtml) {
    for (const path of options.paths) {
      if (path !== '-') await collect(path, inputs);
      else for await (const line of stdinLines()) if (line.trim()) await collect(line.trim(), inputs);
    }
  }
  const totalBytes = options.stdinHtml ? undefined : inputs.reduce((sum, input) => sum + ('size' in input ? input.size : 0), 0);
  const progress = new Progress(process.stderr, totalBytes);
  const ordered = new Ordered(Math.max(4, options.jobs * 3), progress);
  let fatal: ((message: string) => void) | undefined;
  const failed = new Promise<string>((resolve) => (fatal = resolve));
  const pool = new Pool(options.jobs, (done) => ordered.done(done), (message) => fatal!(message));
  let failure: string | undefined;
  try {
    const work = (async () => {
      if (options.stdinHtml) await runFilter(pool, ordered);
      else await runPaths(pool, ordered, inputs, urls);
      await ordered.drained();
    })();
    failure = await Promise.race([work.then(() => undefined), failed]);
  } finally {
    await pool.close();
  }
  if (failure) {
    progress.end();
    process.stderr.write(`upstream: ${failure}\n`);
    return 1;
  }
  progress.end();
  process.stderr.write(`${summary(ordered.tally, (performance.now() - started) / 1000, options.jobs)}\n`);
  // A filter's errors are data (a map task must not fail over one bad page); a run over files says so.
  return ordered.tally.errors && !options.stdinHtml ? 1 : 0;
}
