/** The engine's public face: what the CLI, the extension's entrypoints and the tests import. */
export * from './types';
export { scanDocument, scanDocumentAsync, readDocument, analyzeDocument, upstreamOf, runSliced, type SliceOptions } from './scan';
export { analyzeReading } from './analysis/analyze';
export { samePublisher } from './analysis/names';
export { chainLine, formatText, formatMarkdown, RELATION_LABEL } from './format';
export { DEFAULT_LIMITS } from './page/walk';
export { packs } from './languages';
export { citationParts, formatCsl, formatWikipedia, formatWikipediaOriginal, originalSource, type CiteOptions, type CslItem } from './cite';
