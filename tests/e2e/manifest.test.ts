/**
 * The built manifests ask for exactly the permissions the README explains, nothing unused, and
 * name icons that are there, at the sizes they claim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconPath, iconSet, TOOLBAR_ICON_SIZES } from '../../utils/icons';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT, requireBuild } from './browsers';

function explainedPermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Permissions')[1].split('\n## ')[0];
  const rows = section.split('\n').filter((line) => line.startsWith('|') && line.split('|')[1].includes('`'));
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]));
}

describe.each([
  ['Chrome MV3', CHROME_BUILD],
  ['Firefox MV2', FIREFOX_BUILD],
])('%s manifest', (_, build) => {
  it('asks only for permissions the README explains, and every one it explains', () => {
    requireBuild(build);
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    const asked = [
      ...new Set<string>([
        ...(manifest.permissions ?? []),
        ...(manifest.host_permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.optional_host_permissions ?? []),
        ...(manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches),
      ]),
    ].sort();
    expect(asked).toEqual([...new Set(explainedPermissions())].sort());
  });
});

/** A PNG's pixel size, from its IHDR chunk (always the first, right after the 8-byte signature). */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${path} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['Chrome MV3', CHROME_BUILD, 'action', [16, 32, 48, 128]],
  ['Firefox MV2', FIREFOX_BUILD, 'browser_action', [48, 96]],
] as const)('%s icons', (_, build, buttonKey, storeSizes) => {
  it('names an icon of the right pixel size at every path, in every size the browser asks for', () => {
    requireBuild(build);
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    const button = manifest[buttonKey];
    expect(button?.default_popup).toBe('popup.html');
    // The background's per-tab state (utils/tab-results.ts) uses these; they are not in the manifest.
    const foundState = iconSet('found', TOOLBAR_ICON_SIZES);
    const sets: Record<string, Record<string, string>> = { icons: manifest.icons, [buttonKey]: button.default_icon, foundState };
    for (const size of storeSizes) expect(Object.keys(manifest.icons)).toContain(String(size));
    for (const size of [16, 32]) expect(Object.keys(button.default_icon)).toContain(String(size));
    for (const [where, set] of Object.entries(sets)) {
      expect(Object.keys(set).length, where).toBeGreaterThan(0);
      for (const [size, path] of Object.entries(set)) {
        expect(existsSync(join(build, path)), `${where} ${size}: ${path}`).toBe(true);
        expect(pngSize(join(build, path)), `${where} ${size}: ${path}`).toEqual({ width: Number(size), height: Number(size) });
      }
    }
    // The found state is another drawing, not the idle icon under a second name.
    for (const size of TOOLBAR_ICON_SIZES) {
      expect(readFileSync(join(build, iconPath('found', size))).equals(readFileSync(join(build, iconPath('idle', size))))).toBe(false);
    }
  });
});

describe('Firefox MV2 manifest', () => {
  it('carries the add-on id and a minimum version that has every key the manifest uses', () => {
    requireBuild(FIREFOX_BUILD);
    const settings = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')).browser_specific_settings;
    const gecko = settings?.gecko;
    // An email-like id, as addons.mozilla.org takes it; a fixed one keeps storage across updates.
    expect(gecko.id).toMatch(/^[\w.-]+@[\w-]+(\.[\w-]+)+$/);
    // data_collection_permissions came in Firefox 140 on desktop and 142 on Android (web-ext lint
    // warns below either; `npm run lint:firefox` fails on it).
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(settings.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
