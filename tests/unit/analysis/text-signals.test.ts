import { describe, expect, it } from 'vitest';
import { analyzeDocument, scanDocument, upstreamOf } from '../../../utils/provenance';
import { domDocument, page } from '../helpers';

describe('text-signals', () => {
  it('takes the URL of a link around a source name', () => {
    const html = page('<p>This post originally appeared on <a href="https://www.janedoe-notebook.net/p/1">Jane’s Notebook</a>.</p>');
    const [node] = upstreamOf(analyzeDocument(domDocument(html)));
    expect(node).toMatchObject({ name: 'Jane’s Notebook', url: 'https://www.janedoe-notebook.net/p/1', domain: 'janedoe-notebook.net' });
  });

  it('finds every phrase of a paragraph too long to match in one piece, one across a window edge too', () => {
    // A filler long enough to put the first phrase across the 32 KB mark and the others far past it.
    const sentence = 'The council met again on the budget. ';
    const filler = (length: number) => sentence.repeat(Math.floor(length / sentence.length)).padEnd(length, ' ');
    const across = 'It was first reported by The Record. ';
    const text = filler(32 * 1024 - 10) + across + filler(40_000) + 'As Reuters reported, it rained. ' + filler(50_000) + '“It was first reported by The Onion,” he joked. ';
    const doc = domDocument(page(`<p>${text}</p>`));
    const { provenance } = scanDocument(doc);
    expect(upstreamOf(provenance).map((node) => node.name)).toEqual(['The Record']);
    expect(provenance.cites.map((item) => item.name)).toEqual(['Reuters']);
    const [evidence] = upstreamOf(provenance)[0].evidence;
    const element = doc.querySelector(evidence.locator!.selector)!;
    expect(element.textContent!.slice(evidence.locator!.start, evidence.locator!.end)).toBe('first reported by The Record');
  });
});

describe('bylines', () => {
  it('reads an agency in a byline, but not a state abbreviation or an author bio', () => {
    const byline = (text: string) =>
      analyzeDocument(domDocument(page(`<div class="byline">${text}</div><p>Text.</p>`)), { url: 'https://www.lakeside-ledger.org/a' }).chain.map((node) => node.name);
    expect(byline('By Jane Roe, Associated Press')).toEqual(['Associated Press', 'lakeside-ledger.org']);
    expect(byline('By John Smith, Pittsburgh, PA')).toEqual(['lakeside-ledger.org']);
    expect(byline('Jane Roe is a reporter who worked for Reuters and the BBC.')).toEqual(['lakeside-ledger.org']);
  });
});

describe('traps around agencies’ names', () => {
  const chain = (body: string) =>
    analyzeDocument(domDocument(page(body)), { url: 'https://www.lakeside-ledger.org/a' }).chain.map((node) => node.name);

  it('takes no source from an agency’s notice in the site’s footer, nor a word that is only spelled like one', () => {
    expect(chain('<p>The council met on Tuesday.</p><div class="footer"><p>Material from dpa may not be reproduced without permission.</p></div>')).toEqual(['lakeside-ledger.org']);
    // "lusa" is Indonesian for "the day after tomorrow": agency names are read as the agency writes them.
    expect(chain('<p>Kami akan datang lusa.</p><div class="byline">Oleh lusa</div>')).toEqual(['lakeside-ledger.org']);
    expect(chain('<p>Lisboa, 29 mai 2025 (Lusa) – O Governo aprovou hoje o orçamento.</p>')).toEqual(['Lusa', 'lakeside-ledger.org']);
  });
});
