import { describe, expect, it } from 'vitest';
import { scanDocument, upstreamOf } from '../../../utils/provenance';
import { domDocument, page } from '../helpers';

describe('place', () => {
  it('gives every text evidence a locator that finds the phrase again', () => {
    const html = page('<p>Intro.</p><p>Hegseth’s order was <em>first</em> reported by The Record.</p>');
    const doc = domDocument(html);
    const { provenance, anchors } = scanDocument(doc);
    const [evidence] = upstreamOf(provenance)[0].evidence;
    const element = doc.querySelector(evidence.locator!.selector)!;
    expect(element.textContent!.slice(evidence.locator!.start, evidence.locator!.end)).toBe('first reported by The Record');
    expect(anchors[evidence.id]?.element).toBe(element);
    expect(evidence.quote).toBe('Hegseth’s order was first reported by The Record.');
  });
});
