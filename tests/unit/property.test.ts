import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, scanDocument } from '../../utils/provenance';
import { MAX_TEXT_SIGNALS } from '../../utils/provenance/analysis/text-signals';
import { walkText } from '../../utils/provenance/page/walk';
import { pageTextSteps } from '../../utils/provenance/page/page-text';
import { PageSession } from '../../utils/content/page-session';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { analyzeReading } from '../../utils/provenance/analysis/analyze';

const CUES = [
  'This article was originally published on NBCNews.com',
  'first reported by The Record',
  'WASHINGTON (AP) — ',
  '(Reuters) - ',
  'The Washington Post reported',
  'according to a report in the Argus Leader',
  'Republished with permission from The Conversation.',
  'This article was reprinted on Wired.com.',
  '(AP Photo/Evan Vucci)',
  '© Reuters',
  'originally published at 2:05 p.m.',
];
const ODD = ['\u200f', '\u200e', '\u200d', '\u202e', 'e\u0301', '😀', '\ud83d', '\u0000', '“', '”', '"', '\u00a0', '\n', '<', '&amp;'];

const text = fc
  .array(fc.oneof(fc.constantFrom(...CUES), fc.constantFrom(...ODD), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(' '));

interface NodeSpec {
  tag: string;
  className: string;
  href?: string;
  children: (NodeSpec | string)[];
}

const TAGS = ['p', 'div', 'span', 'a', 'em', 'li', 'ul', 'figure', 'figcaption', 'nav', 'aside', 'blockquote', 'footer', 'h2', 'script', 'section', 'table', 'td', 'br'];
const CLASSES = ['', 'byline', 'caption', 'related', 'share', 'article-body', 'photo-credit', 'author', 'x'.repeat(300)];

const tree = fc.letrec<{ node: NodeSpec }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    className: fc.constantFrom(...CLASSES),
    href: fc.option(fc.constantFrom('https://www.nbcnews.com/x', 'javascript:alert(1)', '', '/relative', 'http://[bad'), { nil: undefined }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), { maxLength: 5 }),
  }),
})).node;

function build(spec: NodeSpec, parent: Element): void {
  const element = document.createElement(spec.tag);
  if (spec.className) element.setAttribute('class', spec.className);
  if (spec.href !== undefined && spec.tag === 'a') element.setAttribute('href', spec.href);
  for (const child of spec.children) {
    if (typeof child === 'string') element.append(document.createTextNode(child));
    else build(child, element);
  }
  parent.append(element);
}

function documentFrom(specs: NodeSpec[], head = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  const article = doc.createElement('article');
  doc.body.append(article);
  for (const spec of specs) {
    const holder = document.createElement('div');
    build(spec, holder);
    article.append(doc.importNode(holder, true));
  }
  return doc;
}

const HEADS = [
  '',
  '<link rel="canonical" href="javascript:alert(1)">',
  '<meta property="og:site_name" content="<img src=x onerror=alert(1)>">',
  '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.propublica.org/a","author":[{"name":"Reuters"}]}</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":{"@graph":[[[[]]]]}}</script>',
  '<script type="application/ld+json">not json</script>',
];

