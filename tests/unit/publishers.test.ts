import { describe, expect, it } from 'vitest';
import { hostOf, lookupDomain, lookupName, lookupToken, nameKey, registrableDomain, registry, type RegistryEntry } from '../../utils/provenance/registry';
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

  it('covers the world: at least 120 wire services, and outlets beyond the English-language web', () => {
    expect(registry.filter((entry) => entry.kind === 'agency').length).toBeGreaterThanOrEqual(120);
    // A name or alias with a letter outside ASCII ("Süddeutsche", "新京报"), or a main domain outside the
    // English-language web's usual endings.
    const international = registry.filter(
      (entry) => [entry.name, ...entry.aliases].some((name) => /[^\u0000-\u007f]/.test(name)) || !/\.(?:com|org|net|us|uk)$/.test(entry.domains[0]),
    );
    expect(international.length).toBeGreaterThanOrEqual(800);
  });

  it('gives every agency a dateline token, and each token to one entry only', () => {
    const seen = new Map<string, string>();
    for (const entry of registry) {
      if (entry.kind === 'agency') expect(entry.tokens?.length, entry.name).toBeGreaterThan(0);
      for (const token of entry.tokens ?? []) {
        expect(seen.get(token), `${token} in ${entry.name}`).toBeUndefined();
        seen.set(token, entry.name);
        // A token is read as written before any name: "(AgE)" is Agra-Europe, though "age" is The Age's key.
        expect(lookupToken(token), `${token} of ${entry.name}`).toBe(entry);
      }
    }
  });

  it('finds every entry by each of its own names', () => {
    for (const entry of registry) {
      for (const name of [entry.name, ...entry.aliases]) expect(lookupName(name)?.name, `${name} in ${entry.name}`).toBe(entry.name);
    }
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

  it('finds outlets and agencies by their names in other languages and scripts', () => {
    expect(lookupName('Deutschen Presse-Agentur')?.name).toBe('dpa');
    expect(lookupName('共同通信')?.name).toBe('Kyodo News');
    expect(lookupName('日本経済新聞社')?.name).toBe('Nikkei');
    expect(lookupName('新京报')?.domains).toContain('bjnews.com.cn');
    expect(lookupName('Anadolu Ajansı')?.name).toBe('Anadolu Agency');
    expect(lookupName('Keystone-ATS')?.name).toBe('Keystone-SDA');
    expect(lookupName('Golem')?.name).toBe('Golem.de');
    expect(lookupName('新华社')?.name).toBe('Xinhua');
    expect(lookupName('연합뉴스')?.name).toBe('Yonhap');
    expect(lookupName('Katholische Nachrichten-Agentur')?.name).toBe('KNA');
    expect(lookupName('Kenya News Agency')?.name).not.toBe('KNA');
    expect(lookupName('APA (Azerbaijan)')?.domains).toEqual(['apa.az']);
  });

  it('keeps everyday words and other organisations\' initials out of the aliases', () => {
    // "AA" is Anadolu's dateline token only; "Lusa" is written with a capital; "Freitag" is a weekday.
    for (const word of ['AA', 'Presse', 'Nachrichten', 'Zeitung', 'News', 'Journal', 'Radio', 'Agencia', 'Freitag']) {
      expect(lookupName(word), word).toBeUndefined();
    }
    const lusa = registry.find((entry) => entry.name === 'Lusa');
    expect([...(lusa?.aliases ?? []), ...(lusa?.tokens ?? [])]).not.toContain('lusa');
    expect(lookupName('The Age')?.domains).toContain('theage.com.au');
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
