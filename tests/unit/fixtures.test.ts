import { describe, expect, it } from 'vitest';
import { analyzeDocument, upstreamOf } from '../../utils/provenance';
import { nameKey } from '../../utils/provenance/registry';
import { cliDocument, domDocument, fixtures } from './helpers';

const names = (items: { name: string }[]) => items.map((item) => item.name);
const keys = (items: string[]) => items.map(nameKey);

// One fixture per pattern and per trap: the page, and the chain a reader should see for it.
describe.each(fixtures())('fixture $slug', ({ html, expected }) => {
  for (const [dom, parse] of [
    ['the test DOM', domDocument],
    ['the CLI parser', cliDocument],
  ] as const) {
    it(`gives the expected chain (${dom})`, () => {
      const provenance = analyzeDocument(parse(html), { url: expected.url });
      expect(keys(names(provenance.chain))).toEqual(keys(expected.chain));
      expect(nameKey(provenance.page.name)).toBe(nameKey(expected.page));
      if (expected.relations) expect(provenance.chain.map((node) => node.relation)).toEqual(expected.relations);
      expect(keys(names(provenance.cites))).toEqual(keys(expected.cites ?? []));
      expect(keys(names(provenance.downstream))).toEqual(keys(expected.downstream ?? []));
      for (const node of upstreamOf(provenance)) {
        expect(node.evidence.length, node.name).toBeGreaterThan(0);
        expect(node.confidence).toBeGreaterThan(0);
        expect(node.confidence).toBeLessThanOrEqual(1);
      }
    });
  }
});