describe('engine properties over generated pages', () => {
  it('never throws, returns a well-formed chain, and the same result twice', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.constantFrom(...HEADS), fc.option(fc.webUrl(), { nil: undefined }), (specs, head, url) => {
        const doc = documentFrom(specs, head);
        const first = analyzeDocument(doc, { url });
        const second = analyzeDocument(doc, { url });
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(first.chain.at(-1)!.relation).toBe('this-page');
        for (const node of first.chain) {
          expect(node.confidence).toBeGreaterThan(0);
          expect(node.confidence).toBeLessThanOrEqual(1);
          expect(typeof node.name).toBe('string');
          // A URL the popup could make clickable is always http(s).
          if (node.url) expect(node.url).toMatch(/^https?:/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the page’s text exactly as it was, with only its own badges added', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (specs) => {
        const doc = documentFrom(specs);
        document.body.replaceChildren(...Array.from(doc.body.childNodes).map((node) => document.importNode(node, true)));
        const before = document.body.textContent;
        const session = new PageSession({ document, location: () => 'https://lakeside.example/a', settings: { ...DEFAULT_SETTINGS, showCiteBadges: true }, send: async () => {}, analyze: async (reading) => analyzeReading(reading) });
        await session.scan();
        expect(document.body.textContent).toBe(before);
        const foreign = Array.from(document.body.querySelectorAll('*')).filter((element) => element.localName === 'upstream-badge' && !element.shadowRoot);
        expect(foreign).toEqual([]);
        session.stop();
        expect(document.querySelectorAll('upstream-badge')).toHaveLength(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bounded work on hostile shapes', () => {
  it('walks a 100,000-deep tree without recursion', () => {
    // Working out a text's context climbs its ancestors: in a loop, so depth costs time, never the stack.
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 100_000; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    parent.appendChild(doc.createTextNode('This article was originally published on NBCNews.com'));
    const walk = walkText(doc.documentElement);
    expect(walk.textNodes).toBe(1);
    expect(walk.blocks[0].text).toContain('NBCNews.com');
    // Building the tree in happy-dom took 6 to 12 s on the shared 2-core machine: the test is about
    // the stack, not the time, so vitest's 5 s default is not its bound.
  }, 60_000);

  it('pre-checks a page of thousands of scripts between its paragraphs, or of 25,000 elements, in bounded steps', () => {
    const steps = (doc: Document) => {
      const generator = pageTextSteps(doc.documentElement);
      let pauses = 0;
      let step = generator.next();
      for (; !step.done; step = generator.next()) pauses++;
      return { pauses, text: step.value.text };
    };
    const scripts = document.implementation.createHTMLDocument('scripts');
    for (let i = 0; i < 3_000; i++) {
      const paragraph = scripts.createElement('p');
      paragraph.textContent = `w${i} `;
      const script = scripts.createElement('script');
      script.textContent = 'var reported = "originally published on";';
      scripts.body.append(paragraph, script);
    }
    const read = steps(scripts);
    expect(read.pauses).toBeGreaterThanOrEqual(3);
    expect(read.text).not.toContain('reported');
    expect(read.text.startsWith('w0 w1 w2 ')).toBe(true);
    expect(scanDocument(scripts).stats.cueFree).toBe(true);

    const huge = document.implementation.createHTMLDocument('huge');
    huge.body.innerHTML = `<style>.x{content:"first reported by"}</style>${'<span>w </span>'.repeat(25_000)}`;
    const hugeRead = steps(huge);
    expect(hugeRead.pauses).toBeGreaterThanOrEqual(10);
    expect(hugeRead.text).toBe('w '.repeat(25_000));
  }, 20_000);

  it('reads a page again by a walk when the node the pre-check stood on is taken away while it paused', () => {
    const doc = document.implementation.createHTMLDocument('moving');
    for (let i = 0; i < 3_000; i++) {
      const paragraph = doc.createElement('p');
      paragraph.textContent = `w${i} `;
      doc.body.append(paragraph, doc.createElement('script'));
    }
    const steps = pageTextSteps(doc.documentElement);
    // The first pause falls among the scripts, the second in the walk through the body's children.
    steps.next();
    steps.next();
    doc.body.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'It was first reported by The Record.' }));
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toEqual({ text: 'It was first reported by The Record.', truncated: false });
  });

  it('says a large page was cut short when the pre-check stopped at the walk budget', () => {
    const doc = document.implementation.createHTMLDocument('large');
    doc.body.innerHTML = '<span>w </span>'.repeat(25_000);
    const { stats } = scanDocument(doc, { limits: { maxTextNodes: 1_000, maxCharacters: 1e6 } });
    expect(stats).toMatchObject({ cueFree: true, truncated: true, characters: 2_000 });
  }, 20_000);

  it('pre-checks a page nested 5,000 deep, where the DOM of the command line cannot search recursively', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 5_000; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    parent.append(doc.createTextNode('This article was originally published on NBCNews.com'));
    expect(scanDocument(doc).stats.cueFree).toBe(false);
  }, 20_000);

  it('reads a page nested 1,500 deep', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 1_500; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      parent.append(child);
      parent = child;
    }
    parent.append(doc.createTextNode('This article was originally published on NBCNews.com'));
    expect(analyzeDocument(doc).chain.map((node) => node.name)).toEqual(['NBC News', 'This page']);
  });

  it('keeps at most a bounded number of signals from a text node that repeats a cue 100,000 times', () => {
    const doc = document.implementation.createHTMLDocument('huge');
    const paragraph = doc.createElement('p');
    paragraph.append(doc.createTextNode('As Reuters reported, it rained. '.repeat(100_000)));
    doc.body.append(paragraph);
    const { provenance, stats } = scanDocument(doc);
    expect(stats.characters).toBeGreaterThan(3_000_000);
    expect(provenance.cites.map((item) => item.name)).toEqual(['Reuters']);
    expect(provenance.cites[0].evidence.length).toBeLessThanOrEqual(MAX_TEXT_SIGNALS);
  });

  it('treats look-alike domains as their own names, never as the real outlet', () => {
    const doc = document.implementation.createHTMLDocument('lookalike');
    doc.body.innerHTML = '<p>This article was originally published on NBCNevvs.com</p><p>This story originally appeared on xn--nbcnws-3ya.com</p>';
    const names = analyzeDocument(doc).chain.map((node) => node.name);
    expect(names).not.toContain('NBC News');
    expect(names).toContain('NBCNevvs.com');
  });

  it('gives a 10,000-character source name back as text, without slowing down', () => {
    const doc = document.implementation.createHTMLDocument('long');
    doc.head.innerHTML = `<meta property="og:site_name" content="${'A'.repeat(10_000)}">`;
    doc.body.innerHTML = `<p>This article was originally published on ${'Zed'.repeat(3000)} News.</p>`;
    const provenance = analyzeDocument(doc);
    expect(provenance.page.name.length).toBeLessThanOrEqual(120);
    expect(provenance.chain.length).toBeGreaterThanOrEqual(1);
  });
});
