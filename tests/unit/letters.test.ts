/**
 * The explicit character classes stand in for Unicode properties (which cost 5–20 ms each to compile
 * on first use): in the blocks they cover they must accept every letter the property accepts, and
 * where a block keeps its cases apart, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, MARK, SEPARATOR, UPPER } from '../../utils/provenance/letters';

const COVERED: [number, number][] = [
  [0x0000, 0x024f],
  [0x0370, 0x03ff],
  [0x0400, 0x052f],
  [0x1e00, 0x1fff],
];
/** Blocks whose upper and lower cases sit in separate runs: there the classes are exact. */
const EXACT: [number, number][] = [
  [0x0000, 0x00ff],
  [0x0410, 0x044f],
];

function* codePoints(blocks: [number, number][]): Generator<string> {
  for (const [from, to] of blocks) for (let code = from; code <= to; code++) yield String.fromCharCode(code);
}

const inClass = (cls: string) => new RegExp(`^[${cls}]$`, 'u');

function misses(cls: string, property: string, blocks: [number, number][]): string[] {
  const ours = inClass(cls);
  const unicode = new RegExp(`^${property}$`, 'u');
  return [...codePoints(blocks)].filter((ch) => unicode.test(ch) && !ours.test(ch));
}

function extras(cls: string, property: string, blocks: [number, number][]): string[] {
  const ours = inClass(cls);
  const unicode = new RegExp(`^${property}$`, 'u');
  return [...codePoints(blocks)].filter((ch) => ours.test(ch) && !unicode.test(ch));
}

describe('character classes', () => {
  it('accept every letter, capital, small letter, mark and digit the Unicode properties accept in the covered scripts', () => {
    expect(misses(LETTER, '\\p{L}', COVERED)).toEqual([]);
    expect(misses(UPPER, '\\p{Lu}', COVERED)).toEqual([]);
    expect(misses(LOWER, '\\p{Ll}', COVERED)).toEqual([]);
    expect(misses(MARK, '\\p{M}', [[0x0300, 0x036f], [0x0483, 0x0489]])).toEqual([]);
    expect(misses(DIGIT, '\\p{Nd}', COVERED)).toEqual([]);
  });

  it('accept nothing else where cases are kept apart (ASCII, Latin-1, basic Cyrillic)', () => {
    expect(extras(UPPER, '\\p{Lu}', EXACT)).toEqual([]);
    expect(extras(LOWER, '\\p{Ll}', EXACT)).toEqual([]);
    expect(extras(LETTER, '\\p{L}', EXACT)).toEqual([]);
    expect(extras(DIGIT, '\\p{N}', EXACT)).toEqual([]);
  });

  it('treat letters of any script as part of a name key, and punctuation as a separator', () => {
    const separator = inClass(SEPARATOR);
    for (const ch of ['a', 'é', 'ж', 'λ', '中', 'ن', 'א', '한', '7']) expect(separator.test(ch), ch).toBe(false);
    for (const ch of [' ', '.', '-', '’', '“', '—', '\u00a0', '、', '！']) expect(separator.test(ch), ch).toBe(true);
  });
});
