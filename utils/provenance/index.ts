export * from './types';
export { scanDocument, scanDocumentAsync, analyzeDocument, upstreamOf, textMayHaveCue, type ScanOptions, type SliceOptions } from './analyze';
export { chainLine, formatText, formatMarkdown, RELATION_LABEL } from './format';
export { DEFAULT_LIMITS, type WalkLimits } from './blocks';
