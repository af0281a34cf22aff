/**
 * What wire services write on a story, in every language the packs know: datelines that open it
 * ("MOSCOW (AP) —", "Berlin (dpa) -", "(EFE).-", "【北京共同】", "KVELLER via JTA —"), bylines
 * ("By The Associated Press", "Von: det/dpa", "Por Agencia EFE", a bare "SID" under the headline)
 * and closing credits ("… (dpa)", "(dpa/lno)", "(FR mit dpa)", "aja/PAP"). Photo credits use the
 * same names ("(AP Photo/…)", "Foto: dpa", "© KCNA/dpa"): those are told apart by where they sit
 * (captions) and by their words (a photo word, a © sign).
 */
import { CJK, DIGIT, LETTER, LOWER, UPPER } from '../letters';
import { DATELINE_TOKENS, lookupName, lookupToken, nameKey, type RegistryEntry } from '../registry';
import { SOURCE_LABEL } from '../trigger';
import { ALL_AGENCIES } from './cue-gate';
import { alternation, BYLINE_WORDS, CITE_CREDITS, CONNECTORS, CREDIT_JOINERS, PHOTO_WORDS } from './vocabulary';

export { BY_LINE } from '../trigger';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SP = String.raw`[\s\u00a0]`;
const TOKEN = `(?:${DATELINE_TOKENS.map(escape).join('|')})(?![${LETTER}${DIGIT}])`;
/** What ends a dateline: a dash (-, --, –, —), ".-", a colon, or a full stop before the story. */
const DATELINE_END = String.raw`${SP}*(?:[-–—]{1,2}|\.[-–—]|:|\.(?=${SP}+[${UPPER}${DIGIT}„"“«]))`;

/** "Berlin (dpa) -", "STOCKHOLM, Aug 29, 2014 (AFP) -", "(ANSA) - ROMA", "Wiesbaden (KNA/iz).", "8.10.2026, Warszawa (PAP) -". */
const PARENTHESIS_DATELINE = new RegExp(
  String.raw`^${SP}*(?:[^()\n]{0,80}?[\s\u00a0,])?\(${SP}*(?<credit>${TOKEN}(?:${SP}*[/,;]${SP}*[^()\n]{1,24}?)?)${SP}*\)${DATELINE_END}`,
  'u',
);
/** "【北京共同】", "【6月18日 AFP】", "【ワシントン時事】". */
// The credit runs to the bracket's end: "【ワシントンAFP＝時事】" names the agency that carried it too.
const BRACKET_DATELINE = new RegExp(String.raw`^${SP}*【[^】\n]{0,16}?(?<credit>${TOKEN}[^】\n]{0,12}?)】`, 'u');
/** "AFP, MANILA —": the agency first, then the place. */
const AGENCY_FIRST_DATELINE = new RegExp(String.raw`^${SP}*(?<credit>${TOKEN}),${SP}*[${UPPER}][^\n]{1,60}?${SP}[-–—]{1,2}${SP}`, 'u');
/** "KVELLER via JTA —": the first outlet's story, carried by the agency. */
const VIA_DATELINE = new RegExp(String.raw`^${SP}*(?<origin>[${UPPER}][${UPPER}${DIGIT} .'’&-]{1,40}?)${SP}+via${SP}+(?<credit>${TOKEN})${DATELINE_END}`, 'u');

export interface WireMatch {
  /** The agency (or outlet) as the page wrote it. */
  name: string;
  /** The registry's entry behind it, where it is a token ("dpa", "ats"). */
  entry?: RegistryEntry;
  /** Where the name sits in the block's text. */
  start: number;
  end: number;
  /** How far from this page: 2 for the wire, 3 for the outlet before it ("KVELLER via JTA"). */
  distance: number;
}

/** The agencies a credit names, and where, or none when it holds anything but agencies and initials. */
function creditAgencies(credit: string, offset: number): WireMatch[] | undefined {
  if (PHOTO_WORD.test(credit) || /©|\(c\)/i.test(credit)) return undefined;
  let body = credit;
  let shift = 0;
  const joiner = LEADING_JOINER.exec(body);
  if (joiner) {
    shift = joiner[0].length;
    body = body.slice(shift);
  }
  const found: WireMatch[] = [];
  let position = 0;
  for (const part of body.split(CREDIT_SEPARATOR)) {
    const index = body.indexOf(part, position);
    position = index + part.length;
    const trimmed = part.trim();
    if (!trimmed) continue;
    // "KNA 19.11.21": an agency and the day of its copy.
    const name = trimmed.replace(/[\s\u00a0]+[\d./-]+$/, '');
    const entry = lookupToken(name);
    if (entry) {
      const start = offset + shift + index + part.indexOf(name);
      found.push({ name, entry, start, end: start + name.length, distance: 2 });
    } else if (!INITIALS.test(name) && !/^[\d./-]+$/.test(name)) return undefined;
  }
  return found.length ? found : undefined;
}

