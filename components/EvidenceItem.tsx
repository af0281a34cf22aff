import type { Evidence } from '@/utils/provenance/types';

const KIND_LABEL: Record<Evidence['kind'], string> = {
  text: 'in the text',
  dateline: 'dateline',
  byline: 'byline',
  link: 'page link tag',
  meta: 'meta tag',
  'json-ld': 'structured data',
  'site-name': 'site name',
  copyright: 'copyright line',
  url: 'address',
};

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
}

export function EvidenceItem({ evidence, onReveal }: Props) {
  const inPage = !!evidence.locator && !!onReveal;
  const sentence = evidence.kind === 'text' || evidence.kind === 'dateline' || evidence.kind === 'byline';
  const quote = sentence ? `“${evidence.quote}”` : evidence.quote;
  const href = safeHref(evidence.url);
  // Evidence a trace read on a source's own page: say which page, since it is not the one in the tab.
  const readOn = safeHref(evidence.readOn);
  return (
    <li class="evidence">
      <span class="evidence-kind">
        {KIND_LABEL[evidence.kind]}
        {readOn && (
          <>
            {' of '}
            <a class="evidence-page" href={readOn} target="_blank" rel="noreferrer noopener" title={readOn}>
              {new URL(readOn).hostname}
            </a>
          </>
        )}
      </span>
      {inPage ? (
        <button type="button" class="evidence-quote" title="Show on the page" onClick={() => onReveal!(evidence)}>
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
