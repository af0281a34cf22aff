import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeReading, readDocument, scanDocument, upstreamOf } from '../../utils/provenance';
import { placeEvidence } from '../../utils/provenance/page/place';
import { walkText } from '../../utils/provenance/page/walk';
import { copyrightPart } from '../../utils/provenance/page/read';
import { pageText } from '../../utils/provenance/page/page-text';
import { textMayHoldEvidence } from '../../utils/provenance/page/precheck';
import { gatherMetadata } from '../../utils/provenance/page/gather';
import { interpretMetadata } from '../../utils/provenance/analysis/metadata';

const readMetadata = (doc: Document, url?: string) => interpretMetadata(gatherMetadata(doc), url);
import { domDocument, FIXTURES, page } from './helpers';

const chainOf = (html: string, url?: string) => analyzeDocument(domDocument(html), { url }).chain.map((node) => node.name);

describe('analyzeDocument', () => {
  it('orders the chain origin first: first-reported, then wire, then the copy this page took', () => {
    const html = page(
      '<p>WASHINGTON (AP) — The plan was announced Tuesday.</p><p>The plan was first reported by Axios.</p>' +
        '<p>This article originally appeared on NBCNews.com</p>',
      '<meta property="og:site_name" content="Lakeside Ledger">',
    );
    const provenance = analyzeDocument(domDocument(html));
    expect(upstreamOf(provenance).map((node) => node.relation)).toEqual(['first-reported', 'wire', 'originally-published']);
    expect(provenance.chain.at(-1)).toMatchObject({ name: 'Lakeside Ledger', relation: 'this-page' });
  });

  it('merges signals for one publisher into one node with a higher confidence', () => {
    const html = page(
      '<p>This article originally appeared on <a href="https://time.com/1/">Time.com</a>.</p>',
      '<meta property="og:site_name" content="Fortune"><link rel="canonical" href="https://time.com/1/">',
    );
    const provenance = analyzeDocument(domDocument(html), { url: 'https://fortune.com/1/' });
    const [time] = upstreamOf(provenance);
    expect(upstreamOf(provenance)).toHaveLength(1);
    expect(time).toMatchObject({ name: 'Time', domain: 'time.com', url: 'https://time.com/1/', relation: 'originally-published' });
    expect(time.evidence.map((evidence) => evidence.kind).sort()).toEqual(['link', 'text']);
    expect(time.confidence).toBeGreaterThan(0.95);
  });

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

  it('gives the same result when the reading and the analysis cross a message channel as JSON', () => {
    // The extension reads in the page, analyses in the background: Chrome sends both ways as JSON.
    const html = readFileSync(join(FIXTURES, 'seed-network-today', 'page.html'), 'utf8');
    const url = 'https://networktoday.example/2025/03/hegseth-cyber-command-russia/';
    const direct = scanDocument(domDocument(html), { url });
    const doc = domDocument(html);
    const read = readDocument(doc, { url });
    const analysis = JSON.parse(JSON.stringify(analyzeReading(JSON.parse(JSON.stringify(read.reading)))));
    const crossed = placeEvidence(analysis, read.blocks);
    expect(crossed.provenance).toEqual(direct.provenance);
    expect(upstreamOf(crossed.provenance).map((node) => node.name)).toEqual(['The Record', 'NBC News']);
    const anchored = crossed.anchors.filter(Boolean);
    expect(anchored.length).toBe(direct.anchors.filter(Boolean).length);
    expect(anchored.length).toBeGreaterThanOrEqual(2);
    for (const anchor of anchored) expect(doc.contains(anchor!.startNode)).toBe(true);
  });

  it('sends the background only the blocks that could hold evidence', () => {
    const html = page('<nav><p>Reported by nobody</p></nav><p>Intro without a source.</p><p>It was first reported by The Record.</p>');
    const { reading } = readDocument(domDocument(html));
    expect(reading.blocks.map((block) => block.text)).toEqual(['It was first reported by The Record.']);
  });

  it('takes the URL of a link around a source name', () => {
    const html = page('<p>This post originally appeared on <a href="https://www.janedoe-notebook.net/p/1">Jane’s Notebook</a>.</p>');
    const [node] = upstreamOf(analyzeDocument(domDocument(html)));
    expect(node).toMatchObject({ name: 'Jane’s Notebook', url: 'https://www.janedoe-notebook.net/p/1', domain: 'janedoe-notebook.net' });
  });

  it('reads a page without any cue word once, sends nothing to analyse, and says the text was cue-free', () => {
    const { reading } = readDocument(domDocument(page('<p>A quiet story about gardens.</p><p>More of it. © 2025 Garden Weekly</p>')));
    // The pre-check read the text in one piece: no walk into blocks, so no text nodes counted.
    expect(reading.stats).toMatchObject({ cueFree: true, blocks: 0, textNodes: 0 });
    expect(reading.stats.characters).toBeGreaterThanOrEqual('A quiet story about gardens.More of it. © 2025 Garden Weekly'.length);
    expect(reading.blocks).toEqual([]);
    expect(reading.tail).toContain('© 2025 Garden Weekly');
    expect(scanDocument(domDocument(page('<p>A quiet story about gardens.</p>'))).provenance.chain).toHaveLength(1);
  });

  it('reads metadata from the body too, and takes the first tag with a value', () => {
    const html = page(
      `<p>A quiet story.</p>
       <meta property="og:site_name" content="Garden Weekly">
       <script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.nbcnews.com/a/1","publisher":{"name":"Garden Weekly"}}</script>`,
      '<meta property="og:site_name" content="  "><meta name="og:site_name" content="">',
    );
    const meta = readMetadata(domDocument(html), 'https://gardenweekly.example/a');
    expect(meta.siteName?.name).toBe('Garden Weekly');
    expect(meta.publisherName?.name).toBe('Garden Weekly');
    expect(meta.signals).toEqual([expect.objectContaining({ kind: 'is-based-on', url: 'https://www.nbcnews.com/a/1' })]);
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

  it('sends the background at most a megabyte of JSON-LD, whole blocks in page order', () => {
    const block = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"${name}"},"x":"${'y'.repeat(400_000)}"}</script>`;
    const tags = gatherMetadata(domDocument(page(block('Two'), block('One') + block('Three'))));
    expect(tags.map((tag) => tag.text?.length ?? 0).map((length) => length > 400_000)).toEqual([true, true, false]);
    expect(readMetadata(domDocument(page(block('Two'), block('One') + block('Three')))).publisherName?.name).toBe('One');
  });

  it('pre-checks the page text without the head, scripts or style sheets, in document order', () => {
    const html = page(
      '<p>One <b>two</b></p><script>var reported = 1;</script><div><style>.x{}</style><span>three</span><noscript>four</noscript></div>five',
      '<title>Head title</title><style>.y{}</style>',
    );
    const doc = domDocument(html);
    expect(pageText(doc.documentElement).replace(/\s+/g, ' ').trim()).toBe('One twothreefive');
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

  it('does not take cue words in style sheets or scripts for page text', () => {
    const css = `.reported-by::after { content: "first reported by"; } ${'.x{color:red}'.repeat(5_000)}`;
    const html = page(`<style>${css}</style><p>A quiet story about gardens.</p><script>var s = "originally published on";</script>`);
    expect(scanDocument(domDocument(html)).stats.cueFree).toBe(true);
    // The same words in the article itself are read.
    const withCue = page(`<style>${css}</style><p>It was first reported by The Record.</p>`);
    expect(upstreamOf(analyzeDocument(domDocument(withCue))).map((node) => node.name)).toEqual(['The Record']);
  });

  it('stops the walk at its budget and says so', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} as Reuters reported.</p>`).join('');
    const { stats } = scanDocument(domDocument(page(paragraphs)), { limits: { maxTextNodes: 100, maxCharacters: 1e6 } });
    expect(stats.truncated).toBe(true);
    expect(stats.textNodes).toBeLessThanOrEqual(101);
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

  it('names the page from og:site_name, JSON-LD, the registry, a © line, or the host', () => {
    const name = (head: string, body: string, url?: string) => analyzeDocument(domDocument(page(body, head)), { url }).page.name;
    expect(name('<meta property="og:site_name" content="Raw Story - Celebrating 18 Years">', '')).toBe('Raw Story');
    expect(name('', '', 'https://www.nbcnews.com/x')).toBe('NBC News');
    expect(name('', '<footer>2025 © Network Today. All Rights Reserved.</footer>')).toBe('Network Today');
    expect(name('', '<footer><a>Copyright Policy</a></footer>', 'https://small.example.org/')).toBe('example.org');
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

describe('bylines', () => {
  it('reads an agency in a byline, but not a state abbreviation or an author bio', () => {
    const byline = (text: string) =>
      analyzeDocument(domDocument(page(`<div class="byline">${text}</div><p>Text.</p>`)), { url: 'https://www.lakeside-ledger.org/a' }).chain.map((node) => node.name);
    expect(byline('By Jane Roe, Associated Press')).toEqual(['Associated Press', 'lakeside-ledger.org']);
    expect(byline('By John Smith, Pittsburgh, PA')).toEqual(['lakeside-ledger.org']);
    expect(byline('Jane Roe is a reporter who worked for Reuters and the BBC.')).toEqual(['lakeside-ledger.org']);
  });
});
