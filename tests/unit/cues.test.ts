import { describe, expect, it } from 'vitest';
import { CUES, matchCues } from '../../utils/provenance/analysis/cues';
import { textMayHoldEvidence } from '../../utils/provenance/page/precheck';
import { CUE_TRIGGER, CUE_TRIGGER_CASED } from '../../utils/provenance/trigger';

// Every example runs against the whole catalogue: it must be found by its own cue, with its source,
// and by no other cue; every counterexample must be found by none.
describe('cue catalogue', () => {
  it('has unique ids and at least one example and counterexample per cue', () => {
    const ids = CUES.map((cue) => cue.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cue of CUES) {
      expect(cue.examples.length, cue.id).toBeGreaterThan(0);
      expect(cue.counterexamples.length, cue.id).toBeGreaterThan(0);
    }
  });

  for (const cue of CUES) {
    describe(cue.id, () => {
      for (const example of cue.examples) {
        it(`finds ${example.source} in “${example.text}”`, () => {
          expect(CUE_TRIGGER.test(example.text)).toBe(true);
          // The page's pre-check lets it through, also run on into the text of the next block.
          expect(textMayHoldEvidence(example.text)).toBe(true);
          // The cue words alone, not an agency's name in the same sentence, must carry it.
          expect(CUE_TRIGGER_CASED.test(example.text)).toBe(true);
          expect(textMayHoldEvidence(`${example.text}Next`)).toBe(true);
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

  it('marks where the phrase and the source sit in the text', () => {
    const text = 'Hegseth’s order was first reported by The Record.';
    const [match] = matchCues(text);
    expect(text.slice(match.sourceStart, match.sourceEnd)).toBe('The Record');
    expect(text.slice(match.start, match.end)).toBe('first reported by The Record');
  });
});
