/**
 * The single-page command's steps timed one by one, for `npm run bench:cli` (bundled like the
 * command itself, each step's modules in a chunk of their own so its compile time counts in that
 * step). Prints one JSON object of milliseconds.
 */
const seed = process.argv[2];
const at = [performance.now()];
const mark = () => at.push(performance.now());
await import('happy-dom');
mark();
const engine = await import('../utils/provenance');
mark();
const load = await import('../cli/load');
mark();
const document = await load.loadPage(seed);
mark();
const provenance = engine.analyzeDocument(document, {});
mark();
const text = engine.formatText(provenance);
mark();
const steps = ['happy-dom import', 'engine import (registry, packs, patterns)', 'CLI loader import (its window)', 'read and parse the seed', 'analyse', 'format'];
const times: Record<string, number> = { 'node start-up until the script runs': at[0] };
steps.forEach((step, index) => (times[step] = at[index + 1] - at[index]));
if (!text.startsWith('The Record')) throw new Error(`unexpected chain: ${text.split('\n')[0]}`);
process.stdout.write(`${JSON.stringify(times)}\n`);
