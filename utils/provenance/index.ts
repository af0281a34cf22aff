export * from './types';
export { scanDocument, analyzeDocument, upstreamOf, textMayHaveCue, type ScanOptions } from './analyze';
export { chainLine, formatText, formatMarkdown, RELATION_LABEL } from './format';
export { DEFAULT_LIMITS, type WalkLimits } from './blocks';
