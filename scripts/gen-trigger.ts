/**
 * `npm run gen:trigger`: writes utils/provenance/trigger-sources.{page,analysis}.json, the trigger
 * patterns' word lists built from the language packs and the wire registry (see
 * utils/provenance/trigger-build.ts). `npm run build` runs it first; tests/unit/trigger.test.ts
 * fails when the files are older than the words.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTriggerSources } from '../utils/provenance/trigger-build';

// From the module's own path: under vitest, `new URL(…, import.meta.url)` is an asset's address.
const file = (side: string) => join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'provenance', `trigger-sources.${side}.json`);

/** Each file's path and the text it should hold. */
export function triggerSourceFiles(): { path: string; text: string }[] {
  const built = buildTriggerSources();
  return (['page', 'analysis'] as const).map((side) => ({ path: file(side), text: `${JSON.stringify(built[side], null, 1)}\n` }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { path, text } of triggerSourceFiles()) writeFileSync(path, text);
}
