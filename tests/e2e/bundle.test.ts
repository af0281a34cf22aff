/**
 * The content script runs on every page a person opens: it carries the reader only. The publisher
 * registry and the Public Suffix List load in the background, once (see utils/provenance/read.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import outlets from '../../utils/provenance/registry/outlets.json';
import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from './browsers';

/** The budget for the content script. */
const CONTENT_BUDGET_GZIP = 40 * 1024;

describe.each([
  ['Chrome MV3', CHROME_BUILD],
  ['Firefox MV2', FIREFOX_BUILD],
])('%s content script', (_, build) => {
  it('carries neither the outlet registry nor the suffix list, and fits the budget', () => {
    requireBuild(build);
    const content = readFileSync(join(build, 'content-scripts', 'content.js'));
    const text = content.toString('utf8');
    // Names only the outlet file holds, and a suffix-list rule no news text would contain.
    const outletOnly = outlets.map((entry) => entry.name).filter((name) => name.length > 8).slice(0, 50);
    expect(outletOnly.filter((name) => text.includes(JSON.stringify(name)))).toEqual([]);
    expect(text).not.toContain('kommune');
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
    // The background has them: that is where the analysis runs.
    const background = readFileSync(join(build, 'background.js'), 'utf8');
    expect(outletOnly.every((name) => background.includes(JSON.stringify(name)))).toBe(true);
  });
});
