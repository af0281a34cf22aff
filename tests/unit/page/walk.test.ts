import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, readDocument, scanDocument, upstreamOf } from '../../../utils/provenance';
import { walkText } from '../../../utils/provenance/page/walk';
import { domDocument, page } from '../helpers';

describe('walk', () => {
  it('cuts an endless element into blocks of bounded size, and still reads what follows it', () => {
    const spans = Array.from({ length: 12_000 }, (_, i) => `<span>w${i} </span>`).join('');
    const doc = domDocument(page(`<div>${spans}</div><p>It was first reported by The Record.</p>`));
    const walk = walkText(doc.documentElement);
    expect(walk.blocks.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...walk.blocks.map((block) => block.nodes.length))).toBeLessThanOrEqual(5_000);
    expect(upstreamOf(analyzeDocument(doc)).map((node) => node.name)).toEqual(['The Record']);
  });

  it('splits a paragraph at a line break or an empty block, as the page shows it', () => {
    const html = page('<p>Story text ends here.<br>This article originally appeared on <a href="https://example.org/a">Example Daily</a>.</p><div>Intro<div></div>Second part</div>');
    const { reading } = readDocument(domDocument(html));
    expect(reading.blocks.map((block) => block.text)).toEqual(['This article originally appeared on Example Daily.']);
    expect(reading.blocks[0].links).toEqual([{ start: 36, end: 49, href: 'https://example.org/a' }]);
    const walk = walkText(domDocument(html).documentElement);
    expect(walk.blocks.map((block) => block.text)).toEqual([
      'Story text ends here.',
      'This article originally appeared on Example Daily.',
      'Intro',
      'Second part',
    ]);
  });

  it('stops the walk at its budget and says so', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} as Reuters reported.</p>`).join('');
    const { stats } = scanDocument(domDocument(page(paragraphs)), { limits: { maxTextNodes: 100, maxCharacters: 1e6 } });
    expect(stats.truncated).toBe(true);
    expect(stats.textNodes).toBeLessThanOrEqual(101);
  });
});
