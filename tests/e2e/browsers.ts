/**
 * Launching real browsers with the built extension: Debian's Chromium through playwright-core, and
 * Firefox ESR through puppeteer-core over WebDriver BiDi. Neither downloads a browser.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

// import.meta.url rather than __dirname: the bench and scripts/screenshots.ts run this file as an ES module under tsx.
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export function fixtureHtml(slug: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', slug, 'page.html'), 'utf8');
}

function firstExisting(paths: string[]): string | undefined {
  return paths.find((path) => existsSync(path));
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

export function requireBuild(path: string): void {
  if (!existsSync(join(path, 'manifest.json'))) throw new Error(`No extension build at ${path}: run \`npm run build\` first.`);
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-extensions-except=${CHROME_BUILD}`,
  `--load-extension=${CHROME_BUILD}`,
];

async function openProfile(profile: string, lang?: string): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 900, height: 600 },
    // On this machine `--lang` alone picked the catalogue; `LANGUAGE` alone did nothing (headless
    // Chromium, no system locale of that language installed). Both are set, as a desktop has them.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang } } : {}),
    args: lang ? [...CHROMIUM_ARGS, `--lang=${lang}`] : CHROMIUM_ARGS,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Records optional host permissions as given, where Chromium keeps the grants a person makes at its
 * prompt (the profile's extension settings). Headless Chromium shows that prompt to nobody and offers
 * no switch to answer it, so a test that needs a granted site writes the grant, then restarts the
 * browser, which reads it back exactly as after a real "Allow".
 */
function recordGrant(profile: string, extensionId: string, origins: string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Chromium kept no settings for extension ${extensionId}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (settings[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * Chromium with the built extension loaded. `grantedOrigins`: optional host permissions to hold as
 * if the person had allowed them at the prompt (costs one extra browser start); `lang`: the
 * browser's interface language ("de").
 */
export async function launchChromium(options: { grantedOrigins?: string[]; lang?: string } = {}): Promise<ChromiumSession> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: install Debian\'s `chromium` (the CI script does).');
  requireBuild(CHROME_BUILD);
  const profile = mkdtempSync(join(tmpdir(), 'upstream-chromium-'));
  let opened = await openProfile(profile, options.lang);
  if (options.grantedOrigins?.length) {
    const { extensionId } = opened;
    await opened.context.close();
    recordGrant(profile, extensionId, options.grantedOrigins);
    opened = await openProfile(profile, options.lang);
  }
  const { context, worker, extensionId } = opened;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function ensureShotsDir(): string {
  mkdirSync(SHOTS, { recursive: true });
  return SHOTS;
}
