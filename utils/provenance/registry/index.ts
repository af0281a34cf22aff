/**
 * The publisher registry: known news outlets and agencies, looked up by name, alias or domain.
 * Registrable domains come from `tldts` (the Public Suffix List), so `bbc.co.uk`, `abc.net.au` and
 * `news.yahoo.com` resolve the way a browser would group them.
 */
import { parse as parseDomain } from 'tldts';
import { DIGIT, LETTER } from '../letters';
import { nameKey } from './name-key';
import { unpackNameKeys } from './name-keys';
import builtNameKeys from './name-keys.json';
import outlets from './outlets.json';
import type { RegistryEntry } from './types';
import { AGENCY_SPELLINGS, DATELINE_TOKENS, WIRE_ENTRIES } from './wire';

export type { RegistryEntry };
export { AGENCY_SPELLINGS, DATELINE_TOKENS, nameKey };

// The wire services are a file of their own: the content script's pre-check reads their names
// without loading the rest.
export const registry: readonly RegistryEntry[] = [...(outlets as RegistryEntry[]), ...WIRE_ENTRIES];

// Explicit classes, not \p{…}: see provenance/letters.ts (first-use compile cost).
const DOMAIN_LIKE = new RegExp(String.raw`^(?:https?:\/\/)?[${LETTER}${DIGIT}-]+(?:\.[${LETTER}${DIGIT}-]+)+\/?$`, 'u');

interface LookupTables {
  byName: Map<string, RegistryEntry>;
  byHost: Map<string, RegistryEntry>;
  byToken: Map<string, RegistryEntry>;
}

let tables: LookupTables | undefined;

/**
 * Built at the first lookup, not when the module loads: a stopped service worker woken by a tab's
 * navigation or the popup then answers without them. The names come keyed from the build
 * (name-keys.ts). Should entries have been added or removed since (`npm run eval` and the tests do
 * not build), the keys would pair with the wrong entries: the names are keyed here instead.
 */
function lookupTables(): LookupTables {
  if (tables) return tables;
  const unpacked = unpackNameKeys(builtNameKeys.packed);
  const prebuilt = unpacked.length === registry.length;
  const built: LookupTables = { byName: new Map(), byHost: new Map(), byToken: new Map() };
  registry.forEach((entry, index) => {
    for (const key of prebuilt ? unpacked[index] : [entry.name, ...entry.aliases].map(nameKey)) built.byName.set(key, entry);
    for (const domain of entry.domains) built.byHost.set(domain, entry);
    for (const token of entry.tokens ?? []) built.byToken.set(token, entry);
  });
  return (tables = built);
}

/**
 * The wire service (or dateline-writing outlet) behind a token as a dateline or a closing credit
 * writes it, case as written ("dpa", "AP", "ats", "共同"); names of three letters or more also by
 * name ("Reuters", "Agencia EFE").
 */
export function lookupToken(token: string): RegistryEntry | undefined {
  const { byName, byToken } = lookupTables();
  const exact = byToken.get(token);
  if (exact) return exact;
  if (token.length < 3) return undefined;
  const entry = byName.get(nameKey(token));
  return entry && (entry.kind === 'agency' || entry.tokens) ? entry : undefined;
}

/** Host name of a URL or bare host ("NBCNews.com", "https://www.nbcnews.com/x"), lower case. */
export function hostOf(urlOrHost: string): string | undefined {
  const parsed = parseDomain(urlOrHost.trim().toLowerCase());
  if (!parsed.hostname || !parsed.domain || parsed.isIp) return undefined;
  // tldts accepts any label; a name only counts as a host when its suffix is a real public suffix.
  if (!parsed.isIcann && !parsed.isPrivate) return undefined;
  return parsed.hostname;
}

/** The registrable domain (eTLD+1) of a URL or host: "www.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  return host ? (parseDomain(host).domain ?? undefined) : undefined;
}

/** Looks a host up, from the full host name down to its registrable domain ("abcnews.go.com" first). */
export function lookupDomain(urlOrHost: string): RegistryEntry | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  const domain = parseDomain(host).domain;
  const { byHost } = lookupTables();
  let candidate = host.replace(/^www\./, '');
  for (;;) {
    const hit = byHost.get(candidate);
    if (hit) return hit;
    if (!domain || candidate === domain) return undefined;
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

/** Looks like a domain written as a name: "NBCNews.com", "www.courtneykirchoff.com". */
export function isDomainLike(name: string): boolean {
  return DOMAIN_LIKE.test(name.trim()) && !!hostOf(name);
}

export function lookupName(name: string): RegistryEntry | undefined {
  if (isDomainLike(name)) return lookupDomain(name);
  const key = nameKey(name);
  return key ? lookupTables().byName.get(key) : undefined;
}

export function isAgency(entry: RegistryEntry | undefined): boolean {
  return entry?.kind === 'agency';
}

/** The first domain an entry lists is its main one. */
export function mainDomain(entry: RegistryEntry): string {
  return entry.domains[0];
}
