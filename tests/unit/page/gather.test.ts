import { describe, expect, it } from 'vitest';
import { interpretMetadata } from '../../../utils/provenance/analysis/metadata';
import { gatherMetadata } from '../../../utils/provenance/page/gather';
import { domDocument, page } from '../helpers';

const readMetadata = (doc: Document, url?: string) => interpretMetadata(gatherMetadata(doc), url);

describe('gather', () => {
  it('reads metadata from the body too, and takes the first tag with a value', () => {
    const html = page(
      `<p>A quiet story.</p>
       <meta property="og:site_name" content="Garden Weekly">
       <script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"https://www.nbcnews.com/a/1","publisher":{"name":"Garden Weekly"}}</script>`,
      '<meta property="og:site_name" content="  "><meta name="og:site_name" content="">',
    );
    const meta = readMetadata(domDocument(html), 'https://gardenweekly.example/a');
    expect(meta.siteName?.name).toBe('Garden Weekly');
    expect(meta.publisherName?.name).toBe('Garden Weekly');
    expect(meta.signals).toEqual([expect.objectContaining({ kind: 'is-based-on', url: 'https://www.nbcnews.com/a/1' })]);
  });

  it('sends the background at most a megabyte of JSON-LD, whole blocks in page order', () => {
    const block = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"${name}"},"x":"${'y'.repeat(400_000)}"}</script>`;
    const tags = gatherMetadata(domDocument(page(block('Two'), block('One') + block('Three'))));
    expect(tags.map((tag) => tag.text?.length ?? 0).map((length) => length > 400_000)).toEqual([true, true, false]);
    expect(readMetadata(domDocument(page(block('Two'), block('One') + block('Three')))).publisherName?.name).toBe('One');
  });
});
