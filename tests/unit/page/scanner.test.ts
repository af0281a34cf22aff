import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRECHECK_PATTERN } from '../../../utils/provenance/analysis/cue-gate';
import { insideCapitals, TriggerScanner } from '../../../utils/provenance/page/scanner';
import { triggerWordsFor } from '../../../utils/provenance/trigger';

const TRIGGER_WORDS = triggerWordsFor();
const scanner = new TriggerScanner(TRIGGER_WORDS);

/** The pre-check as it was: its one pattern, an agency's name inside capitals let go. */
function byPattern(text: string): boolean {
  const pattern = new RegExp(PRECHECK_PATTERN.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = match[1];
    if (name === undefined || !insideCapitals(text, match.index, name)) return true;
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

describe('the trigger scanner', () => {
  it('decides as the pre-check pattern on texts made of its own words, spaces, capitals and brackets', () => {
    const pieces = [
      ...TRIGGER_WORDS.cues.slice(0, 400).map((word) => word.replace(' {Cap}', ' ')),
      ...TRIGGER_WORDS.labels,
      ...TRIGGER_WORDS.tokens,
      ...TRIGGER_WORDS.agencies.slice(0, 200),
      // The last: the names in lower case ("dpa", "epd"), taken wherever they are.
      ...TRIGGER_WORDS.agencies.slice(-10),
      ' ', '\u00a0', '\n  ', '(', ')', ':', '：', 'A', 'WASHINGTON', 'By ', 'x', '7', 'é', 'Ort', 'ing',
    ];
    const piece = fc.constantFrom(...pieces);
    // Words cut short or joined to their neighbours: where a match ends or starts inside another.
    const cut = fc.tuple(piece, fc.nat(12)).map(([text, at]) => text.slice(0, Math.max(1, text.length - at)));
    const texts = fc.array(fc.oneof(piece, cut), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanner.mayHoldEvidence(text), JSON.stringify(text)).toBe(byPattern(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('decides as the pattern on the cases that test its edges', () => {
    for (const text of [
      'It was first reported by The Record.',
      'reportedly',
      'REPORTS',
      'Quelle: dpa',
      'Quelle :',
      'Quelle',
      'WASHINGTON (AP) — Officials',
      '(APx)',
      '( AFP )',
      'JAPAN',
      'By AP',
      'APWASHINGTON',
      'told Reuters',
      'By Jane',
      'By jane',
      'betrayed by Ailes',
      'Powered by WordPress',
      'Le Figaro avec AFP',
      'vor 2 Stundendpa',
      'Berlin (dpa/lno)',
      'avec Emmanuel',
      'By\u00a0\u00a0 Jane',
      '来源：新京报',
      '',
    ]) expect(scanner.mayHoldEvidence(text), text).toBe(byPattern(text));
  });

  const fixtures = join(__dirname, '..', '..', 'fixtures');
  it('decides as the pattern on the text of every fixture page, paragraph by paragraph and whole', () => {
    let paragraphs = 0;
    for (const slug of readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, 'page.html')))) {
      {
        const html = readFileSync(join(fixtures, slug, 'page.html'), 'utf8');
        const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
        for (const paragraph of [text, ...text.split(/\n/)]) {
          paragraphs++;
          if (scanner.mayHoldEvidence(paragraph) !== byPattern(paragraph)) expect(scanner.mayHoldEvidence(paragraph), paragraph.slice(0, 200)).toBe(byPattern(paragraph));
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(500);
  });
});
