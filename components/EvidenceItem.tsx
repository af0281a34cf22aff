import type { Evidence } from '@/utils/provenance/types';
import { evidenceKindLabel, quoted, t, tAround } from '@/utils/i18n';

/** Only http(s) links are ever made clickable: a `javascript:` URL in a page stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

interface Props {
  evidence: Evidence;
  onReveal?: (evidence: Evidence) => void;
  /** A note on this page's own publication: one line, "Note: …", instead of the kind above the quote. */
  note?: boolean;
}

export function EvidenceItem({ evidence, onReveal, note }: Props) {
  const inPage = !!evidence.locator && !!onReveal;
  const sentence = evidence.kind === 'text' || evidence.kind === 'dateline' || evidence.kind === 'byline';
  // The quote as the page wrote it; only the quotation marks around it are the reader's language.
  const quote = sentence ? quoted(evidence.quote) : evidence.quote;
  const href = safeHref(evidence.url);
  // Evidence a trace read on a source's own page: say which page, since it is not the one in the tab.
  const readOn = safeHref(evidence.readOn);
  const kind = evidenceKindLabel(evidence.kind);
  const [beforePage, afterPage] = readOn ? tAround('evidence_read_on', [kind, ''], 1) : [kind, ''];
  return (
    <li class={note ? 'evidence evidence-note' : 'evidence'}>
      {note ? (
        <span class="evidence-note-label">{t('note_label')}</span>
      ) : (
        <span class="evidence-kind">
          {beforePage}
          {readOn && (
            <>
              <a class="evidence-page" href={readOn} target="_blank" rel="noreferrer noopener" title={readOn}>
                {new URL(readOn).hostname}
              </a>
              {afterPage}
            </>
          )}
        </span>
      )}
      {inPage ? (
        <button type="button" class="evidence-quote" title={t('evidence_show')} onClick={() => onReveal!(evidence)}>
          {quote}
        </button>
      ) : (
        <span class={sentence ? 'evidence-quote' : 'evidence-quote evidence-static'}>{quote}</span>
      )}
      {href && (
        <a class="evidence-link" href={href} target="_blank" rel="noreferrer noopener">
          {new URL(href).hostname}
        </a>
      )}
    </li>
  );
}
