/**
 * The registry's name keys, made when the extension is built (`npm run gen:registry`, run by
 * `npm run build`) into name-keys.json. Keying all ~3,000 names and aliases at run time (NFKD, marks,
 * case, separators) was most of building the lookup tables, paid by a stopped service worker before
 * it could answer anything. tests/unit/registry-keys.test.ts fails when the file is older than the
 * registry or nameKey.
 *
 * One string rather than nested arrays: a third smaller, and nothing to build until a first lookup
 * splits it. Entries are separated by "|", one entry's keys by " ": nameKey takes both out of every key.
 */
import type { RegistryEntry } from './types';

const ENTRY_SEPARATOR = '|';
const KEY_SEPARATOR = ' ';

/** Each entry's keys, in the order of its names (name, then aliases), entries in registry order. */
export function packNameKeys(entries: readonly RegistryEntry[], key: (name: string) => string): string {
  return entries
    .map((entry) => {
      // An alias that only differs in case or spacing ("1News", "1 NEWS") keys as its name does: once is enough.
      const keys = new Set([entry.name, ...entry.aliases].map(key));
      for (const keyed of keys) {
        if (keyed.includes(ENTRY_SEPARATOR) || keyed.includes(KEY_SEPARATOR)) throw new Error(`A key of ${entry.name} holds a separator: ${keyed}`);
      }
      return [...keys].join(KEY_SEPARATOR);
    })
    .join(ENTRY_SEPARATOR);
}

export function unpackNameKeys(packed: string): string[][] {
  return packed.split(ENTRY_SEPARATOR).map((keys) => keys.split(KEY_SEPARATOR));
}
