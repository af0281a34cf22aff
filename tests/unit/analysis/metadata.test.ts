import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/provenance';
import { domDocument, page } from '../helpers';

const chainOf = (html: string, url?: string) => analyzeDocument(domDocument(html), { url }).chain.map((node) => node.name);

describe('metadata', () => {
  it('ignores a canonical link on the page’s own domain and one it cannot judge without a URL', () => {
    const head = '<link rel="canonical" href="https://www.wired.com/story/x/">';
    expect(chainOf(page('<p>Text.</p>', head), 'https://www.wired.com/story/x/?utm=1')).toEqual(['Wired']);
    expect(chainOf(page('<p>Text.</p>', head))).toEqual(['This page']);
    expect(chainOf(page('<p>Text.</p>', `${head}<meta property="og:site_name" content="Lakeside Ledger">`))).toEqual([
      'Wired',
      'Lakeside Ledger',
    ]);
  });

  it('reads JSON-LD isBasedOn and an agency author, and survives broken JSON-LD', () => {
    const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    const head =
      ld({ '@type': 'NewsArticle', isBasedOn: 'https://www.propublica.org/article/x', author: { '@type': 'Organization', name: 'Reuters' } }) +
      '<script type="application/ld+json">{ broken</script><meta property="og:site_name" content="Lakeside Ledger">';
    expect(chainOf(page('<p>Text.</p>', head), 'https://lakeside.example/a')).toEqual(['Reuters', 'ProPublica', 'Lakeside Ledger']);
  });
});
