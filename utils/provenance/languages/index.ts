/**
 * The language packs. Adding a language is adding its file and one line here (an import, and its two
 * names below): `PACKS` for the background's analysis, `PAGE_WORDS` for the content script's
 * pre-check, which must not carry the cues and their example sentences to every page.
 */
import * as de from './de';
import * as en from './en';

export const PACKS = [en.pack, de.pack];
export const PAGE_WORDS = [en.words, de.words];

export type { LanguagePack, PackWords, CueDefinition, CueExample, CueRole } from './pack';
