/**
 * What a reader sees: tags described in words (popup and the Text and Markdown copies), no evidence
 * listed twice, the chain as one sentence, and the wait for the browser's permission prompt.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChainView } from '../../components/ChainView';
import { analyzeDocument } from '../../utils/provenance/scan';
import { describeTag, distinctEvidence, shortUrl } from '../../utils/provenance/describe';
import { formatMarkdown, formatText } from '../../utils/provenance/format';
import type { Evidence } from '../../utils/provenance/types';
import { chainSentence } from '../../utils/i18n';
import { awaitPermission } from '../../utils/popup-trace';
import { domDocument, fixtures } from './helpers';

const RAW_TAG = /<(link|meta|script)\b|"(isBasedOn|author|publisher)":/;
const evidence = (kind: Evidence['kind'], quote: string, url?: string, id = 0): Evidence => ({ id, kind, quote, url });

describe('tags in words', () => {
  it('says what each kind of tag states, and where it points', () => {
    expect(describeTag(evidence('link', '<link rel="canonical" href="https://time.com/4603308/story-name-here-and-more/">', 'https://time.com/4603308/story-name-here-and-more/'))).toEqual({
      statement: 'canonical',
      target: 'time.com/4603308/…',
      url: 'https://time.com/4603308/story-name-here-and-more/',
    });
    expect(describeTag(evidence('meta', '<meta name="original-source" content="https://www.propublica.org/x">', 'https://www.propublica.org/x'))?.statement).toBe('original-source');
    expect(describeTag(evidence('json-ld', '"author": {"@type":"Organization","name":"Associated Press"}'))).toEqual({ statement: 'author', target: 'Associated Press', url: undefined });
    expect(describeTag(evidence('site-name', '<meta property="og:site_name" content="Network Today">'))).toMatchObject({ statement: 'site-name', target: 'Network Today' });
    expect(describeTag(evidence('meta', '<meta name="dc.source" content="Reuters">'))).toMatchObject({ statement: 'source', target: 'Reuters' });
    // Sentences are quoted as the page wrote them, not described.
    expect(describeTag(evidence('text', 'This article was originally published on NBCNews.com'))).toBeUndefined();
  });

  it('shortens a long address after its first step, and keeps a short one whole', () => {
    expect(shortUrl('https://www.nbcnews.com/politics')).toBe('nbcnews.com/politics');
    expect(shortUrl('https://www.theguardian.com/science/2025/may/01/ancient-forest-glacier')).toBe('theguardian.com/science/…');
  });

  it('lists the same evidence once', () => {
    const canonical = '<link rel="canonical" href="https://wired.com/a">';
    const list = [
      evidence('link', canonical, 'https://wired.com/a', 0),
      evidence('link', canonical, 'https://wired.com/a', 1),
      evidence('text', 'Originally published on Wired.', undefined, 2),
      evidence('dateline', 'Originally published on Wired.', undefined, 3),
    ];
    expect(distinctEvidence(list).map((item) => item.id)).toEqual([0, 2]);
  });

  it.each(fixtures().map((fixture) => [fixture.slug, fixture.html]))('%s: the Text and Markdown copies carry no raw tag', (_slug, html) => {
    const provenance = analyzeDocument(domDocument(html));
    expect(formatText(provenance)).not.toMatch(RAW_TAG);
    expect(formatMarkdown(provenance, 'https://example.com/story')).not.toMatch(RAW_TAG);
  });

  it('puts a canonical link in words in the Text copy', () => {
    const html = fixtures().find((fixture) => fixture.slug === 'canonical-cross-domain')!.html;
    expect(formatText(analyzeDocument(domDocument(html)))).toContain("The page's canonical link points to https://www.wired.com/story/warehouse-robots/");
  });
});

describe('the popup’s chain', () => {
  afterEach(() => render(null, document.body));

  it('describes a tag in words, links its target in a new tab, and keeps the raw tag one click away', () => {
    const html = fixtures().find((fixture) => fixture.slug === 'canonical-cross-domain')!.html;
    const { chain } = analyzeDocument(domDocument(html));
    render(h(ChainView, { chain }), document.body);
    const words = document.querySelector('.evidence-words')!;
    expect(words.textContent).toBe('The page’s canonical link points to wired.com/story/warehouse-robots');
    const link = words.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.wired.com/story/warehouse-robots/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('title')).toBe('https://www.wired.com/story/warehouse-robots/');
    const raw = document.querySelector('details.evidence-raw')!;
    expect(raw.hasAttribute('open')).toBe(false);
    expect(raw.querySelector('code')!.textContent).toBe('<link rel="canonical" href="https://www.wired.com/story/warehouse-robots/">');
    // The source itself is a link to its copy.
    expect((document.querySelector('.chain a.node-name') as HTMLAnchorElement).href).toBe('https://www.wired.com/story/warehouse-robots/');
  });

  it('explains the percentage where it is shown', () => {
    const html = fixtures().find((fixture) => fixture.slug === 'seed-network-today')!.html;
    render(h(ChainView, { chain: analyzeDocument(domDocument(html)).chain }), document.body);
    expect(document.querySelector('.confidence')!.getAttribute('title')).toMatch(/counts most/);
    expect(document.querySelector('details.confidence-help summary')!.textContent).toBe('What “sure” means');
  });
});

describe('the chain in one sentence', () => {
  it('says the seed page’s chain, origin first, and names the page', () => {
    const html = fixtures().find((fixture) => fixture.slug === 'seed-network-today')!.html;
    const provenance = analyzeDocument(domDocument(html));
    expect(chainSentence(provenance.chain, provenance.page.name)).toBe(
      'First reported by The Record, originally published by NBC News, then here on Network Today.',
    );
  });

  it('says what was checked when no source is named, naming the page', () => {
    expect(chainSentence([{ name: 'Gardens Weekly', relation: 'this-page' }], 'Gardens Weekly')).toBe('No earlier source named on Gardens Weekly.');
  });
});

describe('waiting for the permission prompt', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the answer when one comes', async () => {
    await expect(awaitPermission(Promise.resolve(true), new AbortController().signal)).resolves.toBe('granted');
    await expect(awaitPermission(Promise.resolve(false), new AbortController().signal)).resolves.toBe('refused');
    await expect(awaitPermission(Promise.reject(new Error('no gesture')), new AbortController().signal)).resolves.toBe('refused');
  });

  it('stops at Cancel, and after the timeout, and ignores a late answer', async () => {
    vi.useFakeTimers();
    const never = new Promise<boolean>(() => {});
    const controller = new AbortController();
    const cancelled = awaitPermission(never, controller.signal);
    controller.abort();
    await expect(cancelled).resolves.toBe('cancelled');

    let answer: (granted: boolean) => void = () => {};
    const late = new Promise<boolean>((resolve) => (answer = resolve));
    const timed = awaitPermission(late, new AbortController().signal, 60_000);
    await vi.advanceTimersByTimeAsync(59_999);
    let settled = false;
    void timed.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    answer(true);
    await expect(timed).resolves.toBe('timed-out');
  });
});
