import { describe, expect, it } from 'vitest';
import { isArticleUrl, sourceLabels } from '../../../utils/provenance/analysis/labels';
import type { LinkSpan, ReadBlock } from '../../../utils/provenance/types';

const block = (text: string, index = 0, links: LinkSpan[] = []): ReadBlock => ({ index, text, context: 0, links });
const named = (texts: (string | ReadBlock)[], at = 0, url = 'https://www.example-news.de/a') =>
  sourceLabels(texts.map((text, index) => (typeof text === 'string' ? block(text, index) : text)), at, url).map((found) => found.publisher.name);

describe('source labels', () => {
  it('name the publisher after the label, at a line’s start or in brackets at a paragraph’s end', () => {
    expect(named(['Quelle: dpa'])).toEqual(['dpa']);
    expect(named(['Quelle: Golem'])).toEqual(['Golem.de']);
    expect(named(['Quelle: kathpress'])).toEqual(['Kathpress']);
    expect(named(['Die Ermittlungen zum Fall in Trittenheim gehen weiter, wie der Sender am Abend meldete. (Quelle: SWR)'])).toEqual(['Südwestrundfunk']);
    expect(named(['来源： \n半月谈'])).toEqual(['Banyuetan']);
    expect(named(['Quellen: (Medical News Today) (Northwestern Medicine)'])).toEqual(['Medical News Today']);
  });

  it('take a URL or a linked article’s site, and a bare domain only as the text’s owner', () => {
    expect(named(['Quelle:  https://www.brandeins.de/magazine/brand-eins-wirtschaftsmagazin/2019/qualitaet/was-wurde-eigentlich-aus-six-sigma'])).toEqual(['brand eins']);
    const title = 'Quelle: UN Program Pushes Digital Public Infrastructure';
    expect(named([block(title, 0, [{ start: 8, end: title.length, href: 'https://reclaimthenet.org/un-program-pushes-digital-public-infrastructure' }])])).toEqual(['Reclaim The Net']);
    expect(named(['Quelle: © www.juragentur.de - Rechtsnews für Ihre Anwaltshomepage'])).toEqual(['juragentur.de']);
    expect(named(['Source: Amazon.co.jp'])).toEqual([]);
  });

  it('read the list under a label that stands alone', () => {
    expect(named(['Unsere Quellen:', block('Mitteilung Correctiv', 1)])).toEqual(['Correctiv']);
  });

  it('are not a picture’s, a graphic’s or a data table’s credit, nor a label inside a sentence', () => {
    expect(named(['Bild: Die neuen im Bunde: Soluna-Delta Kokol (r.) und Martin Walde. / Quelle: ARD/Christof Arnold'])).toEqual([]);
    expect(named(['By The New York Times | Source: Reuters'])).toEqual([]);
    expect(named(['Source: U.S. Census Bureau'])).toEqual([]);
    expect(named(['Source: CDC'])).toEqual([]);
    expect(named(['(Source: Riivka)'])).toEqual([]);
    expect(named(['^ "Freeing the Source: The Story of Mozilla". O’Reilly.'])).toEqual([]);
  });

  it('know an article’s address from a site’s or a database’s', () => {
    expect(isArticleUrl('https://reclaimthenet.org/un-program-pushes-digital-public-infrastructure')).toBe(true);
    expect(isArticleUrl('https://www.example.com/2019/04/25/story')).toBe(true);
    expect(isArticleUrl('https://www.boxofficemojo.com/movies/?id=avatar.htm')).toBe(false);
    expect(isArticleUrl('https://www.amazon.co.jp/')).toBe(false);
  });
});
