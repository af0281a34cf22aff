/**
 * The built manifests ask for exactly the permissions the README explains, nothing unused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
