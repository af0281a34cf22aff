import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trie } from '../../utils/provenance/trigger-build';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

describe('trie', () => {
  it('matches exactly what the plain alternation of its words matches, the longest word where several fit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'r', '-', '(', ']', '^', 'é'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'r', '-', '(', ']', '^', 'é', ' '), maxLength: 30 }), (words, text) => {
        const plain = new RegExp([...words].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
        const built = new RegExp(trie(words.map((w) => [...w].map(escape))), 'g');
        expect([...text.matchAll(built)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
      }),
    );
  });

  it('never matches when it holds no word', () => {
    expect(new RegExp(trie([])).test('anything')).toBe(false);
  });
});

describe('the built trigger sources', () => {
  it('are what the packs and the registry give today (run `npm run gen:trigger` after changing either)', async () => {
    const { triggerSourceFiles } = await import('../../scripts/gen-trigger');
    const { readFileSync } = await import('node:fs');
    for (const { path, text } of triggerSourceFiles()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });
});
