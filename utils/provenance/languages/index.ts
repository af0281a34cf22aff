/**
 * The language packs. Adding a language is adding its file and one line here (an import, and its
 * two names below): `packs()` for the background's analysis, `PAGE_WORDS` for the content script's
 * pre-check, which must not carry the cues and their example sentences to every page.
 */
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import * as it from './it';
import * as ja from './ja';
import * as nl from './nl';
import * as pl from './pl';
import * as pt from './pt';
import * as tr from './tr';
import * as zh from './zh';

const BUILDERS = [en.pack, de.pack, fr.pack, es.pack, pt.pack, it.pack, nl.pack, pl.pack, ja.pack, zh.pack, tr.pack];
let built: LanguagePack[] | undefined;

/** Every pack, built once, on first use. */
export function packs(): readonly LanguagePack[] {
  built ??= BUILDERS.map((build) => build());
  return built;
}
/** Each pack's words by its language's code, in the order of BUILDERS. */
export const PAGE_WORDS: Readonly<Record<string, PackWords>> = {
  en: en.words, de: de.words, fr: fr.words, es: es.words, pt: pt.words, it: it.words, nl: nl.words, pl: pl.words, ja: ja.words, zh: zh.words, tr: tr.words,
};

import type { LanguagePack, PackWords } from './pack';

export type { LanguagePack, PackWords, CueDefinition, CueExample, CueRole } from './pack';
