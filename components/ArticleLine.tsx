import type { ArticleInfo } from '@/utils/provenance/types';
import { uiLanguage } from '@/utils/i18n';

/** "2025-03-03T12:00:00Z" in the reader's language ("3 Mar 2025"); a date the page wrote otherwise stays as written. */
function readableDate(published: string): string {
  const date = new Date(published);
  if (Number.isNaN(date.getTime())) return published;
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(date);
  } catch {
    return published;
  }
}

/** The page's headline and date, where it gives them, under the chain's sentence: which story it is about. */
export function ArticleLine({ article }: { article: ArticleInfo | undefined }) {
  if (!article?.title && !article?.published) return null;
  return (
    <p class="article">
      {article.title && <cite>{article.title}</cite>}
      {article.title && article.published && ' · '}
      {article.published && <time dateTime={article.published}>{readableDate(article.published)}</time>}
    </p>
  );
}
