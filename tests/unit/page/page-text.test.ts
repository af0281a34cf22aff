import { describe, expect, it } from 'vitest';
import { pageText } from '../../../utils/provenance/page/page-text';
import { domDocument, page } from '../helpers';

describe('page-text', () => {
  it('pre-checks the page text without the head, scripts or style sheets, in document order', () => {
    const html = page(
      '<p>One <b>two</b></p><script>var reported = 1;</script><div><style>.x{}</style><span>three</span><noscript>four</noscript></div>five',
      '<title>Head title</title><style>.y{}</style>',
    );
    const doc = domDocument(html);
    expect(pageText(doc.documentElement).replace(/\s+/g, ' ').trim()).toBe('One twothreefive');
  });
});
