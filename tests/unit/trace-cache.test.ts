import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CACHE_KEY, CACHE_TTL_MS, MAX_ENTRIES, cachedTrace, rememberTrace } from '../../utils/trace-cache';
import { originPattern } from '../../utils/popup-trace';
import type { Provenance } from '../../utils/provenance/types';

const provenance = (name: string): Provenance => ({
  page: { name, evidence: [] },
  chain: [{ name, relation: 'this-page', confidence: 1, evidence: [] }],
  downstream: [],
  cites: [],
});

beforeEach(() => fakeBrowser.reset());

describe('trace cache', () => {
  it('remembers a page’s result for 24 hours, then forgets it', async () => {
    await rememberTrace('https://a.org/1', 'https://a.org/1', provenance('A'), 1_000);
    expect((await cachedTrace('https://a.org/1', 1_000 + CACHE_TTL_MS - 1))?.provenance.page.name).toBe('A');
    expect(await cachedTrace('https://a.org/1', 1_000 + CACHE_TTL_MS + 1)).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(CACHE_KEY))[CACHE_KEY]).toEqual([]);
  });

  it('keeps at most MAX_ENTRIES, dropping the least recently used', async () => {
    for (let i = 0; i < MAX_ENTRIES; i++) await rememberTrace(`https://s${i}.org/`, `https://s${i}.org/`, provenance(`S${i}`), 10_000 + i);
    // Reading the oldest makes it the most recently used.
    expect(await cachedTrace('https://s0.org/', 20_000)).toBeDefined();
    await rememberTrace('https://new.org/', 'https://new.org/', provenance('New'), 20_001);
    const stored = (await fakeBrowser.storage.local.get(CACHE_KEY))[CACHE_KEY] as { url: string }[];
    expect(stored).toHaveLength(MAX_ENTRIES);
    expect(stored.map((entry) => entry.url)).toContain('https://s0.org/');
    expect(stored.map((entry) => entry.url)).not.toContain('https://s1.org/');
  });

  it('survives a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ [CACHE_KEY]: 'garbage' });
    expect(await cachedTrace('https://a.org/')).toBeUndefined();
    await rememberTrace('https://a.org/', 'https://a.org/', provenance('A'));
    expect(await cachedTrace('https://a.org/')).toBeDefined();
  });
});

describe('permission requests', () => {
  it('ask for the one site about to be read, and never for a non-http URL', () => {
    expect(originPattern('https://www.nbcnews.com/politics/story?x=1')).toBe('https://www.nbcnews.com/*');
    expect(originPattern('http://127.0.0.1:8080/story')).toBe('http://127.0.0.1/*');
    expect(originPattern('javascript:alert(1)')).toBeUndefined();
  });
});
