/**
 * User settings: one storage item with defaults, a version and migrations (WXT storage), and a
 * normaliser so that whatever is stored — an old shape, a hand-edited value, garbage — reads back as
 * valid settings without an error.
 */
import { storage } from '#imports';

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

/** The stored shape's version. v2 added `rememberTraces`. */
export const SETTINGS_VERSION = 2;

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

/**
 * Upgrades of the stored shape, each from the version before. They never throw (a failed migration
 * would be logged by the storage library and lose nothing, but we want no console noise): whatever a
 * v1 value holds goes through the normaliser.
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => Settings> = {
  // v1 always kept traced pages for 24 hours; its users keep that behaviour, and every choice they made.
  2: (stored) => ({ ...normalizeSettings(stored), rememberTraces: true }),
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
