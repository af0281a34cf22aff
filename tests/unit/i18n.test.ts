/**
 * The interface's translations: every locale has English's messages and placeholders, each plural
 * message the plural forms of its own language, and the helper picks them as the browser would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChainView } from '../../components/ChainView';
import {
  formatEntry,
  pluralForms,
  relationLabel,
  evidenceKindLabel,
  t,
  tAround,
  tn,
  uiLanguage,
  type Catalogue,
} from '../../utils/i18n';
import type { ChainNode, EvidenceKind, Relation } from '../../utils/provenance/types';

const LOCALES_DIR = join(__dirname, '..', '..', 'public', '_locales');
const catalogues: Record<string, Catalogue> = Object.fromEntries(
  readdirSync(LOCALES_DIR).map((locale) => [locale, JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'))]),
);
const english = catalogues.en;
const others = Object.keys(catalogues).filter((locale) => locale !== 'en');

/** Placeholder names a message uses, `$NAME$`, lower-cased as the browser matches them. */
function used(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()))].sort();
}

/** The browser's lookup, for one locale's catalogue with English behind it (default_locale). */
function useLocale(locale: string, uiLanguageTag = locale.replace('_', '-')): void {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const entry = catalogues[locale][key] ?? english[key];
    if (!entry) return '';
    return formatEntry(entry, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguageTag;
}

describe('translations', () => {
  it('cover the languages asked for', () => {
    expect(Object.keys(catalogues).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt_BR', 'pt_PT', 'tr', 'zh_CN']);
  });

  it.each(others)('%s has exactly the message keys of English', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(others)('%s has the placeholders of English, and uses each of them', (locale) => {
    for (const [key, entry] of Object.entries(english)) {
      const translated = catalogues[locale][key];
      const contents = (item: Catalogue[string]) =>
        Object.fromEntries(Object.entries(item.placeholders ?? {}).map(([name, placeholder]) => [name, placeholder.content]));
      expect(contents(translated), `${locale} ${key}`).toEqual(contents(entry));
      expect(used(translated.message), `${locale} ${key}`).toEqual(used(entry.message));
      expect(used(entry.message), `en ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      expect(translated.message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it.each(Object.keys(catalogues))('%s gives every plural message exactly the plural forms of its language', (locale) => {
    const tag = catalogues[locale].locale_code.message;
    expect(tag.replace('-', '_').toLowerCase()).toBe(locale.toLowerCase());
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort();
    for (const [key, entry] of Object.entries(english)) {
      const forms = pluralForms(catalogues[locale][key].message);
      expect(!!forms, `${locale} ${key} is plural as in English`).toBe(!!pluralForms(entry.message));
      if (!forms) continue;
      expect(Object.keys(forms).sort(), `${locale} ${key}`).toEqual(categories);
      for (const form of Object.values(forms)) expect(form!.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('name the manifest through messages, within the store limits', () => {
    for (const catalogue of Object.values(catalogues)) {
      expect(catalogue.extName.message).toBe('Upstream');
      expect(catalogue.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('the i18n helper', () => {
  beforeEach(() => useLocale('en'));

  it('keeps the English interface text as it was', () => {
    expect(tn('summary_sources', 1, ['Network Today'])).toBe('1 earlier source before Network Today.');
    expect(tn('summary_sources', 2, ['Network Today'])).toBe('2 earlier sources before Network Today.');
    expect(relationLabel('first-reported')).toBe('first reported');
    expect(t('card_this_page')).toBe(' (this page)');
    expect(uiLanguage()).toBe('en');
  });

  it('gives Polish its three forms for whole numbers', () => {
    useLocale('pl');
    const summary = (count: number) => tn('summary_sources', count, ['Gazeta']);
    expect(summary(1)).toBe('1 wcześniejsze źródło przed Gazeta.');
    for (const count of [2, 3, 4, 22, 104]) expect(summary(count)).toBe(`${count} wcześniejsze źródła przed Gazeta.`);
    for (const count of [5, 11, 12, 14, 21, 25, 111]) expect(summary(count)).toBe(`${count} wcześniejszych źródeł przed Gazeta.`);
    expect(tn('checked_paragraphs', 1)).toBe('1 akapit');
    expect(tn('checked_paragraphs', 3)).toBe('3 akapity');
    expect(tn('checked_paragraphs', 5)).toBe('5 akapitów');
    expect(uiLanguage()).toBe('pl');
  });

  it('formats the count for the language, and keeps braces in a name as text', () => {
    useLocale('de');
    expect(tn('checked_paragraphs', 1200)).toBe('1.200 Absätze');
    expect(tn('summary_sources', 1, ['{Die} Zeit}'])).toBe('1 frühere Quelle vor {Die} Zeit}.');
    useLocale('ja');
    expect(tn('summary_sources', 3, ['共同通信'])).toBe('共同通信 より前の出典が 3 件あります。');
  });

  it('labels every relation and evidence kind in every language', () => {
    const relations: Relation[] = ['first-reported', 'wire', 'originally-published', 'republished', 'produced-by', 'syndication', 'based-on', 'this-page'];
    const kinds: EvidenceKind[] = ['text', 'dateline', 'byline', 'link', 'meta', 'json-ld', 'site-name', 'copyright', 'url'];
    for (const locale of Object.keys(catalogues)) {
      useLocale(locale);
      for (const relation of relations) expect(relationLabel(relation)).toBe(catalogues[locale][`relation_${relation.replace(/-/g, '_')}`].message);
      for (const kind of kinds) expect(evidenceKindLabel(kind)).toBe(catalogues[locale][`kind_${kind.replace(/-/g, '_')}`].message);
    }
  });

  it('splits a message around a link, whichever side the language puts it', () => {
    expect(tAround('evidence_read_on', ['in the text', ''], 1)).toEqual(['in the text of ', '']);
    useLocale('ja');
    expect(tAround('evidence_read_on', ['本文', ''], 1)).toEqual(['', ' の本文']);
  });

  it('follows the UI language where its catalogue is shown, and the catalogue where the browser fell back', () => {
    useLocale('de', 'de-AT');
    expect(uiLanguage()).toBe('de-AT');
    useLocale('en', 'ko');
    expect(uiLanguage()).toBe('en');
    useLocale('pt_BR', 'pt-BR');
    expect(uiLanguage()).toBe('pt-BR');
  });
});

describe('the chain in the popup', () => {
  const chain: ChainNode[] = [
    {
      name: 'dpa',
      domain: 'dpa.com',
      relation: 'wire',
      confidence: 0.9,
      evidence: [{ id: 0, kind: 'dateline', quote: 'Berlin (dpa) - Der Senat hat beschlossen.', locator: { selector: 'p', start: 0, end: 12 } }],
    },
    {
      name: 'Die Zeit',
      relation: 'this-page',
      confidence: 1,
      evidence: [],
      notes: [{ id: 1, kind: 'text', quote: 'Dieser Artikel erschien in der ZEIT Nr. 43/2019.', locator: { selector: 'p', start: 0, end: 10 } }],
    },
  ];

  it('shows this page’s notes as “Note:” lines, revealable on the page, in the reader’s language', () => {
    useLocale('de');
    const root = document.createElement('div');
    const onReveal = vi.fn();
    render(h(ChainView, { chain, onReveal }), root);
    const here = root.querySelector('.node-here')!;
    const note = here.querySelector('.evidence-note')!;
    expect(note.querySelector('.evidence-note-label')!.textContent).toBe('Hinweis:');
    expect(note.querySelector('.evidence-quote')!.textContent).toBe('„Dieser Artikel erschien in der ZEIT Nr. 43/2019.“');
    (note.querySelector('button.evidence-quote') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith(chain[1].notes![0]);
    expect(root.querySelector('.node-relation')!.textContent).toMatch(/^Agenturmeldung · 90\s% sicher$/u);
    expect(root.querySelector('.evidence-kind')!.textContent).toBe('Ortsmarke');
    useLocale('en');
    render(h(ChainView, { chain }), root);
    expect(root.querySelector('.evidence-note')!.textContent).toBe('Note:“Dieser Artikel erschien in der ZEIT Nr. 43/2019.”');
    render(null, root);
  });
});
