import { describe, expect, it } from 'vitest';
import { analyzeDocument, upstreamOf } from '../../../utils/provenance';
import { domDocument, page } from '../helpers';

describe('chain', () => {
  it('orders the chain origin first: first-reported, then wire, then the copy this page took', () => {
    const html = page(
      '<p>WASHINGTON (AP) — The plan was announced Tuesday.</p><p>The plan was first reported by Axios.</p>' +
        '<p>This article originally appeared on NBCNews.com</p>',
      '<meta property="og:site_name" content="Lakeside Ledger">',
    );
    const provenance = analyzeDocument(domDocument(html));
    expect(upstreamOf(provenance).map((node) => node.relation)).toEqual(['first-reported', 'wire', 'originally-published']);
    expect(provenance.chain.at(-1)).toMatchObject({ name: 'Lakeside Ledger', relation: 'this-page' });
  });

  it('merges signals for one publisher into one node with a higher confidence', () => {
    const html = page(
      '<p>This article originally appeared on <a href="https://time.com/1/">Time.com</a>.</p>',
      '<meta property="og:site_name" content="Fortune"><link rel="canonical" href="https://time.com/1/">',
    );
    const provenance = analyzeDocument(domDocument(html), { url: 'https://fortune.com/1/' });
    const [time] = upstreamOf(provenance);
    expect(upstreamOf(provenance)).toHaveLength(1);
    expect(time).toMatchObject({ name: 'Time', domain: 'time.com', url: 'https://time.com/1/', relation: 'originally-published' });
    expect(time.evidence.map((evidence) => evidence.kind).sort()).toEqual(['link', 'text']);
    expect(time.confidence).toBeGreaterThan(0.95);
  });
});
