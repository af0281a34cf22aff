import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip is for store review: the code, not test output or screenshots.
    excludeSources: ['test-results/**', 'docs/**', '.scratch/**'],
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
