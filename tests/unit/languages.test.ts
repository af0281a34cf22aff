import { describe, expect, it } from 'vitest';
import { packs, PAGE_WORDS } from '../../utils/provenance/languages';
import { CUES, insideQuotation, matchCues } from '../../utils/provenance/analysis/cues';
import { textMayHoldEvidence } from '../../utils/provenance/page/precheck';
import { CUE_TRIGGER, CUE_TRIGGER_CASED } from '../../utils/provenance/analysis/cue-gate';

const PACKS = packs();

// The catalogue-wide test: every example of every pack runs against every cue of every pack. It
// must be found by its own cue, with its source, and by no other cue; every counterexample must be
// found by none. So a new pack cannot quietly steal another language's sentences.
describe('language packs', () => {
  it('are listed once each, for the background and for the page alike', () => {
    const codes = PACKS.map((pack) => pack.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.entries(PAGE_WORDS)).toEqual(PACKS.map((pack) => [pack.code, pack.words]));
  });

  it('each tell their pages by small words no other pack lists, or by a script of their own', () => {
    const owners = new Map<string, string[]>();
    for (const pack of PACKS) {
      expect(pack.words.commonWords.length > 0 || pack.words.letters !== undefined, pack.code).toBe(true);
      for (const word of pack.words.commonWords) owners.set(word, [...(owners.get(word) ?? []), pack.code]);
    }
    expect([...owners].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });

  it('each bring at least 5 cues, with examples and counterexamples, under ids unique across packs', () => {
    const ids = CUES.map((cue) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pack of PACKS) {
      expect(pack.cues.length, pack.code).toBeGreaterThanOrEqual(5);
      for (const cue of pack.cues) {
        expect(cue.examples.length, cue.id).toBeGreaterThan(0);
        expect(cue.counterexamples.length, cue.id).toBeGreaterThan(0);
        if (pack.code !== 'en') expect(cue.id.startsWith(`${pack.code}-`), cue.id).toBe(true);
      }
    }
  });

  it('each bring the words the engine reads beside the cues', () => {
    for (const pack of PACKS) {
      for (const field of ['triggers', 'sourceLabels', 'bylineWords'] as const) expect(pack.words[field].length, `${pack.code} ${field}`).toBeGreaterThan(0);
      for (const field of ['quotes', 'months', 'photoWords', 'newsWords', 'notASource'] as const) expect(pack[field].length, `${pack.code} ${field}`).toBeGreaterThan(0);
    }
  });

  it('write patterns in the notation: no space inside a character class', () => {
    for (const cue of PACKS.flatMap((pack) => pack.cues)) expect(/\[[^\]]* [^\]]*\]/.test(cue.pattern.replace(/\\./g, '')), cue.id).toBe(false);
  });

  for (const pack of PACKS) {
    describe(`${pack.name} (${pack.code})`, () => {
      for (const cue of pack.cues) {
        describe(cue.id, () => {
          for (const example of cue.examples) {
            it(`finds ${example.source || 'this page'} in “${example.text}”`, () => {
              // The gates let it through: the page's pre-check (also run on into the next block's
              // text), the cue words alone, and the cue's own keywords.
              expect(CUE_TRIGGER.test(example.text)).toBe(true);
              expect(CUE_TRIGGER_CASED.test(example.text)).toBe(true);
              expect(textMayHoldEvidence(example.text)).toBe(true);
              expect(textMayHoldEvidence(`${example.text}Next`)).toBe(true);
              const lower = example.text.toLowerCase().replace(/\s+/g, ' ');
              expect(cue.keywords.some((word) => lower.includes(word))).toBe(true);
              const found = matchCues(example.text).map((match) => ({ cue: match.cue.id, source: match.source }));
              expect(found).toEqual([{ cue: cue.id, source: example.source }]);
            });
          }
          for (const text of cue.counterexamples) {
            it(`finds nothing in “${text}”`, () => {
              expect(matchCues(text).map((match) => `${match.cue.id}: ${match.source}`)).toEqual([]);
            });
          }
        });
      }
    });
  }

  it('marks where the phrase and the source sit in the text', () => {
    const text = 'Hegseth’s order was first reported by The Record.';
    const [match] = matchCues(text);
    expect(text.slice(match.sourceStart, match.sourceEnd)).toBe('The Record');
    expect(text.slice(match.start, match.end)).toBe('first reported by The Record');
  });
});

describe('quotations', () => {
  it('reads each language’s marks, where one language’s opening mark is another’s closing one', () => {
    const after = (text: string) => insideQuotation(text, text.length);
    expect(after('He said: “It was first')).toBe(true);
    expect(after('He said: “No.” Then')).toBe(false);
    // U+201C closes a German quotation: the next sentence is the page's own words again.
    expect(after('Er sagte: „Nein.“ Dieser Artikel')).toBe(false);
    expect(after('Er sagte: „Nein')).toBe(true);
    expect(after('Il a dit : « Non. » Cet article')).toBe(false);
    expect(after('Il a dit : « Non')).toBe(true);
    expect(after('Er sagte: »Nein.« Dieser')).toBe(false);
    // A window that starts inside a German quotation sees its closing mark, not an opening one.
    expect(after('Nein.“ Dieser Artikel erschien')).toBe(false);
    expect(matchCues('Er sagte: „Nein.“ Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.').map((match) => match.cue.id)).toEqual(['de-erschien-zuerst']);
  });
});
