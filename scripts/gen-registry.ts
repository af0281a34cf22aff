/**
 * `npm run gen:registry`: writes utils/provenance/registry/name-keys.json, the registry's name keys
 * (see utils/provenance/registry/name-keys.ts). `npm run build` runs it first;
 * tests/unit/registry-keys.test.ts fails when the file is older than the registry.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import outlets from '../utils/provenance/registry/outlets.json';
import wire from '../utils/provenance/registry/wire.json';
import { nameKey } from '../utils/provenance/registry/name-key';
import { packNameKeys } from '../utils/provenance/registry/name-keys';
import type { RegistryEntry } from '../utils/provenance/registry/types';

// From the module's own path: under vitest, `new URL(…, import.meta.url)` is an asset's address.
const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'provenance', 'registry', 'name-keys.json');

/** The file's path and the text it should hold. */
export function nameKeysFile(): { path: string; text: string } {
  // In the registry's own order (registry/index.ts): the lookup tables pair them up by position.
  const packed = packNameKeys([...(outlets as RegistryEntry[]), ...(wire as RegistryEntry[])], nameKey);
  return { path, text: `${JSON.stringify({ packed })}\n` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { text } = nameKeysFile();
  writeFileSync(path, text);
}
