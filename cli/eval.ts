/**
 * `npm run eval -- ../shared/corpus [../shared/corpus-world …] [--check]`: scores the engine against
 * labelled corpora (each folder holds a labels.json), one folder after the other, then in total.
 *
 * The pages are read in place; nothing is copied. Each page is parsed in a window of its own that is
 * closed once the page is scored (`withPage`), so memory stays flat however many pages are read.
 * The figures, the misses (CHAIN, FALSE, CITE, DOWN, PAGE, ERROR lines) and the `--check` bar are
 * defined in `score.ts`; `--check` holds every folder to the bar and exits 1 when one falls below.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../utils/provenance';
import errataFile from './label-errata.json';
import { withPage } from './load';
import {
  addFigures,
  applyErrata,
  checkFailures,
  emptyFigures,
  languageLine,
  pageUrlFor,
  scoreCorpus,
  sortLanguages,
  summaryLines,
  type Erratum,
  type Figures,
  type LabelPage,
  type PageResult,
} from './score';

export { matches, pageUrlFor } from './score';

const USAGE = 'usage: npm run eval -- CORPUS_FOLDER… [--check] (each folder holds labels.json)\n';

async function analyseFolder(folder: string, labels: LabelPage[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const label of labels) {
    try {
      const provenance = await withPage(join(folder, label.file), (document) =>
        analyzeDocument(document, { url: pageUrlFor(label) }),
      );
      results.push({ provenance });
    } catch (error) {
      results.push({ error: (error as Error).message });
    }
  }
  return results;
}

function write(lines: string[]): void {
  process.stdout.write(lines.join('\n') + '\n');
}

const ERRATA = errataFile.errata as Erratum[];

export async function main(argv: string[]): Promise<number> {
  const folders = argv.filter((arg) => !arg.startsWith('-'));
  const check = argv.includes('--check');
  if (!folders.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  const corpora: { folder: string; labels: LabelPage[] }[] = [];
  for (const folder of folders) {
    try {
      const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')).pages as LabelPage[];
      const { corrected, applied } = applyErrata(basename(realpathSync(folder)), labels, ERRATA);
      if (applied.length) process.stdout.write(`label errata: ${applied.length} applied from cli/label-errata.json (${applied.join(', ')})\n`);
      corpora.push({ folder, labels: corrected });
    } catch (error) {
      process.stderr.write(`eval: cannot read ${join(folder, 'labels.json')}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const started = performance.now();
  const total = emptyFigures();
  const languages = new Map<string, Figures>();
  const failed: string[] = [];
  for (const [index, { folder, labels }] of corpora.entries()) {
    const folderStarted = performance.now();
    const score = scoreCorpus(labels, await analyseFolder(folder, labels));
    addFigures(total, score.total);
    for (const [language, figures] of score.languages) {
      addFigures(languages.get(language) ?? languages.set(language, emptyFigures()).get(language)!, figures);
    }
    if (index > 0) process.stdout.write('\n');
    process.stdout.write(score.misses.length ? `Misses:\n${score.misses.join('\n')}\n\n` : 'No misses.\n\n');
    write([
      `corpus: ${labels.length} pages in ${dirname(join(folder, 'labels.json'))} (${score.total.uncertain} uncertain, not scored)`,
      ...summaryLines(score.total),
      ...[...score.languages].map(([language, figures]) => languageLine(language, figures)),
      `time: ${((performance.now() - folderStarted) / 1000).toFixed(1)} s`,
    ]);
    if (check) {
      const failures = checkFailures(score.total);
      if (failures.length) {
        failed.push(folder);
        process.stderr.write(`eval: check failed for ${folder}: ${failures.join('; ')}\n`);
      } else {
        process.stdout.write(`eval: check passed for ${folder}\n`);
      }
    }
  }

  if (corpora.length > 1) {
    write([
      '',
      `total: ${total.pages} pages in ${corpora.length} folders (${total.uncertain} uncertain, not scored)`,
      ...summaryLines(total),
      ...[...sortLanguages(languages)].map(([language, figures]) => languageLine(language, figures)),
    ]);
  }
  write([
    `peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    `time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ]);
  if (check) {
    if (failed.length) {
      process.stderr.write(`eval: check failed (${failed.join(', ')})\n`);
      return 1;
    }
    process.stdout.write('eval: check passed\n');
  }
  return 0;
}

/** Run only as a script (`tsx cli/eval.ts`), not when a test imports this module. */
function isScript(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isScript()) process.exitCode = await main(process.argv.slice(2));