const PHOTO_WORD = new RegExp(`(?<![${LETTER}])(?:${alternation(PHOTO_WORDS)})(?![${LOWER}])`, 'iu');
/** Editors' initials and a site's own short name in a credit: "gem", "nxp", "FR", "DR", "iz". */
const INITIALS = new RegExp(`^[${LETTER}]{1,5}\\.?$`, 'u');
const JOINER_WORDS = CREDIT_JOINERS.filter((joiner) => !joiner.includes(' '));
const JOINER_PHRASES = CREDIT_JOINERS.filter((joiner) => joiner.includes(' '));
// "（ロイター＝共同）", "（新华社、中新社）": full-width and CJK separators too.
const CREDIT_SEPARATOR = new RegExp(String.raw`${SP}*[/,;&+＝=・、／，]${SP}*|${SP}+(?:${alternation(JOINER_WORDS)})${SP}+`, 'u');
// "Mit Material von dts", and a lone joiner too: "(avec AFP)", "(mit dpa)", "(con ANSA)".
const LEADING_JOINER = new RegExp(`^${SP}*(?:${alternation([...JOINER_PHRASES, ...JOINER_WORDS])})${SP}+`, 'iu');
const CITE_CREDIT = new RegExp(`^${SP}*(?:${alternation(CITE_CREDITS)})${SP}*:?${SP}+`, 'iu');

/** The datelines at the start of a block's text: usually one, two for "KVELLER via JTA —". */
export function datelines(text: string): WireMatch[] {
  if (!/[(【,]|via/.test(text.slice(0, 140))) return [];
  const via = VIA_DATELINE.exec(text);
  if (via?.groups) {
    const origin = via.groups.origin.trim();
    const originStart = via.index + via[0].indexOf(origin);
    const credit = via.groups.credit;
    const creditStart = via.index + via[0].lastIndexOf(credit);
    return [
      { name: origin, start: originStart, end: originStart + origin.length, distance: 3 },
      { name: credit, entry: lookupToken(credit), start: creditStart, end: creditStart + credit.length, distance: 2 },
    ];
  }
  for (const pattern of [PARENTHESIS_DATELINE, BRACKET_DATELINE, AGENCY_FIRST_DATELINE]) {
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    const credit = match.groups.credit;
    const creditStart = match.index + match[0].lastIndexOf(credit);
    return creditAgencies(credit, creditStart) ?? [];
  }
  return [];
}

/** The length of the dateline that opens a block, for its quote. */
export function datelineLength(text: string): number {
  for (const pattern of [VIA_DATELINE, PARENTHESIS_DATELINE, BRACKET_DATELINE, AGENCY_FIRST_DATELINE]) {
    const match = pattern.exec(text);
    if (match) return match.index + match[0].length;
  }
  return 0;
}

/** "… verschwunden gewesen sei. (dpa)", "(FR mit dpa)", "(ats/nxp)", "( KNA, DR)", "（共同）" at a paragraph's end. */
const CLOSING_CREDIT = new RegExp(String.raw`[(（]${SP}*(?<credit>[^()（）\n]{1,40}?)${SP}*[)）]${SP}*$`, 'u');
/** A block that is nothing but a credit: "aja/PAP", "FMW/Bloomberg", "DPA", "(KNA, DR)". */
const MAX_CREDIT_BLOCK = 40;

export interface CreditMatch {
  agencies: WireMatch[];
  /** "(Con información de AFP, EFE y Reuters)": agencies that helped, cited rather than the source. */
  cited: boolean;
}

/**
 * The agencies a block credits at its end, or as a whole: the wire copy it rests on. A block that
 * is only a credit counts next to the story's prose or under its headline (`besideProse`): the same names stand under
 * every teaser of a news portal's lists.
 */
export function closingCredit(text: string, besideProse: boolean): CreditMatch | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const lead = text.indexOf(trimmed);
  let credit: string | undefined;
  let creditStart = 0;
  if (trimmed.length <= MAX_CREDIT_BLOCK) {
    // In brackets ("(SID)", "(KNA, DR)") a line is a credit wherever it stands; bare ("aja/PAP",
    // "DPA") only beside the story's prose, and never as two letters ("AA" is a button's).
    const bracketed = /^[(（].*[)）]$/su.test(trimmed);
    if (!bracketed && (!besideProse || trimmed.length < 3)) return undefined;
    const inner = /^[(（](.*)[)）]$/su.exec(trimmed)?.[1] ?? trimmed;
    credit = inner;
    creditStart = lead + trimmed.indexOf(inner);
  } else {
    const match = CLOSING_CREDIT.exec(text);
    if (!match?.groups) return undefined;
    credit = match.groups.credit;
    creditStart = match.index + match[0].indexOf(credit);
    // "… des Evangelischen Pressedienstes (epd)": the name's short form, not a credit.
    if (spellsOut(text.slice(0, match.index), credit)) return undefined;
  }
  const cite = CITE_CREDIT.exec(credit);
  if (cite) {
    const agencies = creditAgencies(credit.slice(cite[0].length), creditStart + cite[0].length);
    return agencies && { agencies, cited: true };
  }
  const agencies = creditAgencies(credit, creditStart);
  return agencies && { agencies, cited: false };
}

