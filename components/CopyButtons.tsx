import { useState } from 'preact/hooks';
import type { Provenance } from '@/utils/provenance/types';
import { formatMarkdown, formatText } from '@/utils/provenance/format';

interface Props {
  provenance: Provenance;
  url: string;
}

type Format = 'text' | 'markdown' | 'json';

/** Copy the result as plain text, Markdown or JSON. */
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
    <div class="copy" role="group" aria-label="Copy the result">
      <span class="copy-label">Copy</span>
      <button type="button" onClick={() => copy('text')}>Text</button>
      <button type="button" onClick={() => copy('markdown')}>Markdown</button>
      <button type="button" onClick={() => copy('json')}>JSON</button>
      <span class="copy-status" role="status">
        {copied === 'failed' ? 'Could not copy' : copied ? 'Copied' : ''}
      </span>
    </div>
  );
}
