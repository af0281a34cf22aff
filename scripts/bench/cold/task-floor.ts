/**
 * The task floor, cold: the floor's pass plus one test of the pre-check's pattern on each text node
 * and the metadata search. The least any script that detects these phrases in every language we have
 * a pack for must do: it ships the same words and compiles the same pattern on its first use.
 */
import { PRECHECK_PATTERN } from '../../../utils/provenance/trigger';
import { exposeCold } from './expose';

exposeCold(async () => {
  const tags = document.querySelectorAll('link[rel], meta, script[type="application/ld+json"]').length;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    PRECHECK_PATTERN.lastIndex = 0;
    if (PRECHECK_PATTERN.test((node as Text).data)) hits++;
  }
  return { sink: hits + tags };
});
