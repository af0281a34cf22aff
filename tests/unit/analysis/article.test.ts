/** The page's headline, date and address, as the analysis reads them for citations. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/provenance';
import { domDocument, cliDocument } from '../helpers';

function article(head: string, url?: string, body = '<p>A quiet story about gardens.</p>') {
  const html = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article>${body}</article></body></html>`;
  const fromDom = analyzeDocument(domDocument(html), { url }).article;
  // The CLI's parser reads the same.
  expect(analyzeDocument(cliDocument(html), { url }).article).toEqual(fromDom);
  return fromDom ?? {};
}

describe('the article a citation names', () => {
  it('takes the JSON-LD headline and datePublished before the tags', () => {
    expect(
      article(
        `<title>Other | Garden Weekly</title><meta property="og:title" content="An og title">
         <meta property="article:published_time" content="2024-01-01T00:00:00Z">
         <script type="application/ld+json">{"@type":"NewsArticle","headline":"Roses bloom early","datePublished":"2025-04-02T08:00:00+02:00"}</script>`,
        'https://gardenweekly.example/roses',
      ),
    ).toEqual({ title: 'Roses bloom early', published: '2025-04-02T08:00:00+02:00', url: 'https://gardenweekly.example/roses' });
  });

  it('falls back to og:title and the date tags, in their order', () => {
    expect(article('<meta property="og:title" content="Tulips, again"><meta name="dc.date" content="2025-05-06"><meta itemprop="datePublished" content="2025-05-05">')).toEqual({
      title: 'Tulips, again',
      published: '2025-05-05',
    });
  });

  it('takes the document title without the site name on either side', () => {
    const site = '<meta property="og:site_name" content="Garden Weekly">';
    expect(article(`<title>Hedges: a primer | Garden Weekly</title>${site}`).title).toBe('Hedges: a primer');
    expect(article(`<title>Garden Weekly - Hedges - a primer</title>${site}`).title).toBe('Hedges - a primer');
    // A part that is not the site's name stays.
    expect(article(`<title>Hedges | Opinion</title>${site}`).title).toBe('Hedges | Opinion');
  });

  it('drops a date that is not one', () => {
    expect(article('<title>T</title><meta property="article:published_time" content="yesterday">').published).toBeUndefined();
  });

  it('gives the page a canonical address on its own site, not one that names a source', () => {
    expect(article('<title>T</title><link rel="canonical" href="https://gardenweekly.example/t">', 'https://gardenweekly.example/t?utm=1').url).toBe(
      'https://gardenweekly.example/t?utm=1',
    );
    // A page that names itself, with a canonical link to another site: the link is its source's address.
    const syndicated =
      '<title>T</title><meta property="og:site_name" content="Lakeside Ledger"><link rel="canonical" href="https://www.theguardian.com/science/2025/may/01/forest">';
    expect(article(syndicated).url).toBeUndefined();
    expect(article('<title>T</title><meta property="og:url" content="https://gardenweekly.example/own">').url).toBe('https://gardenweekly.example/own');
  });
});
