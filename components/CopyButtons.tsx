import { useState } from 'preact/hooks';
import type { Provenance } from '@/utils/provenance/types';
import { formatMarkdown, formatText } from '@/utils/provenance/format';
import { formatCsl, formatWikipedia, formatWikipediaOriginal } from '@/utils/provenance/cite';
import { t } from '@/utils/i18n';

interface Props {
  provenance: Provenance;
  url: string;
}

type Format = 'text' | 'markdown' | 'json' | 'wikipedia' | 'csl' | 'original';

/**
 * Copy the result as plain text, Markdown, JSON or a citation ({{cite news}}, CSL-JSON, the
 * original's {{cite news}}): the copied text is the CLI's, in English, from the same formatters.
 */
export function CopyButtons({ provenance, url }: Props) {
  const [copied, setCopied] = useState<Format | 'failed' | undefined>();
  // Read at the click: the access date is the day the reader copies the citation.
  const formats: Record<Format, () => string | undefined> = {
    text: () => `${formatText(provenance)}\n${url}`,
    markdown: () => formatMarkdown(provenance, url),
    json: () => JSON.stringify({ url, ...provenance }, null, 2),
    wikipedia: () => formatWikipedia(provenance, { url, accessed: new Date() }),
    csl: () => JSON.stringify(formatCsl(provenance, { url, accessed: new Date() }), null, 2),
    original: () => formatWikipediaOriginal(provenance, { accessed: new Date() }),
  };
  const copy = async (format: Format) => {
    try {
      await navigator.clipboard.writeText(formats[format]() ?? '');
      setCopied(format);
    } catch {
      setCopied('failed');
    }
  };
  const hasOriginal = !!formatWikipediaOriginal(provenance, { accessed: new Date() });
  return (
    <div class="copy" role="group" aria-label={t('copy_group')}>
      <span class="copy-label">{t('copy_label')}</span>
      <button type="button" onClick={() => copy('text')}>{t('copy_text')}</button>
      <button type="button" onClick={() => copy('markdown')}>Markdown</button>
      <button type="button" onClick={() => copy('json')}>JSON</button>
      <button type="button" onClick={() => copy('wikipedia')}>Wikipedia</button>
      <button type="button" onClick={() => copy('csl')}>CSL-JSON</button>
      {hasOriginal && <button type="button" onClick={() => copy('original')}>{t('copy_cite_original')}</button>}
      <span class="copy-status" role="status">
        {copied === 'failed' ? t('copy_failed') : copied ? t('copy_done') : ''}
      </span>
    </div>
  );
}
