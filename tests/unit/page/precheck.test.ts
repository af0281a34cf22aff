import { describe, expect, it } from 'vitest';
import { analyzeDocument, readDocument, scanDocument, upstreamOf } from '../../../utils/provenance';
import { pageText } from '../../../utils/provenance/page/page-text';
import { textMayHoldEvidence } from '../../../utils/provenance/page/precheck';
import { domDocument, page } from '../helpers';

describe('precheck', () => {
  it('reads a page without any cue word once, sends nothing to analyse, and says the text was cue-free', () => {
    const { reading } = readDocument(domDocument(page('<p>A quiet story about gardens.</p><p>More of it. © 2025 Garden Weekly</p>')));
    // The pre-check read the text in one piece: no walk into blocks, so no text nodes counted.
    expect(reading.stats).toMatchObject({ cueFree: true, blocks: 0, textNodes: 0 });
    expect(reading.stats.characters).toBeGreaterThanOrEqual('A quiet story about gardens.More of it. © 2025 Garden Weekly'.length);
    expect(reading.blocks).toEqual([]);
    expect(reading.tail).toContain('© 2025 Garden Weekly');
    expect(scanDocument(domDocument(page('<p>A quiet story about gardens.</p>'))).provenance.chain).toHaveLength(1);
  });

  it('lets through to the walk a page whose only evidence is an agency byline, however its text runs on', () => {
    // The pre-check reads the text before it is split into blocks: "agoReuters", "ReutersShare".
    for (const html of [
      page('<p>A quiet story.</p><div>Posted 5 min ago</div><div class="byline">Reuters</div><div>Share</div>'),
      page('<p>A quiet story.</p><div class="contributor">Jane Roe, The Associated Press</div>'),
    ]) {
      expect(readDocument(domDocument(html)).reading.stats.cueFree).toBe(false);
      expect(upstreamOf(analyzeDocument(domDocument(html))).map((node) => node.relation)).toEqual(['wire']);
    }
  });

  it('tells an agency acronym in a byline from the same letters inside a word in capitals', () => {
    const cueFree = (body: string) => !textMayHoldEvidence(pageText(domDocument(page(body)).documentElement));
    // "AP" in JAPAN, APIs or SOAPBOX, "STA" in STATEMENT, "SDA" in USDA: words, not bylines.
    expect(cueFree('<nav>JAPAN</nav><p>Our APIs, THE SOAPBOX and the USDA.</p><footer>ACCESSIBILITY STATEMENT</footer>')).toBe(true);
    // Menus in capitals or title case are not the cue words the cues read.
    expect(cueFree('<nav><a>REPORTS</a> <a>Reports</a> <a>ORIGINALLY</a></nav><p>A quiet story.</p>')).toBe(true);
    expect(cueFree('<p>A quiet story.</p><div>By AP</div>')).toBe(false);
    // A byline run straight into the next block: "By" still opens it, and "dpa" counts anywhere.
    expect(cueFree('<p>A quiet story.</p><div class="byline">By AP</div><h2>WASHINGTON</h2>')).toBe(false);
    expect(cueFree('<p>Ein ruhiger Tag.</p><div class="author">dpa</div><div>vor 2 Stunden</div>')).toBe(false);
    expect(cueFree('<p>A quiet story.</p><div>Berlin (dpa)</div>')).toBe(false);
    expect(cueFree('<p>A quiet story.</p><div class="byline">dpa</div>')).toBe(false);
    // And the whole way: the byline reaches the analysis.
    expect(upstreamOf(analyzeDocument(domDocument(page('<p>A quiet story.</p><div>By AP</div>')))).map((node) => node.relation)).toEqual(['wire']);
  });

  it('takes "By" and a capital for a byline only where it opens one, in capitals: a sentence\'s "by Ailes" lets no page through', () => {
    const quiet = (body: string) => readDocument(domDocument(page(body))).reading.stats;
    for (const body of [
      '<p>Kelly felt betrayed by Ailes and by colleagues like Baier.</p><p>Photo by Getty Images. Powered by WordPress.</p>',
      '<p>A plan backed by Democrats in March.</p>',
    ]) expect(quiet(body)).toMatchObject({ cueFree: true, textNodes: 0 });
    // A byline that names the writer's outlet is still walked, and read as the story's origin.
    const byline = page('<p>A quiet story.</p><div class="byline">By Joe Davidson Washington Post</div>');
    expect(quiet('<p>A quiet story.</p><div class="byline">By Joe Davidson Washington Post</div>').cueFree).toBe(false);
    expect(upstreamOf(analyzeDocument(domDocument(byline))).map((node) => [node.name, node.relation])).toEqual([['The Washington Post', 'originally-published']]);
  });

  it('does not take cue words in style sheets or scripts for page text', () => {
    const css = `.reported-by::after { content: "first reported by"; } ${'.x{color:red}'.repeat(5_000)}`;
    const html = page(`<style>${css}</style><p>A quiet story about gardens.</p><script>var s = "originally published on";</script>`);
    expect(scanDocument(domDocument(html)).stats.cueFree).toBe(true);
    // The same words in the article itself are read.
    const withCue = page(`<style>${css}</style><p>It was first reported by The Record.</p>`);
    expect(upstreamOf(analyzeDocument(domDocument(withCue))).map((node) => node.name)).toEqual(['The Record']);
  });
});
