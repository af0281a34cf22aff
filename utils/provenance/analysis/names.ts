/**
 * Turning the words a cue captured into a publisher: trimming what is not part of the name, rejecting
 * dates and pronouns, telling a news outlet from any other proper noun ("Mozilla reported"), and
 * deciding when two mentions are one publisher. The words come from every language pack.
 */
import { CJK, DIGIT, LETTER, LOWER, MARK, UPPER } from '../letters';
import { isDomainLike, lookupDomain, lookupName, mainDomain, nameKey, registrableDomain, type RegistryEntry } from '../registry';
import { LOWER_CASE_AGENCIES } from '../trigger';
import type { Publisher, ResolvedPublisher } from '../types';
import {
  alternation,
  ARTICLES,
  CONJUNCTIONS,
  CONNECTORS,
  DAYS,
  FILLERS,
  ISSUE_WORDS,
  MONTHS,
  NAME_FORMS,
  NEWS_WORDS,
  NOT_A_SOURCE,
  OUTLET_NOUNS,
  QUOTES,
} from './vocabulary';

export type { ResolvedPublisher };

/** One capitalised word of a name: "Record", "NBCNews.com", "Post-Gazette", "O’Reilly", "U.S.". */
// Dots only inside a word, so a sentence's full stop ends the name: "by The Record. President…".
const CAP_WORD = String.raw`[${UPPER}](?:[${LETTER}${MARK}${DIGIT}’'&\-]|\.(?=[${LETTER}${DIGIT}]))*`;
/** Small words allowed inside a name: "Stars and Stripes", "The Times of India", "Corriere della Sera". */
const CONNECTOR = `(?:${alternation(CONNECTORS)})`;
/** An article before a name, in either case: "the Argus Leader", "der Spiegel", "Le Monde". */
const ARTICLE = `(?:${ARTICLES.map((article) => `[${article[0].toLowerCase()}${article[0].toUpperCase()}]${article.slice(1)}`).join('|')})`;
/** A domain as written in prose: "NBCNews.com", "www.courtneykirchoff.com". */
const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?[${LETTER}${DIGIT}-]+(?:\.[${LETTER}${DIGIT}-]+)*\.[${LOWER}]{2,}(?![${LETTER}${DIGIT}])`;
/** A name in quotation marks, marks included: „der Freitag“, «Le Monde», 「東洋経済オンライン」. */
const QUOTED = QUOTES.map(([open, close]) => {
  const closers = open === '„' ? '“”' : close;
  return `${escapeClass(open)}[^${escapeClass(closers)}\\n]{1,80}[${escapeClass(closers)}]`;
}).join('|');
/** The agencies that write their names in lower case: "dpa", "epd", "kathpress". */
const LOWER_CASE_AGENCY = String.raw`(?:${LOWER_CASE_AGENCIES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})(?![${LETTER}${DIGIT}])`;
/**
 * A name: an optional article, then capitalised words, joined by connectors; or a quoted name; or
 * a domain; or an agency that writes its name in lower case.
 */
// Never from inside a word: a match tried again one character on must not read "olaryacht.de".
export const NAME = String.raw`(?<![${LETTER}${DIGIT}.\-])(?:${QUOTED}|${DOMAIN}|${LOWER_CASE_AGENCY}|(?:${ARTICLE}\s+)?${CAP_WORD}(?:[ \t\u00a0]+(?:${CONNECTOR}[ \t\u00a0]+)?${CAP_WORD}){0,6})`;
/** A name in Chinese or Japanese characters (or a Latin one among them): "新京报", "CNET Japan". */
export const CJK_NAME = `[${CJK}A-Za-z0-9 ]{2,30}?`;

function escapeClass(text: string): string {
  return text.replace(/[\]\\^-]/g, '\\$&');
}

const HAS_LETTER = new RegExp(`[${LETTER}${CJK}]`, 'u');
const DATE_WORD = new RegExp(`^(?:${alternation([...MONTHS, ...DAYS])})\\.?$`, 'iu');
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`, 'iu');
const ISSUE_WORD = new RegExp(`^(?:${alternation(ISSUE_WORDS)})$`, 'u');
const ARTICLE_WORD = new RegExp(`^${ARTICLE}$`, 'u');
const OUTLET_NOUN = new RegExp(`^(?:${alternation(OUTLET_NOUNS)})\\s+`, 'iu');
const QUOTE_MARKS = new RegExp(`^[${escapeClass(QUOTES.flat().join(''))}]\\s*|\\s*[${escapeClass(QUOTES.flat().join(''))}]$`, 'gu');

/**
 * Words that mark a name as a news outlet when the registry does not know it: "Argus Leader", "The
 * Korea Times", "Süddeutsche Zeitung"; a word that starts with "-" is a compound's end ("-blatt":
 * "Handelsblatt", "Tagblatt").
 */
