/**
 * The registry's name key, on its own: the build (scripts/gen-registry.ts) keys every registry name
 * with it ahead of time, and the analysis keys the names it meets with the same function.
 */
import { MARK, SEPARATOR } from '../letters';

// Explicit classes, not \p{…}: see provenance/letters.ts (first-use compile cost).
const MARKS = new RegExp(`[${MARK}]`, 'gu');
const SEPARATORS = new RegExp(`[${SEPARATOR}]+`, 'gu');

/**
 * A name reduced to what tells outlets apart: case, a leading "The", punctuation and spacing go.
 * "The New York Times", "New York Times" and "the new-york times" share one key.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(SEPARATORS, '');
}
