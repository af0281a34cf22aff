/**
 * `upstream report [--html FILE] RESULTS.jsonl`: what a `--jsonl` run found, as a table on standard
 * output and as one self-contained HTML page (inline styles and SVG bars: no script, font or image
 * is fetched, and its Content-Security-Policy forbids any) with the share of pages that name an
 * upstream, by relation and by source outlet. The results are read line by line and only counted.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { countOf, percent, ranked, Tally, type ResultLine } from './tally';

const USAGE = 'usage: upstream report [--html FILE] RESULTS.jsonl   (- reads standard input; the page goes to RESULTS.html by default)';

/** Outlets shown in the table and the chart; the rest are summed up in one line. */
const TOP_SOURCES = 25;

export async function main(argv: string[]): Promise<number> {
  let html: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--html' || arg.startsWith('--html=')) html = arg === '--html' ? argv[++i] : arg.slice('--html='.length);
    else if (arg.startsWith('-') && arg !== '-') return usage(`unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) return usage('give one RESULTS.jsonl');
  if (html === '') return usage('--html needs a file');
  const input = inputs[0];
  const out = html ?? (input === '-' ? 'upstream-report.html' : input.replace(/(\.jsonl)?$/i, '.html'));

  const tally = new Tally();
  let unreadable = 0;
  try {
    const stream = input === '-' ? process.stdin : createReadStream(input);
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      if (!text.trim()) continue;
      let line: ResultLine;
      try {
        line = JSON.parse(text);
        if (typeof line?.file !== 'string' || !('error' in line || Array.isArray(line.provenance?.chain))) throw new Error();
      } catch {
        unreadable++;
        continue;
      }
      tally.add(countOf(line));
    }
  } catch (error) {
    process.stderr.write(`upstream: ${input}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 1;
  }
  if (unreadable) process.stderr.write(`upstream: ${input}: ${unreadable} ${unreadable === 1 ? 'line is' : 'lines are'} not a result of upstream --jsonl; left out\n`);
  process.stdout.write(`${table(tally)}\n`);
  try {
    await writeFile(out, page(tally, input));
  } catch (error) {
    process.stderr.write(`upstream: ${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 1;
  }
  process.stdout.write(`\nreport: ${out}\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`upstream: ${message}\n${USAGE}\n`);
  return 2;
}

/** The rows shown for a map: the top ones, and the rest as one "others" row. */
function rows(map: Map<string, number>, limit = Infinity): [string, number][] {
  const all = ranked(map);
  if (all.length <= limit) return all;
  const rest = all.slice(limit).reduce((sum, [, count]) => sum + count, 0);
  return [...all.slice(0, limit), [`(${all.length - limit} others)`, rest]];
}

export function table(tally: Tally): string {
  const width = Math.max(24, ...[...tally.relations.keys(), ...ranked(tally.sources, TOP_SOURCES).map(([name]) => name), ...tally.errorKinds.keys()].map((key) => key.length + 2));
  const row = (label: string, count: number, share?: string) => `${label.padEnd(width)}${String(count).padStart(7)}${share ? share.padStart(8) : ''}`;
  const lines = [
    row('pages read', tally.pages),
    row('with an upstream', tally.withUpstream, percent(tally.withUpstream, tally.pages)),
    row('errors', tally.errors),
  ];
  const section = (title: string, map: Map<string, number>, limit?: number) => {
    if (!map.size) return;
    lines.push('', `${title.padEnd(width)}${'pages'.padStart(7)}${'share'.padStart(8)}`);
    for (const [name, count] of rows(map, limit)) lines.push(row(name, count, percent(count, tally.pages)));
  };
  section('by relation', tally.relations);
  section('by source outlet', tally.sources, TOP_SOURCES);
  if (tally.errorKinds.size) {
    lines.push('', 'errors by kind');
    for (const [kind, count] of ranked(tally.errorKinds)) lines.push(row(kind, count));
  }
  return lines.join('\n');
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A horizontal bar chart in inline SVG: one labelled bar per row, scaled to the page count. */
function bars(entries: [string, number][], whole: number): string {
  if (!entries.length) return '<p class="none">none</p>';
  const rowHeight = 22;
  const labelWidth = 220;
  const barWidth = 420;
  const height = entries.length * rowHeight;
  const parts = entries.map(([label, count], index) => {
    const y = index * rowHeight;
    const length = whole ? Math.max(1, Math.round((count / whole) * barWidth)) : 0;
    return (
      `<g><title>${escape(label)}: ${count} (${percent(count, whole)})</title>` +
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escape(label.length > 32 ? `${label.slice(0, 31)}…` : label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${length}" height="${rowHeight - 8}" rx="2"></rect>` +
      `<text x="${labelWidth + length + 6}" y="${y + 15}">${count} · ${percent(count, whole)}</text></g>`
    );
  });
  return `<svg role="img" viewBox="0 0 ${labelWidth + barWidth + 110} ${height}" width="${labelWidth + barWidth + 110}" height="${height}">${parts.join('')}</svg>`;
}

export function page(tally: Tally, source: string): string {
  const share = tally.pages ? tally.withUpstream / tally.pages : 0;
  const shareWidth = 640;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Upstream report: ${escape(source)}</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
  .figures { display: flex; gap: 2rem; flex-wrap: wrap; }
  .figures div { font-size: 1.6rem; font-weight: 600; } .figures span { display: block; font-size: .85rem; font-weight: 400; color: #5a6372; }
  svg { max-width: 100%; height: auto; font-size: 12px; } svg text { fill: #1d2330; } svg rect { fill: #3b6fd8; }
  .share rect.rest { fill: #d9dee8; } .none { color: #5a6372; }
  table { border-collapse: collapse; } td, th { padding: .15rem .8rem .15rem 0; text-align: left; } td.n { text-align: right; }
</style>
</head>
<body>
<h1>Upstream report</h1>
<p>From <code>${escape(source)}</code>.</p>
<div class="figures">
  <div>${tally.pages}<span>pages read</span></div>
  <div>${tally.withUpstream}<span>with an upstream (${percent(tally.withUpstream, tally.pages)})</span></div>
  <div>${tally.errors}<span>errors</span></div>
</div>
<h2>Share of pages with an upstream</h2>
<svg class="share" role="img" viewBox="0 0 ${shareWidth} 28" width="${shareWidth}" height="28"><title>${percent(tally.withUpstream, tally.pages)} of pages name an upstream</title><rect class="rest" x="0" y="0" width="${shareWidth}" height="28" rx="3"></rect><rect x="0" y="0" width="${Math.round(share * shareWidth)}" height="28" rx="3"></rect></svg>
<h2>By relation</h2>
${bars(ranked(tally.relations), tally.pages)}
<h2>By source outlet</h2>
${bars(rows(tally.sources, TOP_SOURCES), tally.pages)}
${
  tally.errorKinds.size
    ? `<h2>Errors</h2>\n<table>${ranked(tally.errorKinds)
        .map(([kind, count]) => `<tr><td>${escape(kind)}</td><td class="n">${count}</td></tr>`)
        .join('')}</table>`
    : ''
}
</body>
</html>
`;
}
