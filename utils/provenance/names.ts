/**
 * Turning the words a cue captured into a publisher: trimming what is not part of the name, rejecting
 * dates and pronouns, and telling a news outlet from any other proper noun ("Mozilla reported").
 */
import { DIGIT, LETTER, LOWER, MARK, UPPER } from './letters';
import {
  isDomainLike,
  lookupDomain,
  lookupName,
  mainDomain,
  nameKey,
  registrableDomain,
  type RegistryEntry,
} from '../publishers';
import type { Publisher } from './types';

/** One capitalised word of a name: "Record", "NBCNews.com", "Post-Gazette", "O’Reilly", "U.S.". */
// Dots only inside a word, so a sentence's full stop ends the name: "by The Record. President…".
const CAP_WORD = String.raw`[${UPPER}](?:[${LETTER}${MARK}${DIGIT}’'&\-]|\.(?=[${LETTER}${DIGIT}]))*`;
/** Small words allowed inside a name: "Stars and Stripes", "The Times of India", "El País". */
const CONNECTOR = String.raw`(?:of|and|&|for|de|del|la|le|el|du|der|die|des|the|on|at|in)`;
/** A domain as written in prose: "NBCNews.com", "www.courtneykirchoff.com". */
const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?[${LETTER}${DIGIT}-]+(?:\.[${LETTER}${DIGIT}-]+)*\.[${LOWER}]{2,}(?![${LETTER}${DIGIT}])`;
/** A name: an optional "the", then capitalised words, joined by connectors. */
export const NAME = String.raw`(?:${DOMAIN}|(?:[Tt]he\s+)?${CAP_WORD}(?:[ \t\u00a0]+(?:${CONNECTOR}[ \t\u00a0]+)?${CAP_WORD}){0,6})`;

const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DATE_WORD = new RegExp(String.raw`^(?:${MONTHS}|${DAYS})\.?$`, 'i');

/** Words that start a sentence or clause and are capitalised only for that reason. */
const LEADING_FILLER = new Set(
  (
    'as but and or so while when then now also however earlier later last this that these those in on at ' +
    'yet since after before meanwhile previously separately first according like unlike both even if ' +
    'though although because which where who what why how it its his her their our my your we they he she ' +
    'i you here there still only just per via by from with'
  ).split(' '),
);

/** Names that are never a publisher, whatever their capital letter. */
const NOT_A_SOURCE = new Set(
  (
    'it he she they we i you this that these those there here who which the a an us one someone ' +
    'people officials official sources source police authorities government company report reports ' +
    'news media press staff editor editors author reporter reporters writer writers correspondent ' +
    'website site page blog article story newspaper magazine journal outlet network channel station ' +
    'readers reader subscribers member members online internet web about contact privacy terms help home ' +
    'menu policy cookies accessibility careers advertise'
  ).split(' '),
);

/**
 * Last words that mark a name as a news outlet when the registry does not know it: "Argus Leader",
 * "The Korea Times", "KFF Health News", "Hechinger Report".
 */
const NEWS_WORD =
  /(?:^|\s)(?:News|Newsroom|Times|Post|Journal|Herald|Tribune|Gazette|Magazine|Mag|Press|Radio|Television|TV|Daily|Chronicle|Observer|Guardian|Telegraph|Independent|Wire|Reporter|Examiner|Inquirer|Dispatch|Register|Star|Sun|Mirror|Express|Courier|Bulletin|Monitor|Standard|Leader|Ledger|Record|Today|Weekly|Insider|Report|Media|Network|Broadcasting|Agency|Agence|Associated|Newswire|Zeitung|Nachrichten|Le Monde|Le Figaro|Diario|Noticias|Correspondent|Review|Sentinel|Enquirer|Advertiser|Democrat|Republican|Citizen|Globe|Statesman|Spectator|Nation|Tribune-Review|Post-Gazette|Journal-Constitution|Free Press)$/;

function stripTrailing(words: string[]): string[] {
  const out = [...words];
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    const bare = last.replace(/[.,;:!?’'"”)]+$/u, '');
    if (DATE_WORD.test(bare) || /^(?:of|and|&|for|de|del|la|le|el|du|der|die|des|the|on|at|in)$/i.test(bare)) {
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
  // Trailing punctuation ends sentences, but a domain keeps its dots: "NBCNews.com." → "NBCNews.com".
  name = name.replace(/[.,;:!?’'"”)\]]+$/u, '');
  name = name.replace(/^(?:https?:\/\/)?(?:www\.)?/i, (prefix) => (isDomainLike(name) ? '' : prefix));
  if (!name) return undefined;
  if (isDomainLike(name)) return name.replace(/\/$/, '');

  let words = name.split(' ');
  // "As Reuters", "Earlier Yahoo Finance": sentence-start words are capitalised but not part of the name.
  while (words.length > 1 && LEADING_FILLER.has(words[0].toLowerCase()) && words[0].toLowerCase() !== 'the') {
    words = words.slice(1);
  }
  words = stripTrailing(words);
  // The registry knows where a name ends: "The Record Friday" → "The Record".
  for (let n = words.length; n > 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (lookupName(prefix)) {
      words = words.slice(0, n);
      break;
    }
  }
  if (words[0]?.toLowerCase() === 'the' && words.length > 1) words[0] = 'The';
  name = words.join(' ');
  const bare = name.replace(/^the /i, '');
  if (!bare || NOT_A_SOURCE.has(bare.toLowerCase()) || DATE_WORD.test(bare)) return undefined;
  if (!HAS_LETTER.test(bare)) return undefined;
  if (words.every((word) => DATE_WORD.test(word.replace(/[.,]$/, '')) || /^\d/.test(word))) return undefined;
  return name;
}

/** Splits "CNN and Reuters" into two names, but keeps "Stars and Stripes" whole. */
export function splitNames(name: string): string[] {
  if (lookupName(name) || !/\s(?:and|&)\s/.test(name)) return [name];
  const parts = name.split(/\s+(?:and|&)\s+/);
  return parts.every((part) => isOutletName(part)) ? parts : [name];
}

/** True for a known outlet, a domain, or a name ending in a word that names a news publication. */
export function isOutletName(name: string): boolean {
  if (lookupName(name)) return true;
  if (isDomainLike(name)) return true;
  return NEWS_WORD.test(name.replace(/^the\s+/i, ''));
}

export interface ResolvedPublisher extends Publisher {
  entry?: RegistryEntry;
  /** A key that is equal for two mentions of the same publisher. */
  key: string;
}

/** A source name (and the URL of a link around it, if any) resolved to a publisher. */
export function resolvePublisher(name: string, linkUrl?: string): ResolvedPublisher {
  const entry = lookupName(name) ?? (linkUrl && isDomainLike(name) ? lookupDomain(linkUrl) : undefined);
  if (entry) return { name: entry.name, domain: mainDomain(entry), entry, key: `r:${entry.name}` };
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
  if (entry) return { name: entry.name, domain: mainDomain(entry), entry, key: `r:${entry.name}` };
  const domain = registrableDomain(urlOrHost);
  if (!domain) return undefined;
  return { name: domain, domain, key: `d:${domain}` };
}

/**
 * Whether two publishers are the same one: same registry entry, same registrable domain, or a name
 * that is the other's domain label ("Network Today" and networktoday.example).
 */
export function samePublisher(a: ResolvedPublisher, b: ResolvedPublisher): boolean {
  if (a.key === b.key) return true;
  if (a.entry && b.entry) return a.entry === b.entry;
  if (a.domain && b.domain && a.domain === b.domain) return true;
  const nameA = nameKey(a.name);
  const nameB = nameKey(b.name);
  if (nameA && nameA === nameB) return true;
  const label = (domain?: string) => domain?.split('.')[0]?.replace(/[^a-z0-9]/g, '');
  const labelA = label(a.domain);
  const labelB = label(b.domain);
  return (!!labelA && labelA === nameB) || (!!labelB && labelB === nameA);
}
