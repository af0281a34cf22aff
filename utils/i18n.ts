/**
 * The interface's text in the browser's language: `public/_locales/<locale>/messages.json`, read with
 * `browser.i18n.getMessage` (the browser picks the catalogue from its UI language and falls back to
 * English, the manifest's `default_locale`). Used by the popup, the options page and the badges; the
 * engine and the CLI (utils/provenance/) stay English.
 *
 * Plural messages hold one form per CLDR plural category, chosen with `Intl.PluralRules` for the
 * catalogue's own language (`locale_code`): `one {$COUNT$ source} few {…} many {…} other {…}`.
 * English needs `one` and `other`, Polish `one`, `few`, `many` and `other`, Japanese only `other`.
 * The count is always `$1`, formatted for that language.
 */
import { browser } from 'wxt/browser';
import englishCatalogue from '../public/_locales/en/messages.json';
import type { TagStatement } from './provenance/describe';
import type { EvidenceKind, Relation } from './provenance/types';

export type MessageKey = keyof typeof englishCatalogue;

/** One entry of a `messages.json`. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** What `browser.i18n.getMessage` does with an entry: named placeholders, then `$1`…`$9`, `$$` for `$`. */
export function formatEntry(entry: CatalogueEntry, substitutions: readonly string[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\$|[1-9])/g, (_, index: string) => (index === '$' ? '$' : (substitutions[Number(index) - 1] ?? '')));
}

// fakeBrowser (unit tests) does not mock i18n: there, messages come from the English file. The build
// replaces MODE with "production", so the file is not bundled into the extension.
const testCatalogue: Catalogue | undefined = import.meta.env.MODE === 'test' ? englishCatalogue : undefined;

function lookup(key: MessageKey, substitutions: string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API here (unit tests) or the extension context is gone.
  }
  const entry = testCatalogue?.[key];
  return entry ? formatEntry(entry, substitutions) : key;
}

/** A message, with its `$1`…`$9` filled in. */
export function t(key: MessageKey, substitutions: (string | number)[] = []): string {
  return lookup(key, substitutions.map(String));
}

/** The language of the catalogue the browser chose (a BCP 47 tag: "de", "pt-BR", "zh-CN"). */
export function messageLocale(): string {
  return t('locale_code') || 'en';
}

function primary(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/**
 * The `lang` of our pages and badges: the browser's UI language (`getUILanguage`) where its text is
 * shown in that language, else the language of the catalogue it fell back to (a Korean browser sees
 * English text, so screen readers should read English).
 */
export function uiLanguage(): string {
  const catalogue = messageLocale();
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage().replace(/_/g, '-');
  } catch {
    // As above: no i18n API.
  }
  return ui && primary(ui) === primary(catalogue) ? ui : catalogue;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make(locale)));
  return value;
}

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
const FORM = /(zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** The forms of a plural message by category, or undefined when it is not one. */
export function pluralForms(message: string): Partial<Record<PluralCategory, string>> | undefined {
  const forms: Partial<Record<PluralCategory, string>> = {};
  let found = false;
  for (const match of message.matchAll(FORM)) {
    forms[match[1] as PluralCategory] = match[2];
    found = true;
  }
  return found ? forms : undefined;
}

// Substituted text (a publisher's name) may hold braces: kept out of the forms' syntax meanwhile.
const hideBraces = (text: string) => text.replace(/\{/g, '\uE000').replace(/\}/g, '\uE001');
const showBraces = (text: string) => text.replace(/\uE000/g, '{').replace(/\uE001/g, '}');

/** A plural message for `count` ($1, formatted), with further substitutions as $2…$9. */
export function tn(key: MessageKey, count: number, substitutions: (string | number)[] = []): string {
  const locale = messageLocale();
  const number = cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(count);
  const message = lookup(key, [number, ...substitutions.map((item) => hideBraces(String(item)))]);
  const forms = pluralForms(message);
  if (!forms) return showBraces(message);
  const category = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count) as PluralCategory;
  return showBraces(forms[category] ?? forms.other ?? '');
}

