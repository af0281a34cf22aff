import { describe, expect, it, vi } from 'vitest';
import { nameKey, registry, type RegistryEntry } from '../../utils/provenance/registry';
import { packNameKeys, unpackNameKeys } from '../../utils/provenance/registry/name-keys';

/** The table as the registry built it at load before its keys came from the build: every name keyed, in order. */
function keyedAtRunTime(entries: readonly RegistryEntry[]): Map<string, RegistryEntry> {
  const byName = new Map<string, RegistryEntry>();
  for (const entry of entries) for (const name of [entry.name, ...entry.aliases]) byName.set(nameKey(name), entry);
  return byName;
}

function fromPacked(entries: readonly RegistryEntry[], packed: string): Map<string, RegistryEntry> {
  const byName = new Map<string, RegistryEntry>();
  unpackNameKeys(packed).forEach((keys, index) => {
    for (const key of keys) byName.set(key, entries[index]);
  });
  return byName;
}

const entry = (name: string, aliases: string[] = []): RegistryEntry => ({ name, aliases, domains: [`${nameKey(name)}.example`], kind: 'outlet' });

describe('the built name keys', () => {
  it('are what the registry and nameKey give today (run `npm run gen:registry` after changing either)', async () => {
    const { nameKeysFile } = await import('../../scripts/gen-registry');
    const { readFileSync } = await import('node:fs');
    const { path, text } = nameKeysFile();
    expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('give the same table as keying every name at run time', () => {
    const packed = packNameKeys(registry, nameKey);
    expect([...fromPacked(registry, packed)]).toEqual([...keyedAtRunTime(registry)]);
  });

  it('keep the last entry for a key two entries share, and an empty key, as the run-time table does', () => {
    const entries = [entry('The Times', ['Times']), entry('Times', ['THE TIMES!']), entry('—', ['Le Monde'])];
    const packed = packNameKeys(entries, nameKey);
    expect(unpackNameKeys(packed)).toEqual([['times'], ['times'], ['', 'lemonde']]);
    expect([...fromPacked(entries, packed)]).toEqual([...keyedAtRunTime(entries)]);
    expect(fromPacked(entries, packed).get('times')).toBe(entries[1]);
  });

  it('refuse a key that holds a separator', () => {
    expect(() => packNameKeys([entry('A B')], (name) => name)).toThrow(/separator/);
    expect(() => packNameKeys([entry('A|B')], (name) => name)).toThrow(/separator/);
  });
});

describe('the lookup tables, when the built keys no longer match the registry', () => {
  it('key the names themselves', async () => {
    vi.resetModules();
    vi.doMock('../../utils/provenance/registry/name-keys.json', () => ({ default: { packed: 'stale' } }));
    try {
      const stale = await import('../../utils/provenance/registry');
      expect(stale.lookupName('The New York Times')?.name).toBe('The New York Times');
      expect(stale.lookupToken('Reuters')?.name).toBe('Reuters');
      expect(stale.lookupName('stale')).toBeUndefined();
    } finally {
      vi.doUnmock('../../utils/provenance/registry/name-keys.json');
      vi.resetModules();
    }
  });
});
