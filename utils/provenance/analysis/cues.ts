/**
 * The cue catalogue, compiled: every language pack's cues (../languages), each a phrase the engine
 * reads as a statement about where a story came from. Each cue keeps the sentences it must read and
 * those it must not beside it, in its pack; tests/unit/languages.test.ts runs every example of
 * every pack against every cue of every pack, so a new cue cannot quietly steal another's sentences.
 */
import { packs, type CueDefinition } from '../languages';
import { LOWER, UPPER, LETTER } from '../letters';
import { CUE_TRIGGER } from './cue-gate';
import { cleanName, CJK_NAME, isOutletName, NAME, splitNames } from './names';
import { QUOTES } from './vocabulary';

export type { CueRole } from '../languages';

export interface Cue extends Omit<CueDefinition, 'pattern'> {
  /** Compiled once; the named group `source` holds the name. */
  pattern: RegExp;
}

const S = String.raw`[ \t\u00a0\n\r]+`;

/** A pack's pattern notation, compiled (see CueDefinition in ../languages/pack.ts). */
export function compileCue(definition: CueDefinition): Cue {
  // A name may stand in several alternatives: each its own group, source, source1, source2…
  let names = 0;
  const group = () => (names++ === 0 ? 'source' : `source${names - 1}`);
  const source = definition.pattern
    .split(' ')
    .join(S)
    .replace(/\{SOURCE\}|\{CJK\}/g, (placeholder) => `(?<${group()}>${placeholder === '{SOURCE}' ? NAME : CJK_NAME})`)
    .replaceAll('{lower}', LOWER)
    .replaceAll('{upper}', UPPER)
    .replaceAll('{letter}', LETTER);
  return { ...definition, pattern: new RegExp(source, 'gu') };
}

export const CUES: readonly Cue[] = packs().flatMap((pack) => pack.cues).map(compileCue);

export interface CueMatch {
  cue: Cue;
  /** The cleaned source name. */
  source: string;
  /** Where the whole phrase starts and ends in the text. */
  start: number;
  end: number;
  /** Where the source name starts and ends in the text. */
  sourceStart: number;
  sourceEnd: number;
}

/** Each opening mark and the marks that may close it, from every pack: „ closes with “ (or ”). */
const CLOSERS_OF = new Map<string, string>();
for (const [open, close] of QUOTES) {
  if (open === close) continue;
  CLOSERS_OF.set(open, (CLOSERS_OF.get(open) ?? '') + close + (open === '„' ? '”' : ''));
}
const CLOSING_MARKS = new Set(QUOTES.map(([, close]) => close));
/** Quotation marks that may open or close ("“" opens in English and closes in German). */
const OPENS_AFTER = /[\s([{\u2014\u2013:>]/;
const MAX_QUOTE_DEPTH = 8;

/**
 * True when `index` falls inside an open quotation in `text` ("“It was first reported by…”",
 * "Er sagte: „Nein.“" ends one). Only the last 600 characters are read: a mark that both opens and
 * closes (“ in English and German, » in French and German) counts as opening only where an opening
 * mark stands, after a space or a bracket, so that a window starting inside a quotation does not
 * take its closing mark for an opening one.
 */
export function insideQuotation(text: string, index: number): boolean {
  const expected: string[] = [];
  let straight = 0;
  const from = Math.max(0, index - 600);
  for (let i = from; i < index; i++) {
    const ch = text[i];
    if (ch === '"') {
      straight++;
      continue;
    }
    const top = expected[expected.length - 1];
    if (top !== undefined && top.includes(ch)) {
      expected.pop();
      continue;
    }
    const closers = CLOSERS_OF.get(ch);
    if (closers === undefined) continue;
    const alsoCloses = CLOSING_MARKS.has(ch);
    if (alsoCloses && i > from && !OPENS_AFTER.test(text[i - 1])) continue;
    if (expected.length < MAX_QUOTE_DEPTH) expected.push(closers);
  }
  return expected.length > 0 || straight % 2 === 1;
}

/** The name a match captured, in whichever alternative of its pattern matched. */
function sourceOf(match: RegExpExecArray): string | undefined {
  const groups = match.groups;
  if (!groups) return undefined;
  if (groups.source !== undefined) return groups.source;
  for (const key in groups) if (groups[key] !== undefined) return groups[key];
  return undefined;
}

/** The names one match of a cue stands for: cleaned, split ("CNN and Reuters"), outlets only where it asks. */
function acceptedNames(candidate: Cue, match: RegExpExecArray, text: string): CueMatch[] {
  const raw = sourceOf(match);
  if (insideQuotation(text, match.index)) return [];
  const end = match.index + match[0].length;
  // A print-edition notice may name no one: it speaks of this page's own outlet.
  if (!raw) return candidate.role === 'edition' ? [{ cue: candidate, source: '', start: match.index, end, sourceStart: end, sourceEnd: end }] : [];
  const cleaned = cleanName(raw);
  if (!cleaned) return [];
  const rawStart = match.index + match[0].lastIndexOf(raw);
  const sourceLeads = rawStart === match.index;
  const found: CueMatch[] = [];
  for (const name of splitNames(cleaned)) {
    if (candidate.needsOutlet && !isOutletName(name)) continue;
    const firstWord = name.split(' ')[0].toLowerCase();
    const sourceStart = rawStart + Math.max(0, raw.toLowerCase().indexOf(firstWord));
    const sourceEnd = Math.min(rawStart + raw.length, sourceStart + name.length);
    found.push({
      cue: candidate,
      source: name,
      start: sourceLeads ? sourceStart : match.index,
      end: sourceLeads ? end : sourceEnd,
      sourceStart,
      sourceEnd,
    });
  }
  return found;
}

/** Every cue match in a piece of text, with names cleaned and non-outlets dropped where a cue asks. */
/** Matches kept per cue and text: bounds the work on a block that repeats one phrase endlessly. */
const MAX_MATCHES_PER_CUE = 50;

export function matchCues(text: string, cues: readonly Cue[] = CUES): CueMatch[] {
  if (!CUE_TRIGGER.test(text)) return [];
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const matches: CueMatch[] = [];
  for (const candidate of cues) {
    if (!candidate.keywords.some((word) => lower.includes(word))) continue;
    const pattern = candidate.pattern;
    pattern.lastIndex = 0;
    let found = 0;
    for (let match = pattern.exec(text); match && found < MAX_MATCHES_PER_CUE; match = pattern.exec(text), found++) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const accepted = acceptedNames(candidate, match, text);
      matches.push(...accepted);
      // A rejected name ("Das meldete…") must not hide a match that starts inside it ("…die dpa").
      if (!accepted.length) pattern.lastIndex = match.index + 1;
    }
  }
  // A phrase matched by a stronger cue is not matched again by a weaker one ("first reported" vs "reported").
  matches.sort((a, b) => a.start - b.start || b.cue.confidence - a.cue.confidence);
  return matches.filter(
    (match, index) =>
      !matches.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.sourceStart <= match.sourceStart &&
          other.sourceEnd >= match.sourceEnd &&
          (other.cue.confidence > match.cue.confidence ||
            (other.cue.confidence === match.cue.confidence && otherIndex < index)),
      ),
  );
}
