import { describe, expect, it } from 'vitest';
import { declaredCode, pageLanguages } from '../../../utils/provenance/page/language';
import { readDocument } from '../../../utils/provenance';
import { PAGE_TRIGGER_WORDS } from '../../../utils/provenance/trigger';
import { domDocument, page } from '../helpers';

const languages = PAGE_TRIGGER_WORDS.languages;
const prose = {
  en: 'The mayor said that the plan for the new bridge was ready, and that the city would pay for most of it this year.',
  de: 'Der Bürgermeister sagte, dass die Pläne für die neue Brücke fertig sind und die Stadt den größten Teil auch selbst zahlt.',
  fr: 'Le maire a dit que les plans pour le nouveau pont sont prêts et que la ville paiera avec ses fonds ce qui reste dans le budget.',
  it: 'Il sindaco ha detto che il piano per il nuovo ponte è pronto e che la città pagherà anche gran parte della spesa nel bilancio.',
  ja: '市長は新しい橋の計画が整ったと述べ、市が費用の大部分を負担するという考えを示しました。',
};

describe('the languages a page is read in', () => {
  it('are the packs whose small words its text is written with', () => {
    expect(pageLanguages(prose.en.repeat(3), null, languages)).toEqual(['en']);
    expect(pageLanguages(prose.de.repeat(3), null, languages)).toEqual(['de']);
    expect(pageLanguages(prose.fr.repeat(3), null, languages)).toEqual(['fr']);
    expect(pageLanguages(prose.it.repeat(3), null, languages)).toEqual(['it']);
    // Kana say Japanese; its kanji are Han characters too, so the Chinese pack comes with it.
    expect(pageLanguages(prose.ja.repeat(3), null, languages)?.sort()).toEqual(['ja', 'zh']);
  });

  it('take a second language a page is partly written in, and the one it declares', () => {
    expect(pageLanguages(`${prose.de.repeat(3)} ${prose.en.repeat(2)}`, null, languages)?.sort()).toEqual(['de', 'en']);
    // A German template on an English story: both are read.
    expect(pageLanguages(prose.en.repeat(3), 'de-CH', languages)?.sort()).toEqual(['de', 'en']);
    expect(declaredCode(' zh-Hant ')).toBe('zh');
  });

  it('are every pack when neither the text nor the page says which', () => {
    expect(pageLanguages('Login · Menu · 2025', null, languages)).toBeUndefined();
    expect(pageLanguages('Login · Menu · 2025', 'sv', languages)).toBeUndefined();
  });

  it('keep a page that shows its language from the walk on another language’s stems', () => {
    // "information" and "citation" hold Italian stems ("informa", "Citat"): an English page is not tested for them.
    const english = page(`<p>${prose.en} More information about the citation is on the city site.</p>`);
    expect(readDocument(domDocument(english)).reading.stats.textNodes).toBe(0);
    // The same words on an Italian page let it through, as the Italian pack asks.
    const italian = page(`<p>${prose.it} Il sindaco informa i cittadini.</p>`);
    expect(readDocument(domDocument(italian)).reading.stats.textNodes).toBeGreaterThan(0);
  });

  it('never keep an agency from a page in any language', () => {
    const html = page(`<p>${prose.en}</p><p>Associated Press</p>`);
    expect(readDocument(domDocument(html)).reading.stats.textNodes).toBeGreaterThan(0);
  });
});
