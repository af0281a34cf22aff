import { describe, expect, it } from 'vitest';
import { cleanName, isOutletName, resolvePublisher, samePublisher, splitNames } from '../../../utils/provenance/analysis/names';

describe('cleanName', () => {
  it('keeps names and domains as a reader writes them', () => {
    expect(cleanName('The Record')).toBe('The Record');
    expect(cleanName('the Argus Leader')).toBe('The Argus Leader');
    expect(cleanName('NBCNews.com.')).toBe('NBCNews.com');
    expect(cleanName('www.courtneykirchoff.com')).toBe('courtneykirchoff.com');
    expect(cleanName('Network Today')).toBe('Network Today');
  });

  it('drops sentence-start words and trailing dates', () => {
    expect(cleanName('As Reuters')).toBe('Reuters');
    expect(cleanName('Earlier Yahoo Finance')).toBe('Yahoo Finance');
    expect(cleanName('The Record Friday')).toBe('The Record');
  });

  it('rejects dates, pronouns and generic words', () => {
    for (const raw of ['November', 'Friday', 'It', 'Officials', 'The company', 'Jan.']) expect(cleanName(raw), raw).toBeUndefined();
  });
});

describe('outlets', () => {
  it('tells news outlets from other proper nouns', () => {
    expect(isOutletName('Reuters')).toBe(true);
    expect(isOutletName('The Korea Times')).toBe(true);
    expect(isOutletName('Argus Leader')).toBe(true);
    expect(isOutletName('Mozilla')).toBe(false);
    expect(isOutletName('Microsoft')).toBe(false);
  });

  it('splits "X and Y" into two outlets, but not a name that has "and" in it', () => {
    expect(splitNames('CNN and Reuters')).toEqual(['CNN', 'Reuters']);
    expect(splitNames('Smith and Wesson')).toEqual(['Smith and Wesson']);
  });

  it('resolves a source to the registry, or keeps the page’s own words', () => {
    expect(resolvePublisher('NBCNews.com')).toMatchObject({ name: 'NBC News', domain: 'nbcnews.com' });
    expect(resolvePublisher('The Lakeside Ledger', 'https://www.lakesideledger.example.org/a')).toMatchObject({
      name: 'The Lakeside Ledger',
    });
    expect(resolvePublisher('nbcnevvs.com')).toMatchObject({ name: 'nbcnevvs.com', domain: 'nbcnevvs.com' });
  });

  it('knows a page’s name and its domain are one publisher', () => {
    const page = resolvePublisher('Network Today');
    expect(samePublisher(page, { name: 'networktoday.example', domain: 'networktoday.example', key: 'd:networktoday.example' })).toBe(true);
    expect(samePublisher(page, resolvePublisher('NBC News'))).toBe(false);
  });
});
