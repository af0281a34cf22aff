/**
 * The background's memory of each tab: its last scan result and the count on the toolbar icon.
 * Kept in `storage.session` as well as in memory, because an MV3 service worker is stopped when idle;
 * session storage is never written to disk and goes when the browser closes, and a tab's entry goes
 * when the tab closes or navigates.
 */
import { browser, type Browser } from 'wxt/browser';
import { iconSet, TOOLBAR_ICON_SIZES, type IconState } from './icons';
import { isMessage, upstreamCount, type Message, type Replies, type TabState } from './messages';
import type { Analysis, PageReading } from './provenance/types';

const KEY_PREFIX = 'tab:';

type Action = typeof browser.action;

/** MV3 has `action`; Firefox's MV2 build has the same API as `browserAction`. */
function toolbarAction(): Action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: Action }).browserAction;
}

/** `storage.session` where the browser has it; otherwise memory only. */
function sessionArea(): Browser.storage.StorageArea | undefined {
  return (browser.storage as unknown as { session?: Browser.storage.StorageArea }).session;
}

export class TabResults {
  private readonly states = new Map<number, TabState>();

  async get(tabId: number): Promise<TabState> {
    const known = this.states.get(tabId);
    if (known) return known;
    const stored = (await sessionArea()?.get(KEY_PREFIX + tabId))?.[KEY_PREFIX + tabId] as TabState | undefined;
    return stored ?? { status: 'unknown' };
  }

  async set(tabId: number, state: TabState): Promise<void> {
    this.states.set(tabId, state);
    await sessionArea()?.set({ [KEY_PREFIX + tabId]: state });
    const count = state.status === 'done' ? upstreamCount(state.result.provenance) : 0;
    await this.showCount(tabId, count);
  }

  async clear(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await sessionArea()?.remove(KEY_PREFIX + tabId);
    await this.showCount(tabId, 0);
  }

  private async showCount(tabId: number, count: number): Promise<void> {
    const action = toolbarAction();
    if (!action) return;
    try {
      await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#2f5d8a' });
    } catch {
      // The tab closed between the scan and the badge: nothing to show it on.
    }
    await this.showIcon(action, tabId, count > 0 ? 'found' : 'idle');
  }

  /** The icon's second state says "this page names an earlier source" where the count may be hidden. */
  private async showIcon(action: Action, tabId: number, state: IconState): Promise<void> {
    try {
      await action.setIcon({ tabId, path: iconSet(state, TOOLBAR_ICON_SIZES, '/') });
    } catch {
      // As for the badge: the tab is gone.
    }
  }
}

/**
 * Our own pages (popup, options) have URLs below the extension's base URL; a content script's sender
 * URL is the web page's. (The popup may sit in a tab of its own, so `sender.tab` says nothing.)
 */
export function isOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('/');
  return !!sender.url && sender.url.startsWith(base);
}

/**
 * Wires the message protocol: content scripts send their readings to be analysed and report their
 * tab's result, our own pages read them. Anything else — another extension, a web page, a malformed
 * message — is refused. The analysis comes in as a parameter: the registry it needs loads here, in
 * the background, once, and never in the pages.
 */
export function listen(results: TabResults, analyze: (reading: PageReading) => Analysis): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isMessage(raw)) return undefined;
    const message: Message = raw;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'analyze':
        return Promise.resolve().then((): Replies['analyze'] => analyze(message.reading));
      case 'scan-result':
        if (tabId === undefined) return undefined;
        return results.set(tabId, { status: 'done', result: message.result }).then((): Replies['scan-result'] => true);
      case 'scan-cleared':
        if (tabId === undefined) return undefined;
        return results
          .set(tabId, message.reason === 'disabled' ? { status: 'disabled' } : { status: 'error', error: message.error ?? 'error' })
          .then((): Replies['scan-cleared'] => true);
      case 'get-tab-state':
        if (!isOwnPage(sender)) return undefined;
        return results.get(message.tabId).then((state): Replies['get-tab-state'] => state);
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void results.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: the old result no longer describes it.
    if (change.status === 'loading' && change.url) void results.clear(tabId);
  });
}
