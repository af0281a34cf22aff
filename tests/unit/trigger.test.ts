import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { preCheckAgencies, trie } from '../../utils/provenance/trigger-build';
import { AGENCY_SPELLINGS } from '../../utils/provenance/registry/wire';
import { textMayHoldEvidence } from '../../utils/provenance/page/precheck';
import { PAGE_TRIGGER_WORDS } from '../../utils/provenance/trigger';

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

describe("the pre-check's agency names", () => {
  it('leave out only names that hold another, and the pre-check still finds every name, whatever is around it', () => {
    const kept = new Set(PAGE_TRIGGER_WORDS.agencies);
    const left = AGENCY_SPELLINGS.filter((name) => !kept.has(name));
    expect(left).toEqual(expect.arrayContaining(['The Associated Press', 'dpa-AFX']));
    expect(PAGE_TRIGGER_WORDS.agencies).toEqual(expect.arrayContaining(['dpa', 'epd']));
    expect(left.length).toBeLessThan(AGENCY_SPELLINGS.length / 4);
    expect(PAGE_TRIGGER_WORDS.agencies).toEqual(preCheckAgencies(AGENCY_SPELLINGS));
    // Run into capitals or letters on either side, as the page's joined text runs words together.
    const around = fc.tuple(fc.constantFrom('', ' ', 'X', 'WASHINGTON', 'ago', '('), fc.constantFrom('', ' ', 'Y', 'SHARE', 'Share', ')'));
    fc.assert(
      fc.property(fc.constantFrom(...left), around, (name, [before, after]) => {
        expect(textMayHoldEvidence(`${before}${name}${after}`), name).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('leave a name out for one in lower or mixed case only: capitals inside capitals may be no name ("ANSA" in "XANSAY")', () => {
    expect(preCheckAgencies(['AP', 'Associated Press', 'The Associated Press', 'ANSA', 'XANSAY'])).toEqual(['AP', 'Associated Press', 'ANSA', 'XANSAY']);
  });
});
