import { describe, expect, it } from 'vitest';
import { hostOf, lookupDomain, lookupName, nameKey, registrableDomain, registry, type RegistryEntry } from '../../utils/provenance/registry';
import outlets from '../../utils/provenance/registry/outlets.json';
import wire from '../../utils/provenance/registry/wire.json';

describe('publisher registry data', () => {
  it('holds at least 300 outlets and agencies', () => {
    expect(registry.length).toBeGreaterThanOrEqual(300);
    expect(registry.filter((entry) => entry.kind === 'agency').length).toBeGreaterThanOrEqual(10);
  });

  it('keeps each file sorted by name: outlets in one, wire services (and outlets with dateline tokens) in the other', () => {
    const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    for (const [file, entries] of [['outlets.json', outlets], ['wire.json', wire]] as const) {
      const names = (entries as RegistryEntry[]).map((entry) => entry.name);
      // Plain code-point order of the lower-cased names: the same in every language's sort.
      expect(names, file).toEqual([...names].sort(byName));
    }
    expect((outlets as RegistryEntry[]).every((entry) => entry.kind === 'outlet' && !entry.tokens)).toBe(true);
    expect((wire as RegistryEntry[]).every((entry) => entry.kind === 'agency' || entry.tokens?.length)).toBe(true);
  });

  it('gives every name, alias and domain to one outlet only', () => {
    const seenNames = new Map<string, string>();
    const seenDomains = new Map<string, string>();
    for (const entry of registry) {
      for (const name of new Set([entry.name, ...entry.aliases].map(nameKey))) {
        expect(seenNames.get(name), `${name} in ${entry.name}`).toBeUndefined();
        seenNames.set(name, entry.name);
      }
      expect(entry.domains.length, entry.name).toBeGreaterThan(0);
      for (const domain of entry.domains) {
        expect(domain, entry.name).toBe(domain.toLowerCase());
        expect(domain.startsWith('www.'), domain).toBe(false);
        expect(hostOf(domain), domain).toBe(domain);
        expect(seenDomains.get(domain), `${domain} in ${entry.name}`).toBeUndefined();
        seenDomains.set(domain, entry.name);
      }
    }
  });
});

describe('lookups', () => {
  it('finds outlets by name, alias and domain-as-name', () => {
    expect(lookupName('NBC News')?.name).toBe('NBC News');
    expect(lookupName('NBCNews.com')?.name).toBe('NBC News');
    expect(lookupName('the Associated Press')?.name).toBe('Associated Press');
    expect(lookupName('AP')?.name).toBe('Associated Press');
    expect(lookupName('The Huffington Post')?.name).toBe('HuffPost');
    expect(lookupName('The Record')?.domains).toContain('therecord.media');
    expect(lookupName('Network Today')).toBeUndefined();
  });

  it('finds outlets by URL or host, from the full host down to the registrable domain', () => {
    expect(lookupDomain('https://www.nbcnews.com/politics/x')?.name).toBe('NBC News');
    expect(lookupDomain('http://abcnews.go.com/US/story?id=1')?.name).toBe('ABC News');
    expect(lookupDomain('https://www.bbc.co.uk/news/x')?.name).toMatch(/BBC/);
    expect(lookupDomain('https://example.org/')).toBeUndefined();
  });

  it('uses the public suffix list for registrable domains', () => {
    expect(registrableDomain('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(registrableDomain('news.yahoo.com')).toBe('yahoo.com');
    expect(registrableDomain('not a host')).toBeUndefined();
    expect(registrableDomain('NBCNews.com')).toBe('nbcnews.com');
  });

  it('does not resolve look-alike domains to the real outlet', () => {
    expect(lookupDomain('https://nbcnevvs.com/x')).toBeUndefined();
    expect(lookupDomain('https://xn--nbcnws-3ya.com/')).toBeUndefined();
    expect(lookupName('NBCNevvs.com')).toBeUndefined();
  });
});
