import { describe, expect, it } from 'vitest';
import { applyErrata, checkFailures, languageLine, scoreCorpus, type LabelPage, type PageResult } from '../../cli/score';
import type { ChainNode, Provenance, Relation } from '../../utils/provenance/types';

function label(fields: Partial<LabelPage> & { file: string }): LabelPage {
  return { upstream: [], downstream: [], cites: [], verified: true, uncertain: false, either: false, ...fields };
}

function node(name: string, relation: Relation): ChainNode {
  return { name, relation, confidence: 1, evidence: [{ id: 0, kind: 'text', quote: `(${name})` }] };
}

/** What the engine found: the upstream chain (origin first) and the cited outlets. */
function found(upstream: string[], cites: string[] = []): PageResult {
  const provenance: Provenance = {
    page: { name: 'Example Daily', evidence: [] },
    chain: [...upstream.map((name) => node(name, 'wire')), node('Example Daily', 'this-page')],
    downstream: [],
    cites: cites.map((name) => ({ name, evidence: [] })),
  };
  return { provenance };
}

describe('scoreCorpus', () => {
  const labels = [
    label({ file: 'a.html', language: 'de', upstream: [{ name: 'dpa', aliases: ['Deutsche Presse-Agentur'] }] }),
    label({ file: 'b.html', language: 'de', note: 'trap: photo credit' }),
    label({ file: 'c.html', verified: false, cites: ['Reuters', { name: 'AFP' }] }),
    label({ file: 'd.html', uncertain: true, upstream: [{ name: 'AP' }] }),
    label({ file: 'e.html', language: 'de' }),
  ];

  it('counts exact chains, false upstreams on every negative, cites, by language', () => {
    const score = scoreCorpus(labels, [
      found(['Deutsche Presse-Agentur']),
      found(['AFP']), // a verified negative with an upstream: a chain miss and a false upstream
      found(['Reuters'], ['AFP']), // an unverified negative: a false upstream; one cite of two
      found([]), // uncertain: not scored
      { error: 'e.html: the file is empty' },
    ]);
    expect(score.total).toMatchObject({
      pages: 5,
      uncertain: 1,
      verifiedTotal: 2,
      verifiedExact: 1,
      upstreamTotal: 1,
      upstreamExact: 1,
      negatives: 2,
      falseUpstreams: 2,
      citesTotal: 2,
      citesFound: 1,
      errors: 1,
    });
    expect([...score.languages.keys()]).toEqual(['de', 'en']);
    expect(languageLine('de', score.languages.get('de')!)).toBe(
      'language de: 3 pages, 1 with an upstream, 1 exact, 1 false upstream, cites 0/0, 1 unreadable',
    );
    expect(score.misses.map((miss) => miss.split(' ')[0])).toEqual(['CHAIN', 'FALSE', 'CITE', 'ERROR']);
    expect(score.misses[0]).toContain('b.html  (trap: photo credit)');
    expect(score.misses[2]).toContain('missed "Reuters"; found AFP');
  });

  it('with `either`, an outlet may be found as upstream or as cite', () => {
    const either = label({ file: 'f.html', either: true, upstream: [{ name: 'AP' }], cites: ['AP'] });
    const negative = label({ file: 'g.html', either: true, cites: ['Reuters'] });
    const score = scoreCorpus([either, negative], [found([], ['AP']), found(['Reuters'])]);
    expect(score.total).toMatchObject({ upstreamExact: 1, falseUpstreams: 0, citesFound: 2, citesTotal: 2 });
    expect(score.misses).toEqual([]);
  });

  it('refuses results that do not line up with the labels', () => {
    expect(() => scoreCorpus(labels, [])).toThrow(/5 labels but 0 results/);
  });
});

describe('checkFailures', () => {
  it('passes a folder at the bar and names each condition that fails', () => {
    const pass = scoreCorpus(
      [label({ file: 'a.html', upstream: [{ name: 'AP' }], cites: ['Reuters'] }), label({ file: 'b.html', verified: false })],
      [found(['AP'], ['Reuters']), found(['AFP'])],
    );
    expect(checkFailures(pass.total)).toEqual([]);

    const fail = scoreCorpus(
      [
        label({ file: 'a.html', upstream: [{ name: 'AP' }], cites: ['Reuters', 'BBC'] }),
        ...['b', 'c', 'd'].map((name) => label({ file: `${name}.html` })),
        label({ file: 'e.html', verified: false }),
      ],
      [found(['AP', 'AFP'], ['Reuters']), found(['AFP']), found(['AFP']), found(['AFP']), { error: 'unreadable' }],
    );
    expect(checkFailures(fail.total)).toEqual([
      '1 of 1 verified pages with an upstream not exact',
      '3 false upstreams (at most 2)',
      'cited outlets found 1/2 (50%; at least 80%)',
      '1 page could not be read',
    ]);
  });
});

describe('cli/eval', () => {
  it('does not run the eval when imported', async () => {
    const before = process.exitCode;
    const module = await import('../../cli/eval');
    expect(typeof module.main).toBe('function');
    expect(process.exitCode).toBe(before);
  });
});

describe('label errata', () => {
  const label = { file: 'pages/a.html', upstream: [], downstream: [], cites: [], verified: false, uncertain: false, either: false };
  const erratum = { corpus: 'corpus', file: 'pages/a.html', was: { upstream: [], verified: false }, now: { upstream: [{ name: 'AFP' }], verified: true }, evidence: 'byline "AFP"' };

  it('correct a label while it still reads as it did, and say which', () => {
    const { corrected, applied } = applyErrata('corpus', [label], [erratum]);
    expect(applied).toEqual(['pages/a.html']);
    expect(corrected[0]).toMatchObject({ upstream: [{ name: 'AFP' }], verified: true });
    expect(corrected[0].note).toContain('erratum');
  });

  it('leave a label the corpus has changed since, or another corpus’s page, as it is', () => {
    expect(applyErrata('corpus', [{ ...label, upstream: [{ name: 'AFP' }] }], [erratum]).applied).toEqual([]);
    expect(applyErrata('corpus-world', [label], [erratum]).applied).toEqual([]);
  });
});
