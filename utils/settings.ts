/**
 * User settings: their shape, defaults and a normaliser so that whatever is stored — an old shape, a
 * hand-edited value, garbage — reads back as valid settings without an error.
 *
 * The content script runs on every page, so it reads the stored value with one `storage.sync.get` and
 * watches `storage.onChanged` (below). The WXT storage item, with its version and migrations, is in
 * settings-store.ts, for the popup and the options page that write: defining that item reads storage
 * three times before the first value, and its library is a quarter of the content script's code.
 */
import { browser } from 'wxt/browser';

export interface Settings {
  /** Badges beside the phrases the chain rests on. */
  showBadges: boolean;
  /** Badges beside outlets the text merely cites. */
  showCiteBadges: boolean;
  /** Hosts (and their subdomains) where the extension does nothing at all. */
  disabledSites: string[];
  /** Keep what Trace upstream read (publishers and quotes per source URL) for 24 hours. Since v2. */
  rememberTraces: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  showBadges: true,
  showCiteBadges: false,
  disabledSites: [],
  rememberTraces: true,
}) as Settings;

/** A bound on the site list, so a pasted novel cannot make every page load slow. */
export const MAX_DISABLED_SITES = 500;

/** "https://www.Example.com/x" or "example.com" → "example.com"; undefined when it is not a host. */
export function normalizeSite(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (!trimmed) return undefined;
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' ? host : undefined;
}

/** Any stored value → valid settings: unknown or wrong-typed fields fall back to their defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(value.disabledSites) ? value.disabledSites : [];
  return {
    showBadges: typeof value.showBadges === 'boolean' ? value.showBadges : DEFAULT_SETTINGS.showBadges,
    showCiteBadges: typeof value.showCiteBadges === 'boolean' ? value.showCiteBadges : DEFAULT_SETTINGS.showCiteBadges,
    disabledSites: [
      ...new Set(sites.filter((site): site is string => typeof site === 'string').map(normalizeSite).filter((site): site is string => !!site)),
    ].slice(0, MAX_DISABLED_SITES),
    rememberTraces: typeof value.rememberTraces === 'boolean' ? value.rememberTraces : DEFAULT_SETTINGS.rememberTraces,
  };
}

/** True when `hostname` is one of the disabled sites or below one. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Where the settings live: `storage.sync`, under this key (WXT's `sync:settings`). */
export const SETTINGS_AREA = 'sync';
export const SETTINGS_KEY = 'settings';

/** The stored settings, read once; defaults when nothing is stored or storage cannot be read. */
export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Calls back with the new settings each time they are saved (defaults when they are removed). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === SETTINGS_AREA && SETTINGS_KEY in changes) callback(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
