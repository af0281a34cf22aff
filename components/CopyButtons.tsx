import { useState } from 'preact/hooks';
import type { Provenance } from '@/utils/provenance/types';
import { formatMarkdown, formatText } from '@/utils/provenance/format';
import { t } from '@/utils/i18n';

interface Props {
  provenance: Provenance;
  url: string;
}

type Format = 'text' | 'markdown' | 'json';

/** Copy the result as plain text, Markdown or JSON (the copied text is the CLI's, in English). */
export function CopyButtons({ provenance, url }: Props) {
  const [copied, setCopied] = useState<Format | 'failed' | undefined>();
  const copy = async (format: Format) => {
    const text =
      format === 'text'
        ? `${formatText(provenance)}\n${url}`
        : format === 'markdown'
          ? formatMarkdown(provenance, url)
          : JSON.stringify({ url, ...provenance }, null, 2);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(format);
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="copy" role="group" aria-label={t('copy_group')}>
      <span class="copy-label">{t('copy_label')}</span>
      <button type="button" onClick={() => copy('text')}>{t('copy_text')}</button>
      <button type="button" onClick={() => copy('markdown')}>Markdown</button>
      <button type="button" onClick={() => copy('json')}>JSON</button>
      <span class="copy-status" role="status">
        {copied === 'failed' ? t('copy_failed') : copied ? t('copy_done') : ''}
      </span>
    </div>
  );
}
