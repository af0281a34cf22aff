import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleLine } from '@/components/ArticleLine';
import { ChainView } from '@/components/ChainView';
import { CopyButtons } from '@/components/CopyButtons';
import { MentionList } from '@/components/MentionList';
import { SiteSwitch, siteOf } from '@/components/SiteSwitch';
import { TracePanel } from '@/components/TracePanel';
import { isReadableUrl, loadTabState, sendToTab, targetTab, type PopupState } from '@/utils/popup-client';
import type { Evidence } from '@/utils/provenance/types';
import { upstreamCount } from '@/utils/messages';
import { chainSentence, t, tn } from '@/utils/i18n';

/** The address of the tab the popup is about, where the state knows it. */
function stateUrl(state: PopupState): string | undefined {
  if (state.status === 'done') return state.state.result.url;
  if (state.status === 'scanning' || state.status === 'disabled') return state.url;
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

export function App({ search }: { search: string }) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [notice, setNotice] = useState('');

  const load = useCallback(async (rescan = false, until?: (status: string) => boolean) => {
    try {
      const tab = await targetTab(search);
      if (!tab) return setState({ status: 'error', error: t('popup_no_tab') });
      // Without the `tabs` permission the URL is only known where we may read the page anyway;
      // an unknown URL is decided by whether the page answers (or takes our script).
      if (tab.url !== undefined && !isReadableUrl(tab.url)) return setState({ status: 'restricted', url: tab.url });
      setState({ status: 'scanning', tabId: tab.id, url: tab.url ?? '' });
      if (rescan) await sendToTab(tab.id, { type: 'rescan' });
      const tabState = await loadTabState(tab.id, 6_000, until);
      if (tabState.status === 'done') setState({ status: 'done', tabId: tab.id, state: tabState });
      else if (tabState.status === 'disabled') setState({ status: 'disabled', tabId: tab.id, url: tab.url ?? '' });
      else if (tabState.status === 'error') setState({ status: 'error', error: tabState.error, tabId: tab.id });
      else setState({ status: 'error', error: t('popup_no_answer'), tabId: tab.id });
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      // Injection is refused on pages no extension may read (PDF viewer, error pages, other stores).
      if (/cannot (access|be scripted)|missing host permission|extensions gallery|not allowed/i.test(message)) {
        setState({ status: 'restricted', url: '' });
      } else setState({ status: 'error', error: message });
    }
  }, [search]);

  useEffect(() => {
    void load();
  }, [load]);

  const reveal = async (evidence: Evidence) => {
    if (state.status !== 'done') return;
    try {
      const shown = await sendToTab(state.tabId, { type: 'reveal' as const, evidenceId: evidence.id });
      setNotice(shown ? '' : t('popup_passage_gone'));
    } catch {
      setNotice(t('popup_page_gone'));
    }
  };

  const site = siteOf(stateUrl(state));
  // The content script follows the settings on its own; the popup waits for the tab's new state.
  const onSiteSwitched = (off: boolean) => {
    if (state.status === 'done' || state.status === 'disabled' || state.status === 'scanning') {
      if (off) setState({ status: 'disabled', tabId: state.tabId, url: stateUrl(state) ?? '' });
      else void load(false, (status) => status !== 'disabled');
    }
  };

  return (
    <main class="popup" data-status={state.status}>
      <header class="top">
        <h1>Upstream</h1>
        <div class="top-controls">
          {site && <SiteSwitch site={site} onSwitched={onSiteSwitched} />}
          <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
            {t('popup_settings')}
          </button>
        </div>
      </header>
      {state.status === 'loading' && <p class="state">{t('popup_opening')}</p>}
      {state.status === 'scanning' && <p class="state" role="status">{t('popup_reading')}</p>}
      {state.status === 'restricted' && <p class="state">{t('popup_restricted')}</p>}
      {state.status === 'disabled' && <p class="state">{site ? t('popup_disabled_site', [site]) : t('popup_disabled')}</p>}
      {state.status === 'error' && (
        <div class="state error" role="alert">
          <p>{t('popup_error', [state.error])}</p>
          <button type="button" class="plain" onClick={() => void load(true)}>{t('popup_try_again')}</button>
        </div>
      )}
      {state.status === 'done' && <Result state={state} onReveal={reveal} onRescan={() => void load(true)} />}
      {notice && <p class="notice" role="status">{notice}</p>}
    </main>
  );
}

function Result({
  state,
  onReveal,
  onRescan,
}: {
  state: Extract<PopupState, { status: 'done' }>;
  onReveal: (evidence: Evidence) => void;
  onRescan: () => void;
}) {
  const { stats, url } = state.state.result;
  // A trace extends the chain with what the sources' own pages say.
  const [provenance, setProvenance] = useState(state.state.result.provenance);
  const count = upstreamCount(provenance);
  // What the page says of its own publication ("appears in the March 2020 print edition") is shown on
  // this page's node, also when it names no earlier source.
  const hasNotes = provenance.chain.some((node) => node.relation === 'this-page' && !!node.notes?.length);
  // A page that names no publisher at all is named by its address, never "This page".
  const pageName = provenance.page.evidence.length ? provenance.page.name : (hostOf(url) ?? provenance.page.name);
  return (
    <>
      <p class="summary">{chainSentence(provenance.chain, pageName)}</p>
      <ArticleLine article={provenance.article} />
      {count > 0 && <h2 class="chain-heading">{tn('summary_sources', count, [pageName])}</h2>}
      {(count > 0 || hasNotes) && <ChainView chain={provenance.chain} onReveal={onReveal} />}
      {count > 0 && <TracePanel provenance={provenance} pageUrl={url} onChain={setProvenance} />}
      {count === 0 && (
        <p class="checked">
          {t('checked', [
            stats.blocks ? tn('checked_paragraphs', stats.blocks) : t('checked_page_text'),
            stats.cueFree ? t('checked_cue_free') : '',
            stats.truncated ? t('checked_truncated') : '',
          ])}
        </p>
      )}
      <MentionList title={t('popup_cites')} mentions={provenance.cites} onReveal={onReveal} />
      <MentionList title={t('popup_republished_by')} mentions={provenance.downstream} onReveal={onReveal} />
      <footer class="actions">
        <CopyButtons provenance={provenance} url={url} />
        <button type="button" class="link" onClick={onRescan}>
          {t('popup_scan_again')}
        </button>
      </footer>
    </>
  );
}
