import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession, MAX_SCANS_PER_URL } from '../../utils/content/page-session';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import type { Message } from '../../utils/messages';
import { fixtures } from './helpers';
import { analyzeReading } from '../../utils/provenance/analysis/analyze';
import type { Analysis, PageReading } from '../../utils/provenance/types';

const seed = fixtures().find((fixture) => fixture.slug === 'seed-network-today')!;

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

function session(settings: Partial<Settings> = {}, analyze: (reading: PageReading) => Promise<Analysis> = async (reading) => analyzeReading(reading)) {
  const sent: Message[] = [];
  const readings: PageReading[] = [];
  const pageSession = new PageSession({
    document,
    location: () => 'https://networktoday.example/2025/03/hegseth-cyber-command-russia/',
    settings: { ...DEFAULT_SETTINGS, ...settings },
    send: async (message) => void sent.push(message),
    analyze: (reading) => {
      readings.push(reading);
      return analyze(reading);
    },
  });
  return { pageSession, sent, readings };
}

const labels = () =>
  Array.from(document.querySelectorAll('upstream-badge')).map((host) => host.shadowRoot!.querySelector('.label')!.textContent);

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the content script’s page session', () => {
  it('reports the result and badges the phrases, without changing the page’s text', async () => {
    load(seed.html);
    const before = document.body.textContent;
    const { pageSession, sent } = session();
    await pageSession.scan();
    expect(sent.map((message) => message.type)).toEqual(['scan-result']);
    // Each badge says what the sentence beside it does not: the outlet as resolved, and its place.
    expect(labels()).toEqual(['The Record, first report', 'NBC News, step 2 of 3']);
    expect(document.body.textContent).toBe(before);
    // The badge sits right after the sentence it explains.
    const badge = document.querySelector('upstream-badge')!;
    expect(badge.previousSibling?.textContent).toContain('first reported by The Record');
  });

  it('asks for the analysis with plain data, and says so when no analysis comes back', async () => {
    load(seed.html);
    const { pageSession, sent, readings } = session({}, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await pageSession.scan()).toBeUndefined();
    // What crossed to the background survives JSON, as Chrome's messaging needs.
    expect(JSON.parse(JSON.stringify(readings[0]))).toEqual(readings[0]);
    expect(readings[0].blocks.some((block) => block.text.includes('first reported by The Record'))).toBe(true);
    expect(sent).toEqual([{ type: 'scan-cleared', reason: 'error', error: 'Could not establish connection. Receiving end does not exist.' }]);
    expect(document.querySelectorAll('upstream-badge')).toHaveLength(0);
  });

  it('does not insert badges twice when the scan runs again', async () => {
    load(seed.html);
    const { pageSession } = session();
    await pageSession.scan();
    await pageSession.scan();
    await pageSession.scan();
    expect(document.querySelectorAll('upstream-badge')).toHaveLength(2);
  });

  it('puts cited-outlet badges only when asked', async () => {
    load(fixtures().find((fixture) => fixture.slug === 'cites-reported')!.html);
    const quiet = session();
    await quiet.pageSession.scan();
    expect(labels()).toEqual([]);
    quiet.pageSession.stop();
    const cites = session({ showCiteBadges: true });
    await cites.pageSession.scan();
    expect(labels()).toEqual(['The Washington Post, cited for a claim', 'Argus Leader, cited for a claim']);
    // A cited outlet is no step of the chain: no upstream arrow, and its card names it and the relation.
    const host = document.querySelector('upstream-badge')!;
    expect(host.shadowRoot!.querySelector('.arrow')).toBeNull();
    const card = host.shadowRoot!.querySelector('.card')!;
    expect(card.textContent).toContain('cites: The Washington Post');
    expect(card.querySelector('ol')).toBeNull();
  });

  it('ties each badge to its card for screen readers, and opens it from the keyboard', async () => {
    load(seed.html);
    const { pageSession } = session();
    await pageSession.scan();
    const ids = Array.from(document.querySelectorAll('upstream-badge')).map((host) => {
      const badge = host.shadowRoot!.querySelector('.badge')!;
      const card = host.shadowRoot!.querySelector('.card')!;
      expect(badge.getAttribute('aria-describedby')).toBe(card.id);
      expect(badge.getAttribute('aria-controls')).toBe(card.id);
      expect(badge.getAttribute('aria-label')).toBe(`Upstream: ${host.shadowRoot!.querySelector('.label')!.textContent}`);
      return card.id;
    });
    expect(new Set(ids).size).toBe(ids.length);
    const host = document.querySelector('upstream-badge')!;
    const badge = host.shadowRoot!.querySelector('.badge') as HTMLElement;
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(host.hasAttribute('data-open')).toBe(true);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.hasAttribute('data-open')).toBe(false);
  });

  it('removes every badge when badges are turned off, and stops on a disabled site', async () => {
    load(seed.html);
    const { pageSession, sent } = session();
    await pageSession.scan();
    pageSession.updateSettings({ ...DEFAULT_SETTINGS, showBadges: false });
    expect(document.querySelectorAll('upstream-badge')).toHaveLength(0);
    pageSession.updateSettings({ ...DEFAULT_SETTINGS, disabledSites: ['networktoday.example'] });
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'scan-cleared', reason: 'disabled' }));
    expect(document.querySelectorAll('upstream-badge')).toHaveLength(0);
  });

  it('never puts page text into markup: a hostile site name stays text', async () => {
    load(
      '<!doctype html><html><head><meta property="og:site_name" content="&lt;img src=x onerror=alert(1)&gt;"></head>' +
        '<body><article><p>This article was originally published on NBCNews.com</p></article></body></html>',
    );
    const { pageSession, sent } = session();
    await pageSession.scan();
    const host = document.querySelector('upstream-badge')!;
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(host.shadowRoot!.querySelector('.card')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(sent[0].type === 'scan-result' && sent[0].result.provenance.page.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('rescans after page changes, debounced, and at most a bounded number of times', async () => {
    vi.useFakeTimers();
    load(seed.html);
    const { pageSession, sent } = session();
    await pageSession.scan();
    pageSession.observe();
    for (let i = 0; i < 200; i++) {
      document.querySelector('article')!.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 200 changes 100 ms apart: the quiet period never comes, so no rescan at all.
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(2);
    for (let i = 0; i < 100; i++) {
      document.querySelector('article')!.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(sent.length).toBeLessThanOrEqual(MAX_SCANS_PER_URL);
    pageSession.stop();
  });
});
