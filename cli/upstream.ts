/**
 * `upstream [--json] [--url URL] FILE...`: the provenance engine on saved pages.
 * Text output: the chain on the first line, then one line of evidence per link.
 */
import { analyzeDocument, formatText, type Provenance } from '../utils/provenance';
import { loadPage, PageError } from './load';

const USAGE = `usage: upstream [--json] [--url URL] FILE...

  --json       print the Provenance value as JSON (an array when several files are given)
  --url URL    the address the page was saved from (used for cross-site canonical links)
  -h, --help   show this help`;

class UsageError extends Error {}

interface Options {
  json: boolean;
  url?: string;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--json') options.json = true;
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

  let failed = 0;
  const results: { file: string; provenance: Provenance }[] = [];
  for (const file of options.files) {
    try {
      const document = await loadPage(file);
      const provenance = analyzeDocument(document, { url: options.url });
      if (options.json) results.push({ file, provenance });
      else {
        if (options.files.length > 1) process.stdout.write(`${results.length || failed ? '\n' : ''}==> ${file} <==\n`);
        process.stdout.write(`${formatText(provenance)}\n`);
        results.push({ file, provenance });
      }
    } catch (error) {
      failed++;
      const message = error instanceof PageError ? error.message : `${file}: ${(error as Error)?.message ?? String(error)}`;
      process.stderr.write(`upstream: ${message}\n`);
    }
  }
  if (options.json) {
    const value = options.files.length === 1 ? results[0]?.provenance : results;
    if (value !== undefined) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
