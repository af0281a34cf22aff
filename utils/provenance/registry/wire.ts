/**
 * The wire services' part of the registry, on its own: the content script's pre-check needs their
 * names and dateline tokens, and nothing else of the registry (outlets.json and the suffix list stay
 * in the background).
 */
import wire from './wire.json';
import type { RegistryEntry } from './types';

/** Agencies, and the few outlets that write datelines as one does ("NEW YORK (CNN Business) —"). */
export const WIRE_ENTRIES = wire as RegistryEntry[];

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Agency names and aliases as they are written in text, longest first. Two-letter Latin names are US
 * states or initials in bylines ("Pittsburgh, PA", "Ottawa, CP"): only AP is kept, and the others
 * count in datelines only (DATELINE_TOKENS). Names in Chinese characters are short by nature.
 */
// Only the build reads these (trigger-build.ts): marked pure so that the extension's bundles, which
// import this module for DATELINE_TOKENS, drop the work rather than do it at every worker start.
export const AGENCY_SPELLINGS: readonly string[] = /* @__PURE__ */ (() =>
  WIRE_ENTRIES.filter((entry) => entry.kind === 'agency')
    .flatMap((entry) => [entry.name, ...entry.aliases])
    .filter((name) => name.length >= 3 || name === 'AP' || HAN_OR_KANA.test(name))
    .sort((a, b) => b.length - a.length))();

/** What a wire service writes in parentheses in a dateline: "(AP)", "(dpa)", "(EFE)". Longest first. */
export const DATELINE_TOKENS: readonly string[] = WIRE_ENTRIES.flatMap((entry) => entry.tokens ?? []).sort((a, b) => b.length - a.length);
