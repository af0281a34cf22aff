/**
 * Who publishes the page itself: the registry's entry for its address, its og:site_name or JSON-LD
 * publisher, its "© 2025 Name" line, its title, in that order of trust.
 */
import { DIGIT, LETTER, UPPER } from '../letters';
import { lookupDomain, lookupName, mainDomain, registrableDomain } from '../registry';
import type { EvidenceKind, PageMetadata, PagePublisher } from '../types';
import { collapse, type EvidenceBook } from './evidence';
import { cleanName, resolveDomain, resolvePublisher, samePublisher, type ResolvedPublisher } from './names';

/**
 * "© 2025 Network Today", "Copyright 2016 Salon Media Group", "2025 © Network Today": a © sign or a
 * year must be there ("Copyright Policy" is a link, not an owner).
 */
const COPYRIGHT = new RegExp(
  String.raw`(?:(?:©|\(c\)|(?:Copyright|COPYRIGHT|copyright)\b)\s*(?:©\s*)?(?<year>\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:©\s*)?|\b\d{4}\s*©\s*)` +
    String.raw`(?<name>(?:[Tt]he\s+)?[${UPPER}][${LETTER}${DIGIT}.&'’ -]{1,60})`,
  'gu',
);

/** The last "© 2025 Network Today" line in the text: the site's own footer comes last. */
function copyrightName(text: string): { name: string; quote: string } | undefined {
  let found: { name: string; quote: string } | undefined;
  const tail = text.length > 200_000 ? text.slice(-200_000) : text;
  COPYRIGHT.lastIndex = 0;
  for (let match = COPYRIGHT.exec(tail); match; match = COPYRIGHT.exec(tail)) {
    if (!match[0].includes('©') && !match.groups!.year && !/\(c\)/.test(match[0])) continue;
    const raw = match.groups!.name.split(/\.\s|\s*[|,]\s*|\s+All\s+[Rr]ights|\s+-\s|\s{2,}/)[0];
    const name = cleanName(raw.replace(/\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Media Group|Group|Company)\.?$/i, ''));
    if (name && !/^all rights/i.test(name)) found = { name, quote: collapse(match[0]) };
  }
  return found;
}

/** "Raw Story - Celebrating 18 Years…", "POPSUGAR Home", "Yahoo News - Latest News & Headlines" → the name. */
function siteNameOnly(name: string): string {
  const first = name.split(/\s+[-–—|:·•]\s+/)[0].trim();
  return first.replace(/\s+(?:Home|Homepage|Home Page|Online)$/i, '') || name;
}

/** "kath.net katholische Nachrichten" on kath.net: the site's own address is its name. */
function withoutDescription(name: string, domain: string | undefined): string {
  const first = name.split(/\s+/)[0];
  return domain && name.length > first.length && first.toLowerCase().replace(/^www\./, '') === domain ? first : name;
}

export function pagePublisher(
  title: string,
  meta: PageMetadata,
  url: string | undefined,
  evidence: EvidenceBook,
  bodyText: () => string,
): PagePublisher {
  const urlEntry = url ? lookupDomain(url) : undefined;
  const urlDomain = url ? registrableDomain(url) : undefined;
  const fromName = (name: string, kind: EvidenceKind, quote: string): PagePublisher => {
    const resolved = resolvePublisher(name);
    // The page's own host is the better domain when the name is not a registry outlet.
    const domain = resolved.entry ? resolved.domain : (urlDomain ?? resolved.domain);
    return { ...resolved, domain, evidence: [evidence.tag(kind, quote)] };
  };
  const siteName = meta.siteName?.name && cleanName(meta.siteName.name) ? meta.siteName : undefined;
  // The registry knows who runs a news domain better than an og:site_name that names a section
  // ("U.S." on reuters.com); a site name it also knows (a sub-brand) still wins.
  if (urlEntry && siteName && !lookupName(siteNameOnly(siteName.name))) {
    return { name: urlEntry.name, domain: mainDomain(urlEntry), entry: urlEntry, key: `r:${urlEntry.name}`, evidence: [evidence.tag('url', url!)] };
  }
  if (siteName) {
    const page = fromName(withoutDescription(siteNameOnly(siteName.name), urlDomain), 'site-name', siteName.quote);
    // "og:site_name" of a syndicating portal can be a brand the registry files under the URL's outlet.
    return urlEntry && !page.entry && samePublisher(page, { name: urlEntry.name, domain: mainDomain(urlEntry), key: `r:${urlEntry.name}`, entry: urlEntry })
      ? { ...page, entry: urlEntry, key: `r:${urlEntry.name}` }
      : page;
  }
  if (meta.publisherName) return fromName(siteNameOnly(meta.publisherName.name), 'json-ld', meta.publisherName.quote);
  if (urlEntry) {
    return { name: urlEntry.name, domain: mainDomain(urlEntry), entry: urlEntry, key: `r:${urlEntry.name}`, evidence: [evidence.tag('url', url!)] };
  }
  const copyright = copyrightName(bodyText());
  if (copyright) return fromName(copyright.name, 'copyright', copyright.quote);
  const lastPart = title.split(/\s[|–—-]\s/).pop()?.trim();
  if (urlDomain) {
    const host = resolveDomain(url!)!;
    return { ...host, evidence: [evidence.tag('url', url!)] };
  }
  if (lastPart && lastPart !== title.trim()) return fromName(lastPart, 'site-name', `<title>${collapse(title)}</title>`);
  return { name: 'This page', key: 'n:thispage', evidence: [] };
}