/** 0.9 → "90%" ("90 %" in German and French, "%90" in Turkish). */
export function formatPercent(fraction: number): string {
  return cached(percentFormats, messageLocale(), (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(fraction);
}

/** Names as a list: "A, B, C", "A, B und C", "A、B、C". */
export function formatList(items: string[]): string {
  return cached(listFormats, messageLocale(), (tag) => new Intl.ListFormat(tag, { type: 'conjunction', style: 'narrow' })).format(items);
}

/**
 * A message split where one substitution goes, for markup there (a link): `[before, after]`.
 * The substitution at `slot` (0-based) is left out of the text.
 */
export function tAround(key: MessageKey, substitutions: string[], slot: number): [string, string] {
  const marker = '\uE002';
  const parts = t(key, substitutions.map((item, index) => (index === slot ? marker : item))).split(marker);
  return [parts[0] ?? '', parts.slice(1).join('')];
}

const RELATION_KEY: Record<Relation, MessageKey> = {
  'first-reported': 'relation_first_reported',
  wire: 'relation_wire',
  'originally-published': 'relation_originally_published',
  republished: 'relation_republished',
  'produced-by': 'relation_produced_by',
  syndication: 'relation_syndication',
  'based-on': 'relation_based_on',
  'this-page': 'relation_this_page',
};

const KIND_KEY: Record<EvidenceKind, MessageKey> = {
  text: 'kind_text',
  dateline: 'kind_dateline',
  byline: 'kind_byline',
  link: 'kind_link',
  meta: 'kind_meta',
  'json-ld': 'kind_json_ld',
  'site-name': 'kind_site_name',
  copyright: 'kind_copyright',
  url: 'kind_url',
};

/** "first reported", "wire story", … "this page". */
export function relationLabel(relation: Relation): string {
  return t(RELATION_KEY[relation]);
}

/** "in the text", "dateline", "meta tag", … */
export function evidenceKindLabel(kind: EvidenceKind): string {
  return t(KIND_KEY[kind]);
}

/** A quotation as the language marks it: “…”, „…“, « … », 「…」. The quote itself is left as written. */
export function quoted(text: string): string {
  return t('quoted', [text]);
}

/** How the summary sentence says each step: "first reported by The Record". */
const STORY_KEY: Record<Exclude<Relation, 'this-page'>, MessageKey> = {
  'first-reported': 'story_first_reported',
  wire: 'story_wire',
  'originally-published': 'story_originally_published',
  republished: 'story_republished',
  'produced-by': 'story_produced_by',
  syndication: 'story_syndication',
  'based-on': 'story_based_on',
};

/**
 * The chain in one plain sentence, origin first: "First reported by The Record, originally
 * published by NBC News, then here on Network Today."
 */
export function chainSentence(chain: { name: string; relation: Relation }[], pageName: string): string {
  const clauses = chain
    .filter((node): node is { name: string; relation: Exclude<Relation, 'this-page'> } => node.relation !== 'this-page')
    .map((node) => t(STORY_KEY[node.relation], [node.name]));
  if (!clauses.length) return t('summary_none', [pageName]);
  const sentence = t('summary_chain', [clauses.join(t('summary_joiner')), pageName]);
  // A clause that opens with the source's name keeps the name as written ("dpa" stays lower case).
  const opensWithName = chain[0] && sentence.startsWith(chain[0].name);
  return opensWithName ? sentence : sentence.charAt(0).toLocaleUpperCase(messageLocale()) + sentence.slice(1);
}

const TAG_KEY: Record<TagStatement, MessageKey> = {
  canonical: 'tag_canonical',
  'syndication-source': 'tag_syndication_source',
  'original-source': 'tag_original_source',
  'based-on': 'tag_based_on',
  author: 'tag_author',
  source: 'tag_source',
  'site-name': 'tag_site_name',
  publisher: 'tag_publisher',
  address: 'tag_address',
};

/** A tag's statement in the interface's language, split where its target goes (a link there). */
export function tagWords(statement: TagStatement): [string, string] {
  return tAround(TAG_KEY[statement], [''], 0);
}
