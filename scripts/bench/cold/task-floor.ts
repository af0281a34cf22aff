/**
 * The task floor, cold: the floor's pass plus one test for the pre-check's words on each text node
 * and the metadata search. The least any script that detects these phrases in every language we have
 * a pack for must do: it ships the same words and builds the same scanner for them.
 */
import { TriggerScanner } from '../../../utils/provenance/page/scanner';
import { triggerWordsFor } from '../../../utils/provenance/trigger';
import { exposeCold } from './expose';

exposeCold(async () => {
  const tags = document.querySelectorAll('link[rel], meta, script[type="application/ld+json"]').length;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  const scanner = new TriggerScanner(triggerWordsFor());
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (scanner.mayHoldEvidence((node as Text).data)) hits++;
  return { sink: hits + tags };
});
