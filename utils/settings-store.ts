/**
 * The settings as the pages that write them hold them: one WXT storage item with defaults, a version
 * and migrations. The content script only reads (settings.ts `readSettings`), so it does not load this.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_AREA, SETTINGS_KEY, type Settings } from './settings';

/** The stored shape's version. v2 added `rememberTraces`. */
export const SETTINGS_VERSION = 2;

/**
 * Upgrades of the stored shape, each from the version before. They never throw (a failed migration
 * would be logged by the storage library and lose nothing, but we want no console noise): whatever a
 * v1 value holds goes through the normaliser.
 */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => Settings> = {
  // v1 always kept traced pages for 24 hours; its users keep that behaviour, and every choice they made.
  2: (stored) => ({ ...normalizeSettings(stored), rememberTraces: true }),
};

export const settingsItem = storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
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
