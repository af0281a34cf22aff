import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderIcons } from './scripts/icons';
import { ICON_SIZES, iconSet, TOOLBAR_ICON_SIZES } from './utils/icons';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip is for store review: the code, not test output or screenshots.
    excludeSources: ['test-results/**', 'docs/**', '.scratch/**'],
  },
  hooks: {
    // The icon's PNGs are rendered from its SVG at every build (scripts/icons.ts).
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await renderIcons(join(wxt.config.wxtDir, 'icons'))));
    },
    // The popup's entry makes the toolbar button (`action` in MV3, `browser_action` in MV2); its
    // icon is set here, once the manifest has the key for the browser being built.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_icon = iconSet('idle', TOOLBAR_ICON_SIZES);
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // Patterns are written as String.raw templates (letters.ts, trigger.ts, the packs): a call the
        // bundler must be told has no side effect, or an unused one would stay in the bundle. (The
        // packs' cues are also built inside a function, languages/*.ts `pack()`, for the same reason.)
        treeshake: { manualPureFunctions: ['String.raw'] },
      },
    },
    resolve: {
      alias: {
        // tldts's own minified build. Bundled from its ES sources, the minifier copies the Public Suffix
        // List's 68 KB label string into each of its three uses (content script 430 KB → 290 KB).
        tldts: fileURLToPath(new URL('./node_modules/tldts/dist/index.esm.min.js', import.meta.url)),
      },
    },
  }),
  manifest: ({ browser }) => ({
    // Interface text lives in public/_locales/<locale>/messages.json (utils/i18n.ts reads it).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    icons: iconSet('idle', ICON_SIZES),
    permissions: ['storage', 'activeTab', 'scripting'],
    // "Trace upstream" asks, at the click, to read the one site it is about to fetch.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'upstream@upstream-extension.org',
              // The current ESR line (140): Debian's firefox-esr, which CI installs, is 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
