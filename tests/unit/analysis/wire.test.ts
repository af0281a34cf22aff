import { describe, expect, it } from 'vitest';
import { bylineAgency, bylineOutlet, closingCredit, datelines } from '../../../utils/provenance/analysis/wire';

const agencies = (found: { name: string }[] | undefined) => (found ?? []).map((match) => match.name);

describe('datelines', () => {
  it('read the wire services’ forms in every language, place and date before or after', () => {
    expect(agencies(datelines('MOSCOW (AP) — Russia said on Monday …'))).toEqual(['AP']);
    expect(agencies(datelines('Berlin (dpa) - Die Bundesregierung will …'))).toEqual(['dpa']);
    expect(agencies(datelines('Hamburg (dpa/lno) – Der Senat hat …'))).toEqual(['dpa']);
    expect(agencies(datelines('(EFE).- Nicaragua cerró 2021 con una deuda …'))).toEqual(['EFE']);
    expect(agencies(datelines('Tegucigalpa, Jan 2 (EFE).- El Gobierno …'))).toEqual(['EFE']);
    expect(agencies(datelines('STOCKHOLM, Aug 29, 2014 (AFP) - Sweden …'))).toEqual(['AFP']);
    expect(agencies(datelines('(ANSA) - ROMA, 1 LUG - Il governo …'))).toEqual(['ANSA']);
    expect(agencies(datelines('Wiesbaden (KNA/iz). Bundespräsident Frank-Walter Steinmeier …'))).toEqual(['KNA']);
    expect(agencies(datelines('【北京共同】中国外務省は …'))).toEqual(['共同']);
    expect(agencies(datelines('【6月18日 AFP】米国の …'))).toEqual(['AFP']);
    expect(agencies(datelines('AFP, MANILA — The Philippines …'))).toEqual(['AFP']);
  });

  it('read a two-hop dateline as two sources, the first outlet before the agency', () => {
    const found = datelines('KVELLER via JTA — When my daughter …');
    expect(found.map((match) => [match.name, match.distance])).toEqual([
      ['KVELLER', 3],
      ['JTA', 2],
    ]);
  });

  it('are not a picture’s credit, a parenthesis in a sentence, or an abbreviation', () => {
    expect(datelines('(AP Photo/Evan Vucci)')).toEqual([]);
    expect(datelines('Die Regierung (CDU) hat beschlossen …')).toEqual([]);
    expect(datelines('Der Bericht der Agentur nannte keine Zahlen.')).toEqual([]);
  });
});

describe('closing credits', () => {
  it('read the agency that closes a paragraph, with editors’ initials and the site’s own short name', () => {
    const story = 'Die Zyste könne sich wegen des Übergewichts des Diktators jederzeit neu bilden, hieß es.';
    expect(agencies(closingCredit(`${story} (dpa)`, false)?.agencies)).toEqual(['dpa']);
    expect(agencies(closingCredit(`${story} (FR mit dpa)`, false)?.agencies)).toEqual(['dpa']);
    expect(agencies(closingCredit(`${story} (dpa/gem)`, false)?.agencies)).toEqual(['dpa']);
    expect(agencies(closingCredit('( KNA, DR)', false)?.agencies)).toEqual(['KNA']);
  });

  it('read a line that is only a credit when it stands beside the story’s prose', () => {
    expect(agencies(closingCredit('aja/PAP', true)?.agencies)).toEqual(['PAP']);
    expect(agencies(closingCredit('FMW/Bloomberg', true)?.agencies)).toEqual(['Bloomberg']);
    // The same name under every teaser of a list is the portal's label, not a credit.
    expect(closingCredit('Associated Press', false)).toBeUndefined();
    expect(closingCredit('AA', true)).toBeUndefined();
  });

  it('are not a picture’s credit, a name’s short form, or prose in brackets', () => {
    expect(closingCredit('Habeck dringt auf eine schnelle Entscheidung innerhalb der Bundesregierung. (Foto: dpa)', false)).toBeUndefined();
    expect(closingCredit('Rubriklistenbild: © KCNA/dpa', true)).toBeUndefined();
    expect(closingCredit('Das sagte ein Sprecher der Meldungen des Evangelischen Pressedienstes (epd)', false)).toBeUndefined();
    expect(closingCredit('Er kam spät nach Hause, sagte sie (und lachte)', false)).toBeUndefined();
  });

  it('take "with information from" as agencies cited, not the source', () => {
    const credit = closingCredit('El presidente habló ante el Congreso durante más de una hora. (Con información de AFP, EFE y Reuters)', false);
    expect(credit?.cited).toBe(true);
    expect(agencies(credit?.agencies)).toEqual(['AFP', 'EFE', 'Reuters']);
  });
});

describe('bylines', () => {
  it('read an agency in a byline, but not a state abbreviation or an author bio', () => {
    expect(bylineAgency('By The Associated Press')?.name).toBe('The Associated Press');
    expect(bylineAgency('Jane Roe, Reuters')?.name).toBe('Reuters');
    expect(bylineAgency('Von: det/dpa')?.name).toBe('dpa');
    expect(bylineAgency('AFP/The Local - [email protected]')?.name).toBe('AFP');
    expect(bylineAgency('Pittsburgh, PA')).toBeUndefined();
    expect(bylineAgency('Jane Roe worked for the Associated Press for ten years.')).toBeUndefined();
    expect(bylineAgency('Photo: Jonathan Nackstrand/AFP')).toBeUndefined();
    expect(bylineAgency('By The New York Times | Source: Reuters')).toBeUndefined();
  });

  it('read the outlet an English byline names after its writer, never small print', () => {
    expect(bylineOutlet('By Joe Davidson Washington Post')?.name).toBe('Washington Post');
    expect(bylineOutlet('By Jane Doe, Staff Writer')).toBeUndefined();
    expect(bylineOutlet('By subscribing you agree to our terms. You may unsubscribe at any time.')).toBeUndefined();
  });
});
