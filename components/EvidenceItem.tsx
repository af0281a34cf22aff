import type { ComponentChildren } from 'preact';
import type { Evidence } from '@/utils/provenance/types';
import { describeTag } from '@/utils/provenance/describe';
import { evidenceKindLabel, quoted, t, tAround, tagWords } from '@/utils/i18n';

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

/** A link out of the popup: a new tab, the full address on hover, no referrer. */
export function OutLink({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  return (
    <a class={className} href={href} target="_blank" rel="noreferrer noopener" title={href}>
      {children}
    </a>
  );
}

interface Props {
  evidence: Evidence;
  onReveal?: (evidence: Evidence) => void;
  /** A note on this page's own publication: one line, "Note: …", instead of the kind above the quote. */
  note?: boolean;
}

/** A tag in words ("The page's canonical link points to time.com/…"), the tag itself one click away. */
function TagEvidence({ evidence }: { evidence: Evidence }) {
  const description = describeTag(evidence)!;
  const [before, after] = tagWords(description.statement);
  const href = safeHref(description.url);
  return (
    <>
      <span class="evidence-words">
        {before}
        {href ? <OutLink href={href}>{description.target}</OutLink> : <span class="evidence-target">{description.target}</span>}
        {after}
      </span>
      <details class="evidence-raw">
        <summary>{t('evidence_show_tag')}</summary>
        <code>{evidence.quote}</code>
      </details>
    </>
  );
}

export function EvidenceItem({ evidence, onReveal, note }: Props) {
  const inPage = !!evidence.locator && !!onReveal;
  const tag = !!describeTag(evidence);
  const sentence = evidence.kind === 'text' || evidence.kind === 'dateline' || evidence.kind === 'byline';
  // The quote as the page wrote it; only the quotation marks around it are the reader's language.
  const quote = sentence ? quoted(evidence.quote) : evidence.quote;
  const href = tag ? undefined : safeHref(evidence.url);
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
              <OutLink class="evidence-page" href={readOn}>
                {new URL(readOn).hostname}
              </OutLink>
              {afterPage}
            </>
          )}
        </span>
      )}
      {tag ? (
        <TagEvidence evidence={evidence} />
      ) : inPage ? (
        <button type="button" class="evidence-quote" title={t('evidence_show')} onClick={() => onReveal!(evidence)}>
          {quote}
        </button>
      ) : (
        <span class={sentence ? 'evidence-quote' : 'evidence-quote evidence-static'}>{quote}</span>
      )}
      {href && (
        <OutLink class="evidence-link" href={href}>
          {new URL(href).hostname}
        </OutLink>
      )}
    </li>
  );
}
