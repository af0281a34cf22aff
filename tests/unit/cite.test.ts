// @vitest-environment node
/** Citations from the engine's result: {{cite news}} and CSL-JSON, on the fixture pages. */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, formatCsl, formatWikipedia, formatWikipediaOriginal, type Provenance } from '../../utils/provenance';
import { cliDocument, fixtures } from './helpers';

const ACCESSED = new Date(2026, 0, 9, 12);
const all = fixtures();
const provenanceOf = (slug: string) => {
  const fixture = all.find((candidate) => candidate.slug === slug)!;
  return analyzeDocument(cliDocument(fixture.html), { url: fixture.expected.url });
};
/** The template's parameters, by name. */
function parameters(citation: string): Record<string, string> {
  expect(citation).toMatch(/^\{\{cite news( \|[a-z-]+=[^|{}]*)+\}\}$/);
  return Object.fromEntries([...citation.slice(2, -2).matchAll(/\|([a-z-]+)=([^|]*)/g)].map((match) => [match[1], match[2].trim()]));
}

describe('{{cite news}}', () => {
  it('cites a republished story as its outlet’s, via the site it was read on', () => {
    const citation = formatWikipedia(provenanceOf('seed-network-today'), { url: 'https://networktoday.example/2025/03/hegseth/', accessed: ACCESSED });
    expect(parameters(citation)).toEqual({
      title: 'Hegseth orders pause on U.S. offensive cyber operations against Russia',
      url: 'https://networktoday.example/2025/03/hegseth/',
      work: 'NBC News',
      via: 'Network Today',
      date: '2025-03-03',
      'access-date': '2026-01-09',
    });
  });

  it('names the agency of wire copy, and the page’s own outlet as the work', () => {
    const fields = parameters(formatWikipedia(provenanceOf('wire-dateline-ap'), { accessed: ACCESSED }));
    expect(fields).toMatchObject({ title: 'Senate passes stopgap funding bill', work: 'Lakeside Ledger', agency: 'Associated Press' });
    expect(fields.via).toBeUndefined();
  });

  it('links the original where the page gives its address', () => {
    const provenance = provenanceOf('originally-published-linked');
    const original = provenance.chain[0].url!;
    expect(original).toMatch(/^https:\/\/www\.theatlantic\.com\//);
    expect(parameters(formatWikipedia(provenance, { url: 'https://lakeside.example/neon', accessed: ACCESSED }))).toMatchObject({ url: original, work: 'The Atlantic', via: 'Lakeside Ledger' });
    // "Cite the original": the earliest source with an address, as its own work.
    const fields = parameters(formatWikipediaOriginal(provenance, { accessed: ACCESSED })!);
    expect(fields).toMatchObject({ url: original, work: 'The Atlantic', title: 'Neon signs fade from city streets' });
    expect(fields.via).toBeUndefined();
  });

  it('has no "cite the original" when no source has a known address', () => {
    expect(provenanceOf('seed-network-today').chain.some((node) => node.url)).toBe(false);
    expect(formatWikipediaOriginal(provenanceOf('seed-network-today'), { accessed: ACCESSED })).toBeUndefined();
  });

  const reported: Provenance = {
    page: { name: 'Garden | Weekly', evidence: [] },
    article: { title: 'Roses [and] {{thorns}} | a guide', published: '2025-04-02T23:30:00-07:00', url: 'https://garden.example/roses' },
    chain: [
      { name: 'The Record', url: 'https://therecord.media/scoop', relation: 'first-reported', confidence: 0.85, evidence: [] },
      { name: 'Garden | Weekly', relation: 'this-page', confidence: 1, evidence: [] },
    ],
    downstream: [],
    cites: [],
  };

  it('keeps wikitext out of the values, and the date as the page wrote it', () => {
    const citation = formatWikipedia(reported, { accessed: ACCESSED });
    expect(parameters(citation)).toMatchObject({
      title: 'Roses &#91;and&#93; &#123;&#123;thorns&#125;&#125; &#124; a guide',
      work: 'Garden &#124; Weekly',
      date: '2025-04-02',
    });
  });

  it('leaves the original’s title empty when only another story of it is known', () => {
    // The Record first reported what this page writes about: its headline is its own, unknown here.
    expect(parameters(formatWikipediaOriginal(reported, { accessed: ACCESSED })!)).toEqual({
      title: '',
      url: 'https://therecord.media/scoop',
      work: 'The Record',
      'access-date': '2026-01-09',
    });
    // Read on its own page (Trace upstream), it has one.
    const traced = { ...reported, chain: [{ ...reported.chain[0], title: 'Cyber Command told to stand down', published: '2025-03-01' }, reported.chain[1]] };
    expect(parameters(formatWikipediaOriginal(traced, { accessed: ACCESSED })!)).toMatchObject({ title: 'Cyber Command told to stand down', date: '2025-03-01' });
  });
});

describe('CSL-JSON', { timeout: 60_000 }, () => {
  it('cites the seed page with its origin and whole chain', () => {
    const [item] = formatCsl(provenanceOf('seed-network-today'), { url: 'https://networktoday.example/a', accessed: ACCESSED });
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Hegseth orders pause on U.S. offensive cyber operations against Russia',
      'container-title': 'NBC News',
      source: 'Network Today',
      URL: 'https://networktoday.example/a',
      issued: { 'date-parts': [[2025, 3, 3]] },
      accessed: { 'date-parts': [[2026, 1, 9]] },
      'original-publisher': 'The Record',
    });
    expect(item.custom.upstream.chain.map((node) => [node.name, node.relation])).toEqual([
      ['The Record', 'first-reported'],
      ['NBC News', 'originally-published'],
      ['Network Today', 'this-page'],
    ]);
  });

  it('is checked by a reading that does drop what CSL has no place for', () => {
    const broken = [{ id: 'x', type: 'article-newspaper', issued: '2025-03-03', 'container-title': ['NBC'], 'original-publisher': 'NBC', via: 'Network Today' }];
    expect(Object.keys(plugins.input.util.clean(broken, false)[0]).sort()).toEqual(['id', 'original-publisher', 'type']);
  });

  // citation-js's reading of the CSL data model drops any field of a name or a type CSL does not
  // have; citeproc-js then renders the item in a real style.
  it.each(all.map((fixture) => fixture.slug))('is CSL data a citation processor takes whole (%s)', (slug) => {
    const items = formatCsl(provenanceOf(slug), { accessed: ACCESSED });
    const plain = JSON.parse(JSON.stringify(items));
    expect(plugins.input.util.clean(plain, false)).toEqual(plain);
    const rendered = new Cite(plain, { forceType: '@csl/list+object' }).format('bibliography', { format: 'text', template: 'apa' });
    expect(rendered).toContain(items[0]['container-title']);
    if (items[0].title) expect(rendered).toContain(items[0].title);
  });
});
