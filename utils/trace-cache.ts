/**
 * Pages read by "Trace upstream", remembered per URL for 24 hours so a second trace does not fetch
 * them again. Bounded: the least recently used entries go first past MAX_ENTRIES. Kept in
 * `storage.local`; only what the engine found (publishers and evidence quotes), never the page itself.
 */
import { browser } from 'wxt/browser';
import type { Provenance } from './provenance/types';

export const CACHE_KEY = 'traceCache';
export const CACHE_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_ENTRIES = 100;

interface Entry {
  url: string;
  finalUrl: string;
  provenance: Provenance;
  savedAt: number;
  usedAt: number;
}

async function readAll(): Promise<Entry[]> {
  const stored = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
  return Array.isArray(stored) ? (stored as Entry[]).filter((entry) => entry && typeof entry.url === 'string') : [];
}

export async function cachedTrace(url: string, now = Date.now()): Promise<Entry | undefined> {
  const entries = await readAll();
  const entry = entries.find((item) => item.url === url);
  if (!entry) return undefined;
  if (now - entry.savedAt > CACHE_TTL_MS) {
    await browser.storage.local.set({ [CACHE_KEY]: entries.filter((item) => item !== entry) });
    return undefined;
  }
  entry.usedAt = now;
  await browser.storage.local.set({ [CACHE_KEY]: entries });
  return entry;
}

export async function rememberTrace(url: string, finalUrl: string, provenance: Provenance, now = Date.now()): Promise<void> {
  const fresh = (await readAll()).filter((item) => item.url !== url && now - item.savedAt <= CACHE_TTL_MS);
  fresh.push({ url, finalUrl, provenance, savedAt: now, usedAt: now });
  fresh.sort((a, b) => b.usedAt - a.usedAt);
  await browser.storage.local.set({ [CACHE_KEY]: fresh.slice(0, MAX_ENTRIES) });
}

/** Drops everything remembered: when the person turns remembering off. */
export async function forgetTraces(): Promise<void> {
  await browser.storage.local.remove(CACHE_KEY);
}
