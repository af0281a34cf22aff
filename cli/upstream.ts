/**
 * `upstream [--format FORMAT] [--url URL] FILE...`: the provenance engine on saved pages.
 * Text output: the chain on the first line, then one line of evidence per link.
 */
import { analyzeDocument, formatCsl, formatMarkdown, formatText, formatWikipedia, formatWikipediaOriginal, type Provenance } from '../utils/provenance';
import { DEFAULT_MAX_STEPS, readerFrom, traceUpstream } from '../utils/trace';
import { fetchPage } from './fetch';
import { decodeHtml, loadPage, PageError, parseDocument } from './load';

const FORMATS = ['text', 'json', 'markdown', 'wikipedia', 'csl'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: upstream [--format FORMAT] [--url URL] FILE...
       upstream --follow [--max-steps N] [--format FORMAT] URL|FILE

  --format FORMAT  text (default), json (the Provenance value; an array when several files are given),
                   markdown, wikipedia ({{cite news}}) or csl (CSL-JSON, for citation managers)
  --json           the same as --format json
  --url URL        the address the page was saved from (used for cross-site canonical links)
  --follow         read each source's own page over HTTP(S) and extend the chain (10 s, 5 MB per page)
  --max-steps N    pages read at most with --follow (default ${DEFAULT_MAX_STEPS})
  -h, --help       show this help`;

class UsageError extends Error {}

interface Options {
  format: Format;
  url?: string;
  follow: boolean;
  maxSteps: number;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { format: 'text', follow: false, maxSteps: DEFAULT_MAX_STEPS, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') options.format = 'json';
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (!FORMATS.includes(value as Format)) throw new UsageError(`--format needs one of ${FORMATS.join(', ')}`);
      options.format = value as Format;
    }
    else if (arg === '--follow') options.follow = true;
    else if (arg === '--max-steps' || arg.startsWith('--max-steps=')) {
      const value = Number(arg === '--max-steps' ? argv[++i] : arg.slice('--max-steps='.length));
      if (!Number.isInteger(value) || value < 1 || value > 20) throw new UsageError('--max-steps needs a whole number from 1 to 20');
      options.maxSteps = value;
    }
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError('--url needs a URL');
      try {
        const url = new URL(value);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
        options.url = url.href;
      } catch {
        throw new UsageError(`--url: not an http(s) URL: ${value}`);
      }
    } else if (arg === '--') options.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no file given');
  if (options.follow && options.files.length > 1) throw new UsageError('--follow takes one URL or file');
  return options;
}

export async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`upstream: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  if (options.follow) return follow(options);

  let failed = 0;
  const results: { file: string; provenance: Provenance }[] = [];
  for (const file of options.files) {
    try {
      const document = await loadPage(file);
      const provenance = analyzeDocument(document, { url: options.url });
      if (options.format === 'json') results.push({ file, provenance });
      else if (options.format === 'csl') results.push({ file, provenance });
      else {
        if (options.files.length > 1) process.stdout.write(`${results.length || failed ? '\n' : ''}==> ${file} <==\n`);
        process.stdout.write(`${formatted(provenance, options)}\n`);
        results.push({ file, provenance });
      }
    } catch (error) {
      failed++;
      const message = error instanceof PageError ? error.message : `${file}: ${(error as Error)?.message ?? String(error)}`;
      process.stderr.write(`upstream: ${message}\n`);
    }
  }
  if (options.format === 'json') {
    const value = options.files.length === 1 ? results[0]?.provenance : results;
    if (value !== undefined) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  // One CSL-JSON array of every page's item: what a citation manager imports in one go.
  if (options.format === 'csl' && results.length) {
    const items = results.flatMap(({ provenance }) => formatCsl(provenance, { url: options.url, accessed: new Date() }));
    process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

/** A page's result in a format for people (text, Markdown, {{cite news}}). */
function formatted(provenance: Provenance, options: Options): string {
  const url = options.url ?? provenance.article?.url;
  switch (options.format) {
    case 'markdown':
      return formatMarkdown(provenance, url);
    case 'wikipedia': {
      // The citation as read, then, where the chain knows its address, the original's.
      const accessed = new Date();
      const original = formatWikipediaOriginal(provenance, { accessed });
      return [formatWikipedia(provenance, { url, accessed }), ...(original ? [original] : [])].join('\n');
    }
    default:
      return formatText(provenance);
  }
}

const STEP_LABEL = { reading: 'reading', found: 'found', 'no-source': 'no source named', blocked: 'blocked', failed: 'failed' } as const;
const STOP_LABEL = {
  origin: 'the origin names no further source',
  'no-url': 'no page to read',
  cycle: 'the pages name each other (a cycle)',
  'max-steps': 'step limit reached',
  blocked: 'a page was blocked',
  failed: 'a page could not be read',
} as const;

/** `--follow`: the start page (a URL or a saved file), then each source's own page. */
async function follow(options: Options): Promise<number> {
  const target = options.files[0];
  let start: Provenance;
  let startUrl: string;
  try {
    if (/^https?:\/\//i.test(target)) {
      const outcome = await fetchPage(target);
      if (!outcome.ok) throw new PageError(`${target}: ${outcome.error}`);
      startUrl = outcome.url;
      start = analyzeDocument(parseDocument(decodeHtml(Buffer.from(outcome.html), target)), { url: startUrl });
    } else {
      startUrl = options.url ?? `file://${target}`;
      start = analyzeDocument(await loadPage(target), { url: options.url });
    }
  } catch (error) {
    process.stderr.write(`upstream: ${error instanceof PageError ? error.message : (error as Error).message}\n`);
    return 1;
  }
  const trace = await traceUpstream(start, startUrl, {
    maxSteps: options.maxSteps,
    readPage: readerFrom(fetchPage, (html) => parseDocument(html)),
  });
  const provenance: Provenance = { ...start, chain: trace.chain };
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...provenance, trace: { steps: trace.steps, stoppedBecause: trace.stoppedBecause } }, null, 2)}\n`);
    return 0;
  }
  if (options.format === 'csl') {
    process.stdout.write(`${JSON.stringify(formatCsl(provenance, { url: startUrl, accessed: new Date() }), null, 2)}\n`);
    return 0;
  }
  if (options.format !== 'text') {
    process.stdout.write(`${formatted(provenance, { ...options, url: options.url ?? (/^https?:/.test(startUrl) ? startUrl : undefined) })}\n`);
    return 0;
  }
  process.stdout.write(`${formatText(provenance)}\n`);
  process.stdout.write('Trace:\n');
  for (const step of trace.steps) {
    const added = step.added.length ? `: ${step.added.join(', ')}` : '';
    process.stdout.write(`  ${step.name} <${step.url}>: ${STEP_LABEL[step.status]}${added}${step.error ? ` (${step.error})` : ''}\n`);
  }
  const unreadable = trace.stoppedBecause === 'no-url' && trace.unreadable ? ` (${trace.unreadable} is known, but the page gives no URL for it)` : '';
  process.stdout.write(`  stopped: ${STOP_LABEL[trace.stoppedBecause]}${unreadable}\n`);
  return 0;
}