/** True when `before` ends with the full name of the agency `credit` abbreviates. */
function spellsOut(before: string, credit: string): boolean {
  const entry = lookupToken(credit.trim());
  if (!entry) return false;
  const tail = nameKey(before.slice(-80));
  return [entry.name, ...entry.aliases].some((name) => {
    const key = nameKey(name);
    // Inflected forms keep the first letters: "Evangelischen Pressedienstes", "Deutschen Presse-Agentur".
    return key.length > 5 && (tail.endsWith(key) || tail.slice(-key.length - 4).includes(key.slice(0, Math.max(6, key.length - 3))));
  });
}

/** Agency names and aliases as whole words, longest first, case as written ("AP", not "ap"). */
let agencyNameRegExp: RegExp | undefined;
export function agencyNamePattern(): RegExp {
  agencyNameRegExp ??= new RegExp(String.raw`(?<![${LETTER}${DIGIT}${CJK}])(?:${ALL_AGENCIES})(?![${LETTER}${DIGIT}])`, 'u');
  return agencyNameRegExp;
}

/** A lower-case word: bylines have few, prose has many. */
const PROSE_WORD = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])[${LOWER}][${LETTER}'’-]*`, 'gu');

/** Words that make an agency's name a picture credit rather than a byline. */
const CREDIT_WORDS = new RegExp(String.raw`(?<![${LETTER}])(?:${alternation(PHOTO_WORDS)})(?![${LOWER}])|©|\(c\)|copyright|via\s`, 'iu');

/** Lower-case words a byline may hold besides names. */
const BYLINE_PROSE = new Set([
  ...'by and of the for from with in at staff writer writers reporter reporters correspondent correspondents editor contributor contributors news service wire updated posted published'.split(' '),
  ...'de la le et y e und von mit por par di da door przez av af agencia agence agenzia agência redacción redaktion redazione redação'.split(' '),
  ...BYLINE_WORDS.map((word) => word.toLowerCase()),
  ...CREDIT_JOINERS.flatMap((joiner) => joiner.toLowerCase().split(' ')),
  ...CONNECTORS.map((word) => word.toLowerCase()),
]);

/** "det/dpa", "dpa/lno", "FMW/Bloomberg": editors' initials beside the agency. */
const SLASHED_INITIALS = new RegExp(String.raw`(?<![${LETTER}])[${LETTER}]{1,5}${SP}*/|/${SP}*[${LETTER}]{1,5}(?![${LETTER}])`, 'gu');

/** The agency named in a short byline, if any: "By The Associated Press", "Jane Doe, Reuters", "Von: det/dpa". */
export function bylineAgency(text: string): { name: string; index: number } | undefined {
  const trimmed = text.trim();
  // "By The New York Times | Source: Reuters" credits a graphic's data, not the story.
  if (trimmed.length > 200 || CREDIT_WORDS.test(trimmed) || SOURCE_LABEL.test(trimmed)) return undefined;
  const match = agencyNamePattern().exec(trimmed);
  if (!match) return undefined;
  // A byline is names and little else; an author bio ("… worked for the Associated Press") is prose.
  const rest = trimmed
    .replace(match[0], ' ')
    .replace(SLASHED_INITIALS, ' ')
    // An address beside the name, or what a page's e-mail protection left of it.
    .replace(/\[email[^\]]*\]|\S+@\S+/gi, ' ');
  const prose = rest.match(PROSE_WORD)?.filter((word) => !BYLINE_PROSE.has(word.toLowerCase())) ?? [];
  if (prose.length > 0) return undefined;
  return { name: match[0], index: text.indexOf(match[0]) };
}

/**
 * The outlet a byline names after its writer: "By Joe Davidson Washington Post", "Jane Doe, The
 * Washington Post". Only an outlet the registry knows, at the line's end: "By Jane Doe, Staff
 * Writer" names no one.
 */
export function bylineOutlet(text: string): { name: string; index: number } | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  // A byline is names: "By subscribing, you may unsubscribe at any time" is a form's small print.
  const prose = line.match(PROSE_WORD)?.filter((word) => !BYLINE_PROSE.has(word.toLowerCase())) ?? [];
  if (prose.length) return undefined;
  const words = line.split(' ');
  for (let take = Math.min(6, words.length - 1); take >= 1; take--) {
    const raw = words.slice(words.length - take).join(' ').replace(/^[,;|–—-]+/, '');
    const name = raw.replace(/[.,;:]+$/, '');
    const entry = lookupName(name);
    if (!entry || entry.kind !== 'outlet') continue;
    const before = words.slice(0, words.length - take).join(' ');
    // A writer's name before it: at least one capitalised word after the "By".
    if (!new RegExp(`[${UPPER}][${LOWER}]+`, 'u').test(before.replace(/^\s*\S+/, ''))) continue;
    const index = text.lastIndexOf(name);
    return index < 0 ? undefined : { name, index };
  }
  return undefined;
}
