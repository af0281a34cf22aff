import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage, upstreamCount } from '../../utils/messages';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSettings, normalizeSite, readSettings, watchSettings } from '../../utils/settings';
import { getSettings, saveSettings } from '../../utils/settings-store';
import { TabResults } from '../../utils/tab-results';
import { iconSet, TOOLBAR_ICON_SIZES } from '../../utils/icons';
import { analyzeDocument } from '../../utils/provenance';
import { domDocument, fixtures } from './helpers';

const seed = fixtures().find((fixture) => fixture.slug === 'seed-network-today')!;
const seedProvenance = analyzeDocument(domDocument(seed.html), { url: seed.expected.url });

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads defaults when nothing is stored, and what was saved after', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ showBadges: false, showCiteBadges: true, disabledSites: ['https://www.Example.com/news', 'example.com'], rememberTraces: false });
    expect(await getSettings()).toEqual({ showBadges: false, showCiteBadges: true, disabledSites: ['example.com'], rememberTraces: false });
  });

  it('falls back to defaults, field by field, for corrupt stored values', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { showBadges: 'yes', showCiteBadges: true, disabledSites: [42, 'ok.org', null] } });
    expect(await getSettings()).toEqual({ showBadges: true, showCiteBadges: true, disabledSites: ['ok.org'], rememberTraces: true });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('upgrades settings stored by version 1, keeping every choice the person made', async () => {
    // What version 1 wrote: its three fields, and WXT's version marker beside them.
    await fakeBrowser.storage.sync.set({
      settings: { showBadges: false, showCiteBadges: true, disabledSites: ['example.com', 'news.example.org'] },
      settings$: { v: 1 },
    });
    // An update loads the new code over the old storage: a fresh module defines the item and migrates.
    vi.resetModules();
    const errors = vi.spyOn(console, 'error');
    const upgraded = await import('../../utils/settings-store');
    expect(await upgraded.getSettings()).toEqual({
      showBadges: false,
      showCiteBadges: true,
      disabledSites: ['example.com', 'news.example.org'],
      rememberTraces: true,
    });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: upgraded.SETTINGS_VERSION });
    expect(stored.settings).toEqual(await upgraded.getSettings());
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('upgrades a corrupt version-1 value to defaults without a console error', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 1 } });
    vi.resetModules();
    const errors = vi.spyOn(console, 'error');
    const upgraded = await import('../../utils/settings-store');
    expect(await upgraded.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('reads in the content script what the options page saved, in one read, and without migrating', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const saved = { showBadges: false, showCiteBadges: true, disabledSites: ['example.com'], rememberTraces: false };
    await saveSettings(saved);
    const reads = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await readSettings()).toEqual(saved);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    // A value version 1 wrote reads as its migration would make it; the reader leaves storage as it was.
    const v1 = { settings: { showBadges: false, showCiteBadges: true, disabledSites: ['news.example.org'] }, settings$: { v: 1 } };
    await fakeBrowser.storage.sync.set(v1);
    expect(await readSettings()).toEqual({ ...v1.settings, rememberTraces: true });
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual(v1);
  });

  it('reads defaults when storage cannot be read', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    reads.mockRestore();
  });

  it('tells the content script of each save, and of removal, until it stops watching', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await saveSettings({ ...DEFAULT_SETTINGS, showBadges: false });
    await fakeBrowser.storage.local.set({ settings: 'another area' });
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();
    await saveSettings({ ...DEFAULT_SETTINGS, showCiteBadges: true });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, showBadges: false }, DEFAULT_SETTINGS]);
  });

  it('bounds the site list', () => {
    const sites = Array.from({ length: 2_000 }, (_, i) => `site${i}.org`);
    expect(normalizeSettings({ disabledSites: sites }).disabledSites).toHaveLength(500);
  });

  it('matches disabled sites and their subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
    expect(normalizeSite('not a site')).toBeUndefined();
    expect(normalizeSite('javascript:alert(1)')).toBeUndefined();
  });
});

describe('message protocol', () => {
  it('accepts well-formed messages and refuses everything else', () => {
    expect(isMessage({ type: 'ping' })).toBe(true);
    expect(isMessage({ type: 'reveal', evidenceId: 3 })).toBe(true);
    expect(isMessage({ type: 'reveal', evidenceId: '3' })).toBe(false);
    expect(isMessage({ type: 'get-tab-state', tabId: 1.5 })).toBe(false);
    expect(isMessage({ type: 'scan-result', result: { url: 'https://x.org/' } })).toBe(false);
    expect(isMessage({ type: 'eval', code: 'alert(1)' })).toBe(false);
    expect(isMessage('ping')).toBe(false);
    expect(isMessage(null)).toBe(false);
    // A reading's metadata tags are plain strings, as the content script gathers them.
    const reading = (metaTags: unknown[]) => ({ type: 'analyze', reading: { title: '', tail: '', blocks: [], metaTags } });
    expect(isMessage(reading([{ tag: 'link', attributes: { rel: 'canonical', href: 'https://x.org/a' } }, { tag: 'script', attributes: {}, text: '{}' }]))).toBe(true);
    expect(isMessage(reading([{ tag: 'link', attributes: { href: 1 } }]))).toBe(false);
    expect(isMessage(reading([{ tag: 'script', attributes: {}, text: {} }]))).toBe(false);
    expect(isMessage(reading([{ tag: 'iframe', attributes: {} }]))).toBe(false);
    expect(isMessage({ type: 'analyze', reading: { title: '', tail: '', blocks: [], meta: { signals: [] } } })).toBe(false);
  });

  it('counts upstream sources, not this page', () => {
    expect(upstreamCount(seedProvenance)).toBe(2);
  });
});

describe('tab results in the background', () => {
  const result = { url: seed.expected.url!, provenance: seedProvenance, stats: { textNodes: 1, blocks: 1, characters: 1, truncated: false, cueFree: false }, scannedAt: 1 };

  it('keeps a tab’s result, shows its count on the icon, and forgets it when cleared', async () => {
    const results = new TabResults();
    await results.set(7, { status: 'done', result });
    expect(await results.get(7)).toEqual({ status: 'done', result });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    // A new service worker (the old one was stopped while idle) still knows it, from session storage.
    expect(await new TabResults().get(7)).toEqual({ status: 'done', result });
    await results.clear(7);
    expect(await results.get(7)).toEqual({ status: 'unknown' });
    expect(await new TabResults().get(7)).toEqual({ status: 'unknown' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('switches the tab’s icon to its found state while the page names an earlier source', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    const results = new TabResults();
    await results.set(9, { status: 'done', result });
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 9, path: iconSet('found', TOOLBAR_ICON_SIZES, '/') });
    await results.clear(9);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 9, path: iconSet('idle', TOOLBAR_ICON_SIZES, '/') });
    await results.set(9, { status: 'done', result: { ...result, provenance: { ...seedProvenance, chain: seedProvenance.chain.slice(-1) } } });
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 9, path: iconSet('idle', TOOLBAR_ICON_SIZES, '/') });
    setIcon.mockRestore();
  });

  it('shows no count for a page without upstream sources', async () => {
    const results = new TabResults();
    await results.set(8, { status: 'done', result: { ...result, provenance: { ...seedProvenance, chain: seedProvenance.chain.slice(-1) } } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });
});