const NEWS_WORD = new RegExp(`(?:^|\\s)(?:${alternation(NEWS_WORDS.filter((word) => !word.startsWith('-')))})$`, 'u');
const SUFFIXES = NEWS_WORDS.filter((word) => word.startsWith('-')).map((word) => word.slice(1));
const NEWS_SUFFIX = SUFFIXES.length ? new RegExp(`[${LETTER}${CJK}](?:${alternation(SUFFIXES)})$`, 'iu') : /(?!)/;
const SPLIT = new RegExp(`\\s+(?:${alternation(CONJUNCTIONS)})\\s+`, 'u');

function stripTrailing(words: string[]): string[] {
  const out = [...words];
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    const bare = last.replace(/[.,;:!?’'"”)]+$/u, '');
    if (DATE_WORD.test(bare) || CONNECTOR_WORD.test(bare)) {
      out.pop();
      continue;
    }
    return out;
  }
}

/**
 * The name as a reader would write it, or undefined when the words are not a name at all
 * ("November 18, 2011", "Friday", "It", "Officials").
 */
export function cleanName(raw: string): string | undefined {
  let name = raw.replace(/\s+/g, ' ').trim();
  // A quoted name is the words inside the marks, as written: „der Freitag“ → "der Freitag"; with
  // its description after a comma, the name the registry knows („STOL, Nachrichten für Südtirol“).
  const unquoted = name.replace(QUOTE_MARKS, '');
  if (unquoted !== name) {
    if (!HAS_LETTER.test(unquoted) || unquoted.length > 80) return undefined;
    const [head] = unquoted.split(/,\s/);
    return (head !== unquoted && lookupNameForms(head) ? head : unquoted).replace(/[.,;:]+$/u, '');
  }
  // Trailing punctuation ends sentences, but a domain keeps its dots: "NBCNews.com." → "NBCNews.com".
  name = name.replace(/[.,;:!?’'"”)\]]+$/u, '');
  name = name.replace(/^(?:https?:\/\/)?(?:www\.)?/i, (prefix) => (isDomainLike(name) ? '' : prefix));
  if (!name) return undefined;
  if (isDomainLike(name)) return name.replace(/\/$/, '');
  // "the newspaper Le Monde", "die Wochenzeitung Die Zeit": the kind of outlet is not its name.
  if (!lookupName(name)) name = name.replace(OUTLET_NOUN, '') || name;

  let words = name.split(' ');
  // "As Reuters", "Earlier Yahoo Finance": sentence-start words are capitalised but not part of the name.
  while (words.length > 1 && FILLERS.has(words[0].toLowerCase()) && !ARTICLE_WORD.test(words[0])) {
    words = words.slice(1);
  }
  // A name the registry knows whole keeps every word: "Le Journal du Dimanche", "Welt am Sonntag".
  if (lookupNameForms(words.join(' '))) return finish(words);
  // "ZEIT Nr. 43/2019": the issue's number is not the name's.
  const issue = words.findIndex((word, index) => index > 0 && ISSUE_WORD.test(word.replace(/[.,:]$/, '')));
  if (issue > 0) words = words.slice(0, issue);
  words = stripTrailing(words);
  // The registry knows where a name ends: "The Record Friday" → "The Record"; and one word may
  // be all of it where a small word follows ("AFP de Washington").
  for (let n = words.length; n >= 1; n--) {
    if (n === 1 && !(words.length > 1 && CONNECTOR_WORD.test(words[1]))) break;
    const prefix = words.slice(0, n).join(' ');
    if (lookupName(prefix)) {
      words = words.slice(0, n);
      break;
    }
  }
  return finish(words);
}

/** The last steps of cleanName: a sentence's article dropped, generic words and dates refused. */
function finish(input: string[]): string | undefined {
  let words = input;
  // An article in lower case is the sentence's ("in der Süddeutschen Zeitung"), not the name's,
  // unless the registry knows the name with it ("der Freitag"); so is one the registry knows the
  // name without ("A Reuters analysis"). English keeps its "The", as its outlets write it.
  if (words.length > 1 && ARTICLE_WORD.test(words[0])) {
    const lowerCase = words[0] === words[0].toLowerCase();
    if (words[0].toLowerCase() === 'the') {
      if (lowerCase) words[0] = 'The';
    } else if (!lookupName(words.join(' ')) && (lowerCase || lookupNameForms(words.slice(1).join(' ')))) words = words.slice(1);
  }
  const name = words.join(' ');
  const bare = name.replace(/^the /i, '');
  if (!bare || NOT_A_SOURCE.has(bare.toLowerCase()) || DATE_WORD.test(bare)) return undefined;
  if (!HAS_LETTER.test(bare)) return undefined;
  if (words.every((word) => DATE_WORD.test(word.replace(/[.,]$/, '')) || /^\d/.test(word))) return undefined;
  return name;
}

/** Splits "CNN and Reuters" into two names, but keeps "Stars and Stripes" whole. */
export function splitNames(name: string): string[] {
  if (lookupName(name) || !SPLIT.test(name)) return [name];
  const parts = name.split(SPLIT);
  return parts.every((part) => isOutletName(part)) ? parts : [name];
}

/**
 * The registry's entry for a name as written, or for another form of it: an inflected German name
 * ("Handelsblatts", "Süddeutschen Zeitung"), a site name with its domain's ending ("Le Monde.fr").
 */
export function lookupNameForms(name: string): RegistryEntry | undefined {
  const direct = lookupName(name);
  if (direct) return direct;
  // "Le Monde.fr" is Le Monde where Le Monde's domain ends so; "WIRED.jp" is not wired.com.
  const suffix = /\.([a-z]{2,6})$/i.exec(name)?.[1]?.toLowerCase();
  if (suffix) {
    const entry = lookupName(name.slice(0, -suffix.length - 1));
    if (entry?.domains.some((domain) => domain.endsWith(`.${suffix}`))) return entry;
  }
  for (const [pattern, replacement] of NAME_FORMS) {
    if (!pattern.test(name)) continue;
    const entry = lookupName(name.replace(pattern, replacement));
    if (entry) return entry;
  }
  return undefined;
}

/** True for a known outlet, a domain, or a name ending in a word that names a news publication. */
export function isOutletName(name: string): boolean {
  if (lookupNameForms(name)) return true;
  if (isDomainLike(name)) return true;
  const bare = name.replace(/^the\s+/i, '');
  return NEWS_WORD.test(bare) || NEWS_SUFFIX.test(bare.split(' ').pop() ?? '');
}

const fromEntry = (entry: RegistryEntry): ResolvedPublisher => ({ name: entry.name, domain: mainDomain(entry), entry, key: `r:${entry.name}` });

/** A source name (and the URL of a link around it, if any) resolved to a publisher. */
export function resolvePublisher(name: string, linkUrl?: string): ResolvedPublisher {
  const entry = lookupNameForms(name) ?? (linkUrl && isDomainLike(name) ? lookupDomain(linkUrl) : undefined);
  if (entry) return fromEntry(entry);
  if (isDomainLike(name)) {
    const domain = registrableDomain(name);
    const shown = name.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '');
    return { name: shown, domain, key: domain ? `d:${domain}` : `n:${nameKey(shown)}` };
  }
  const linkDomain = linkUrl ? registrableDomain(linkUrl) : undefined;
  return { name, domain: linkDomain, key: `n:${nameKey(name)}` };
}

/** A publisher known only by a domain ("medicaldaily.com"): the registry's name, or the domain. */
export function resolveDomain(urlOrHost: string): ResolvedPublisher | undefined {
  const entry = lookupDomain(urlOrHost);
  if (entry) return fromEntry(entry);
  const domain = registrableDomain(urlOrHost);
  if (!domain) return undefined;
  return { name: domain, domain, key: `d:${domain}` };
}

/** A publisher as the output writes it ({name, domain}), resolved again through the registry. */
function asResolved(publisher: Publisher | ResolvedPublisher): ResolvedPublisher {
  if ('key' in publisher) return publisher;
  const entry = lookupNameForms(publisher.name) ?? (publisher.domain ? lookupDomain(publisher.domain) : undefined);
  if (entry) return fromEntry(entry);
  const domain = publisher.domain ? (registrableDomain(publisher.domain) ?? publisher.domain) : undefined;
  return { name: publisher.name, domain, key: domain ? `d:${domain}` : `n:${nameKey(publisher.name)}` };
}

/**
 * Whether two publishers are the same one: same registry entry, same registrable domain, or a name
 * that is the other's domain label ("Network Today" and networktoday.example). The one place this
 * is decided: the analysis, Trace upstream and the evaluation all ask here.
 */
export function samePublisher(first: Publisher | ResolvedPublisher, second: Publisher | ResolvedPublisher): boolean {
  const a = asResolved(first);
  const b = asResolved(second);
  if (a.key === b.key) return true;
  if (a.entry && b.entry) return a.entry === b.entry;
  if (a.domain && b.domain && a.domain === b.domain) return true;
  const nameA = nameKey(a.name);
  const nameB = nameKey(b.name);
  if (nameA && nameA === nameB) return true;
  const label = (domain?: string) => domain?.split('.')[0]?.replace(/[^a-z0-9]/g, '');
  const labelA = label(a.domain);
  const labelB = label(b.domain);
  // One brand under two endings ("spiegel.de", "spiegel.com"), unless the registry tells them apart.
  if (labelA && labelA === labelB && !(a.entry && b.entry)) return true;
  // A page named after its domain with a word more ("St. Lucia Times News" on stluciatimes.com).
  if ((labelA && labelA.length >= 6 && nameB.startsWith(labelA)) || (labelB && labelB.length >= 6 && nameA.startsWith(labelB))) return true;
  // A name known only by its host ("linkedin.com") is the one named after it ("LinkedIn").
  const hostA = registrableDomain(a.name)?.split('.')[0];
  const hostB = registrableDomain(b.name)?.split('.')[0];
  return (
    (!!labelA && labelA === nameB) ||
    (!!labelB && labelB === nameA) ||
    (!!hostA && nameKey(hostA) === nameB) ||
    (!!hostB && nameKey(hostB) === nameA)
  );
}

