/**
 * Source labels: "Quelle: dpa", "(Quelle: SWR)", "Source : AFP", "Fuente: EFE", "Źródło: PAP",
 * "来源：新京报", "Quelle: https://www.brandeins.de/…", or a label whose source is a link ("Quelle:
 * UN Program Pushes Digital ID…" linked to reclaimthenet.org) or the list under it ("Unsere
 * Quellen:" · "Mitteilung Correctiv"). Only a publisher counts: a label that names an office, a
 * study or a company ("Source: CDC", "Quelle: Statistisches Bundesamt") is not a source of the story.
 */
import { CJK, LETTER } from '../letters';
import { isDomainLike, lookupDomain, lookupToken, registrableDomain, type RegistryEntry } from '../registry';
import type { LinkSpan, ReadBlock } from '../types';
import { absoluteUrl } from './metadata';
import { cleanName, CJK_NAME, isOutletName, lookupNameForms, NAME, resolveDomain, resolvePublisher, type ResolvedPublisher } from './names';
import { alternation, PHOTO_WORDS, SOURCE_LABELS } from './vocabulary';

const SP = String.raw`[\s\u00a0]`;
const LATIN_LABELS = SOURCE_LABELS.filter((label) => !new RegExp(`[${CJK}]`, 'u').test(label));
const CJK_LABELS = SOURCE_LABELS.filter((label) => new RegExp(`[${CJK}]`, 'u').test(label));

