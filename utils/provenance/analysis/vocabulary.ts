/**
 * The language packs' words, merged once for the analysis. Every pack's words apply to every page:
 * pages declare the wrong language often enough (and quote other languages, and run agency copy in
 * a second one) that choosing packs by `lang` would lose more than it saves; the catalogue-wide test
 * keeps one pack's words from stealing another's sentences.
 */
import { packs } from '../languages';

const merged = <T>(pick: (pack: ReturnType<typeof packs>[number]) => T[]): T[] => [...new Set(packs().flatMap(pick))];

const lowerSet = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));

/** Escapes a word for use in a pattern; a space matches any white space. */
export function wordSource(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(' ')
    .join(String.raw`[\s\u00a0]+`);
}

/** An alternation of words, longest first (so that "Deutsche Presse-Agentur" wins over "Deutsche"). */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(wordSource).join('|');
}

export const ARTICLES = merged((pack) => pack.articles);
export const CONNECTORS = merged((pack) => pack.connectors);
export const CONJUNCTIONS = merged((pack) => pack.conjunctions);
export const FILLERS = lowerSet(merged((pack) => pack.fillers));
export const NOT_A_SOURCE = lowerSet(merged((pack) => pack.notASource));
export const NEWS_WORDS = merged((pack) => pack.newsWords);
export const OUTLET_NOUNS = merged((pack) => pack.outletNouns);
export const MONTHS = merged((pack) => pack.months);
export const DAYS = merged((pack) => pack.days);
export const BYLINE_WORDS = merged((pack) => pack.words.bylineWords);
export const SOURCE_LABELS = merged((pack) => pack.words.sourceLabels);
export const PHOTO_WORDS = merged((pack) => pack.photoWords);
export const CREDIT_JOINERS = merged((pack) => pack.creditJoiners);
export const CITE_CREDITS = merged((pack) => pack.citeCredits);
export const COPYRIGHT_WORDS = merged((pack) => pack.copyrightWords);
export const ISSUE_WORDS = merged((pack) => pack.issueWords);
export const QUOTES = merged((pack) => pack.quotes.map(([open, close]) => `${open}${close}`)).map((pair) => [...pair] as [string, string]);
export const NAME_FORMS = packs().flatMap((pack) => pack.nameForms ?? []).map(([pattern, replacement]) => [new RegExp(pattern, 'u'), replacement] as const);
