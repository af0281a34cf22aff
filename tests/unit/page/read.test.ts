import { describe, expect, it } from 'vitest';
import { analyzeReading, readDocument } from '../../../utils/provenance';
import { copyrightPart } from '../../../utils/provenance/page/read';
import { domDocument, page } from '../helpers';

describe('read', () => {
  it('tells each of its steps as it ends them, in order, and no walk for a page the pre-check settles', () => {
    const stepsOf = (body: string) => {
      const steps: string[] = [];
      const { reading } = readDocument(domDocument(page(body)), { onStep: (step) => steps.push(step) });
      return { steps, blocks: reading.blocks.length };
    };
    expect(stepsOf('<p>It was first reported by The Record.</p>')).toEqual({
      steps: ['metadata', 'pageText', 'languages', 'scanner', 'patterns', 'scan', 'walk', 'reading'],
      blocks: 1,
    });
    expect(stepsOf('<p>A quiet story about gardens.</p>')).toEqual({
      steps: ['metadata', 'pageText', 'languages', 'scanner', 'patterns', 'scan', 'reading'],
      blocks: 0,
    });
  });

  it('sends the background only the blocks that could hold evidence', () => {
    const html = page('<nav><p>Reported by nobody</p></nav><p>Intro without a source.</p><p>It was first reported by The Record.</p>');
    const { reading } = readDocument(domDocument(html));
    expect(reading.blocks.map((block) => block.text)).toEqual(['It was first reported by The Record.']);
  });

  it('sends the tail from its first © line on, and names the page from it as from the whole tail', () => {
    const links = 'Home About Contact Careers '.repeat(200);
    const footers = [
      `${links}2025 © Network Today. All Rights Reserved.`,
      `${links}Copyright 2016 Salon Media Group`,
      `${links}(c) 2024 The Lakeside Ledger | Terms`,
      `${links}12025 © Wrong Year Press and then © 2023 Right Name`,
      `${links}Top ©2019 Someone Else ${links} © 2025 Network Today`,
      links,
    ];
    for (const footer of footers) {
      const whole = { title: '', metaTags: [], blocks: [], tail: footer, stats: { textNodes: 0, blocks: 0, characters: 0, truncated: false, cueFree: true } };
      const part = copyrightPart(footer);
      expect(analyzeReading({ ...whole, tail: part }).provenance.page).toEqual(analyzeReading(whole).provenance.page);
    }
    expect(copyrightPart(footers[0])).toBe(' 2025 © Network Today. All Rights Reserved.');
    expect(copyrightPart(links)).toBe('');
  });
});
