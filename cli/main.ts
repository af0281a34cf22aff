/**
 * The `upstream` command's entry (what dist/cli/upstream.mjs is built from): one saved page or a few
 * go to `upstream.ts`; `--jsonl` runs a batch (files, folders, WARC, a filter on standard input) and
 * `report` summarises a batch's output. Each is imported only when asked for, so a single page's run
 * does not load the worker pool, the WARC reader or the report's page.
 */
export const BATCH_USAGE = `       upstream --jsonl [--jobs N] [--url-map FILE] PATH...   (PATH: a page, a folder, a .warc[.gz], or - for a list of paths)
       upstream --jsonl --stdin-html [--jobs N]                (reads {"url","html"} lines, for Spark, Hadoop Streaming, GNU parallel)
       upstream report [--html FILE] RESULTS.jsonl

  --jsonl          one JSON line per page, in input order: {file, url, provenance} or {file, error}
  --jobs N         worker threads (default: the number of cores)
  --url-map FILE   the address each page was saved from: lines of PATH<TAB>URL, or a JSON object {path: url}
  --stdin-html     filter mode: JSON lines {url, html} (or {id, url, html}) in, result lines out
  report           a table of a --jsonl run, and a self-contained HTML page with charts (default RESULTS.html)`;

/** Options before `--` only: after it, every argument is a file name. */
function hasOption(argv: string[], name: string): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes(name);
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'report') return (await import('./report')).main(argv.slice(1));
  if (hasOption(argv, '--jsonl')) return (await import('./batch')).main(argv);
  const single = await import('./upstream');
  const code = await single.main(argv);
  if (code === 0 && (hasOption(argv, '-h') || hasOption(argv, '--help'))) process.stdout.write(`${BATCH_USAGE}\n`);
  return code;
}
