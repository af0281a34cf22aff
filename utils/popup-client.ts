/**
 * What the popup needs from the browser: which tab, whether it can be read, its result, and the
 * on-demand injection of the content script into tabs opened before the extension was installed.
 */
import { browser } from 'wxt/browser';
import type { Message, ReplyTo, TabState } from './messages';

export type PopupState =
  | { status: 'loading' }
  | { status: 'scanning'; tabId: number; url: string }
  | { status: 'restricted'; url: string }
  | { status: 'disabled'; tabId: number; url: string }
  | { status: 'error'; error: string; tabId?: number }
  | { status: 'done'; tabId: number; state: Extract<TabState, { status: 'done' }> };

/** Hosts whose pages no extension may read: the browsers' own stores. */
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Whether the extension may run a content script on a URL. */
export function isReadableUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (STORE_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return false;
  // Chrome's PDF viewer shows http(s) PDFs in a frame no script may enter.
  return !/\.pdf$/i.test(parsed.pathname);
}

export async function targetTab(search: string): Promise<{ id: number; url?: string } | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return tab.id === undefined ? undefined : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function send<M extends Message>(message: M): Promise<ReplyTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyTo<M>>;
}

export function sendToTab<M extends Message>(tabId: number, message: M): Promise<ReplyTo<M>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ReplyTo<M>>;
}

/** Makes sure our content script runs in the tab; injects it (activeTab) when the tab predates us. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'ping' });
    return;
  } catch {
    // No listener: the tab was open before the extension was installed or enabled.
  }
  const files = ['/content-scripts/content.js'] as const;
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId }, files: [...files] });
  } else {
    await (browser.tabs as unknown as { executeScript(id: number, details: { file: string }): Promise<unknown> }).executeScript(tabId, {
      file: files[0],
    });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tab's state, injecting and waiting for a first scan where needed (up to `timeoutMs`); with
 * `until`, also waits (as long) for a state it accepts, as after the site was switched back on.
 */
export async function loadTabState(tabId: number, timeoutMs = 6_000, until: (status: TabState['status']) => boolean = () => true): Promise<TabState> {
  const settled = (current: TabState) => current.status !== 'unknown' && until(current.status);
  let state = await send({ type: 'get-tab-state', tabId });
  if (settled(state)) return state;
  if (state.status === 'unknown') await ensureContentScript(tabId);
  const deadline = Date.now() + timeoutMs;
  while (!settled(state) && Date.now() < deadline) {
    await sleep(150);
    state = await send({ type: 'get-tab-state', tabId });
  }
  return state;
}
