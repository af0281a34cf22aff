import { browser } from 'wxt/browser';
import { PageSession } from '@/utils/content/page-session';
import { isMessage, type Message, type ReplyTo, type Replies } from '@/utils/messages';
import { readSettings, watchSettings } from '@/utils/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // The popup may inject this script into a tab that already runs it.
    const marker = '__upstreamContentScript';
    const scope = globalThis as unknown as Record<string, boolean>;
    if (scope[marker]) return;
    scope[marker] = true;

    const session = new PageSession({
      document,
      location: () => location.href,
      settings: await readSettings(),
      // The background holds the publisher registry: the page only ever loads the reader.
      analyze: async (reading) => {
        const request = { type: 'analyze', reading } as const satisfies Message;
        const analysis = (await browser.runtime.sendMessage(request)) as ReplyTo<typeof request> | undefined;
        if (!analysis?.provenance || !Array.isArray(analysis.places)) throw new Error('The background gave no analysis');
        return analysis;
      },
      send: async (message: Message) => {
        if (ctx.isInvalid) return;
        try {
          await browser.runtime.sendMessage(message);
        } catch {
          // The extension was updated or reloaded: this copy of the script is orphaned and ends quietly.
          if (ctx.isInvalid) session.stop();
        }
      },
    });
    ctx.onInvalidated(() => session.stop());

    const unwatch = watchSettings((settings) => session.updateSettings(settings));
    ctx.onInvalidated(unwatch);

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isMessage(raw) || ctx.isInvalid) return undefined;
      switch (raw.type) {
        case 'ping':
          return Promise.resolve<Replies['ping']>({ ok: true });
        case 'rescan':
          return session.scan().then((result): Replies['rescan'] => result ?? null);
        case 'reveal':
          return Promise.resolve<Replies['reveal']>(session.reveal(raw.evidenceId));
        default:
          return undefined;
      }
    });

    ctx.addEventListener(window, 'wxt:locationchange', () => session.schedule());
    await session.scan();
    session.observe();
  },
});
