// Callbacks passed to `worker.evaluate` run in the extension's service worker, where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- typed by the browser, not by us
