import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/provenance';
import { domDocument, page } from '../helpers';

describe('page-publisher', () => {
  it('names the page from og:site_name, JSON-LD, the registry, a © line, or the host', () => {
    const name = (head: string, body: string, url?: string) => analyzeDocument(domDocument(page(body, head)), { url }).page.name;
    expect(name('<meta property="og:site_name" content="Raw Story - Celebrating 18 Years">', '')).toBe('Raw Story');
    expect(name('', '', 'https://www.nbcnews.com/x')).toBe('NBC News');
    expect(name('', '<footer>2025 © Network Today. All Rights Reserved.</footer>')).toBe('Network Today');
    expect(name('', '<footer><a>Copyright Policy</a></footer>', 'https://small.example.org/')).toBe('example.org');
  });
});
