/**
 * News-agency signals: datelines that open a story ("MOSCOW (AP) —", "(Reuters) -",
 * "HONOLULU, Dec. 23 (UPI) —") and bylines that name an agency ("Paul Wiseman, The Associated Press").
 * Photo credits use the same names ("(AP Photo/…)", "© Reuters", "via AP"): those are told apart by
 * where they sit (captions) and by their shape (no dash after the parenthesis, a "Photo" word).
 */
import { DIGIT, LETTER, LOWER } from '../letters';
import { DATELINE_TOKENS } from '../registry';
import { agencyAlternation, BY_LINE } from '../trigger';

export { BY_LINE };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DATELINE_AGENCY = DATELINE_TOKENS.map(escape).join('|');

/**
 * A dateline at the very start of a paragraph: up to 80 characters of place and date, the agency in
 * parentheses, then a dash or a colon. "(AP Photo/Evan Vucci)" has no dash after it, so it is not one.
 */
export const DATELINE = new RegExp(
  String.raw`^[\s\u00a0]*(?:[^()\n]{0,80}?[\s\u00a0])?\((?<agency>${DATELINE_AGENCY})\)[\s\u00a0]*(?:[-–—]{1,2}|:)`,
  'u',
);

/** Agency names and aliases as whole words, longest first, case as written ("AP", not "ap"). */
let agencyNameRegExp: RegExp | undefined;
export function agencyNamePattern(): RegExp {
  agencyNameRegExp ??= new RegExp(String.raw`(?<![${LETTER}${DIGIT}])(?:${agencyAlternation({ lowerCase: true })})(?![${LETTER}${DIGIT}])`, 'u');
  return agencyNameRegExp;
}

/** A lower-case word: bylines have few, prose has many. */
const PROSE_WORD = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])[${LOWER}][${LETTER}'’-]*`, 'gu');

/** Words that make an agency's name a picture credit rather than a byline. */
const CREDIT_WORDS = /photo|image|picture|getty|credit|©|\(c\)|copyright|file|video|graphic|illustration|via\s/i;

/** The agency named in a short byline, if any: "By The Associated Press", "Jane Doe, Reuters". */
export function bylineAgency(text: string): { name: string; index: number } | undefined {
  const trimmed = text.trim();
  if (trimmed.length > 200 || CREDIT_WORDS.test(trimmed)) return undefined;
  const match = agencyNamePattern().exec(trimmed);
  if (!match) return undefined;
  // A byline is names and little else; an author bio ("… worked for the Associated Press") is prose.
  const rest = trimmed.replace(match[0], ' ').replace(/^\s*By\b/i, ' ');
  const prose = rest.match(PROSE_WORD)?.filter((word) => !BYLINE_WORDS.has(word)) ?? [];
  if (prose.length > 0) return undefined;
  return { name: match[0], index: text.indexOf(match[0]) };
}

/** Lower-case words a byline may hold besides names. */
const BYLINE_WORDS = new Set(
  'by and of the for from with in at staff writer writers reporter reporters correspondent correspondents editor contributor contributors news service wire updated posted published de la le et y e und von'.split(' '),
);