/** A label and its colon, at a block's start, after a bracket or a bar, or anywhere for a CJK one. */
const LABEL = new RegExp(
  `(?:(?:^|(?<=[\\s(\\[|·•]))(?:${alternation(LATIN_LABELS.flatMap((label) => [label, label.toUpperCase()]))})|${CJK_LABELS.length ? `(?:${alternation(CJK_LABELS)})` : '(?!)'})${SP}*[:：]${SP}*`,
  'gu',
);
const PHOTO_LABEL = new RegExp(`(?<![${LETTER}])(?:${alternation(PHOTO_WORDS)})${SP}*[:：]`, 'iu');
const CJK_START = new RegExp(`^[${CJK}]`, 'u');
const GRAPHIC_CREDIT = /(?:^|\s)By\s[^|]{1,60}\|\s*$/u;
const URL_AT_START = /^(?:©\s*)?(https?:\/\/[^\s"'<>)]+)/u;
const DOMAIN_AT_START = new RegExp(`^(?:©${SP}*)?((?:www\\.)?[${LETTER}\\d-]+(?:\\.[${LETTER}\\d-]+)*\\.[a-z]{2,})(?![${LETTER}\\d])`, 'u');
const NAME_AT_START = new RegExp(`^(?:©${SP}*)?(?:\\d{4}${SP}+)?(${NAME})`, 'u');
const CJK_AT_START = new RegExp(`^(「[^」\\n]{1,30}」|『[^』\\n]{1,30}』|《[^》\\n]{1,30}》|${CJK_NAME})(?=$|[\\s\\u3000、。，,;；|｜)）\\-－—])`, 'u');
/** "转载请注明来源：…", "未经授权…": a footer's rule for others' copies, not this page's source. */
const REPRINT_RULE = /转载请注明|轉載請註明|未经授权|未經授權|無断転載/u;
const WORD_AT_START = new RegExp(`^([${LETTER}][${LETTER}\\d.-]{1,30})`, 'u');

/** How far into its block a label still opens it (a bullet, a bar, a date's digits before it). */
const LABEL_NEAR_START = 12;
/** How long a line a label in Chinese or Japanese may stand anywhere in. */
const MAX_LABEL_BLOCK = 200;
/** Blocks read after a label that stands alone ("Unsere Quellen:"), and how long each may be. */
const LIST_BLOCKS = 3;
const MAX_LIST_BLOCK = 160;

export interface LabelMatch {
  publisher: ResolvedPublisher;
  url?: string;
  /** Where the label and its source sit, in the block the source was read in. */
  block: ReadBlock;
  start: number;
  end: number;
}

/**
 * An address of one article, not a site's home or a database's page: a slug of words
 * ("…/was-wurde-eigentlich-aus-six-sigma"), a dated path, or a page of its own (".html").
 */
export function isArticleUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  return last.split(/[-_]/).filter((word) => /[a-z]/i.test(word)).length >= 3 || (/\/(?:19|20)\d\d\//.test(path) && segments.length >= 3) || (/\.s?html?$/.test(last) && segments.length >= 2);
}

function linkFrom(links: LinkSpan[], at: number, end: number): LinkSpan | undefined {
  return links.find((link) => link.start < end && link.end > at);
}

/** The publisher a label's text names: a URL, a domain, a known or news-like name, a link's site. */
function sourceAfter(block: ReadBlock, at: number, pageUrl: string | undefined, cjk: boolean, knownOnly: boolean): Omit<LabelMatch, 'block' | 'start'> | undefined {
  // "Quellen: (Medical News Today) (Northwestern Medicine)": the name inside its brackets.
  const from = at + (/^[\s\u00a0(\[]*/u.exec(block.text.slice(at, at + 8))?.[0].length ?? 0);
  const rest = block.text.slice(from, from + 160);
  const url = URL_AT_START.exec(rest)?.[1];
  if (url) {
    const publisher = isArticleUrl(url) ? resolveDomain(url) : undefined;
    return publisher && { publisher, url, end: from + rest.indexOf(url) + url.length };
  }
  const domain = DOMAIN_AT_START.exec(rest)?.[1];
  if (domain && isDomainLike(domain)) {
    // A bare domain is a source when it owns the text ("Quelle: © www.juragentur.de"); otherwise
    // it is as likely a shop or a database ("Source: Amazon.co.jp").
    const owned = /^©/.test(rest);
    const publisher = lookupDomain(domain) || owned ? resolveDomain(domain) : undefined;
    return publisher && { publisher, end: from + rest.indexOf(domain) + domain.length };
  }
  const named = (raw: string, offset: number) => {
    const name = cleanName(raw);
    if (!name) return undefined;
    const entry = lookupNameForms(name) ?? lookupToken(name);
    if (!entry && (knownOnly || !isOutletName(name))) return undefined;
    return { publisher: entry ? resolvePublisher(entry.name) : resolvePublisher(name), end: from + offset + raw.length };
  };
  const match = (cjk ? CJK_AT_START : NAME_AT_START).exec(rest);
  if (match) {
    const found = named(match[1], rest.indexOf(match[1]));
    if (found) return found;
  }
  // A name in lower case the registry knows ("Quelle: kathpress").
  const word = WORD_AT_START.exec(rest)?.[1];
  if (word) {
    const entry = lookupToken(word) ?? lookupNameForms(word);
    if (entry) return { publisher: resolvePublisher(entry.name), end: from + word.length };
  }
  // The label's text is a link to another site's article: its title, the site its source.
  const link = linkFrom(block.links, from, from + Math.max(1, rest.trimEnd().length));
  const href = link && absoluteUrl(link.href, pageUrl);
  if (href && isArticleUrl(href) && registrableDomain(href) !== (pageUrl && registrableDomain(pageUrl))) {
    const publisher = resolveDomain(href);
    return publisher && { publisher, url: href, end: Math.min(block.text.length, link.end) };
  }
  return undefined;
}

/** The longest run of words (up to four) the registry knows: "Mitteilung Correctiv" → Correctiv. */
function knownWithin(name: string): { entry: RegistryEntry; words: string } | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  for (let size = Math.min(4, words.length); size >= 1; size--) {
    for (let from = 0; from + size <= words.length; from++) {
      const part = words.slice(from, from + size).join(' ');
      const cleaned = cleanName(part);
      const entry = cleaned && (lookupNameForms(cleaned) ?? lookupToken(cleaned));
      if (entry) return { entry, words: part };
    }
  }
  return undefined;
}

/** Known outlets named in the short blocks under a label that stands alone. */
function sourcesInList(blocks: ReadBlock[], after: number): LabelMatch[] {
  const found: LabelMatch[] = [];
  const label = blocks[after];
  for (let next = after + 1; next < blocks.length && next <= after + LIST_BLOCKS; next++) {
    const block = blocks[next];
    // Only the blocks right under it in the page, not the next candidate further down.
    if (block.index !== label.index + (next - after) || block.text.length > MAX_LIST_BLOCK) break;
    // Every run of up to four words, not just capitalised names: a reference list cites journals
    // as they write themselves ("Hamberger, J. (2021): Der Holländerholzhandel. LWF aktuell 131").
    const known = knownWithin(block.text.replace(/[():;,.]+(?=\s|$)/g, ' '));
    if (known) {
      const start = Math.max(0, block.text.indexOf(known.words));
      found.push({ publisher: resolvePublisher(known.entry.name), block, start, end: start + known.words.length });
    }
  }
  return found;
}

/** Every source label of a block, with the publisher each names. */
export function sourceLabels(blocks: ReadBlock[], position: number, pageUrl: string | undefined): LabelMatch[] {
  const block = blocks[position];
  const text = block.text;
  const found: LabelMatch[] = [];
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const start = match.index;
    const before = text.slice(0, start);
    const inParentheses = /[(（]$/.test(before.trimEnd());
    const atStart = before.trim().length <= LABEL_NEAR_START;
    const cjk = CJK_START.test(match[0]);
    // A label opens its line, or closes a paragraph in brackets ("… (Quelle: SWR)"); one in
    // Chinese or Japanese stands anywhere on a short line ("2020-02-19 来源：半月谈").
    if (!(atStart || inParentheses || (cjk && text.length <= MAX_LABEL_BLOCK))) continue;
    // "Bild: … / Quelle: ARD/Christof Arnold", "Sources: … / Photo credit: …": a picture's
    // credit line; "By The New York Times | Source: Reuters": a graphic's.
    if (PHOTO_LABEL.test(text) || GRAPHIC_CREDIT.test(before) || REPRINT_RULE.test(before.slice(-12))) continue;
    const from = start + match[0].length;
    if (!text.slice(from).trim()) {
      found.push(...sourcesInList(blocks, position));
      continue;
    }
    // In brackets, only a publisher the registry knows: "(Source: Riivka)" credits a picture.
    const source = sourceAfter(block, from, pageUrl, cjk, inParentheses);
    if (source) found.push({ ...source, block, start });
  }
  return found;
}
