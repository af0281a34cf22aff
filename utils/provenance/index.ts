export * from './types';
export { scanDocument, scanDocumentAsync, readDocument, analyzeDocument, upstreamOf, runSliced, type SliceOptions } from './scan';
export { analyzeReading, type Analysis } from './analyze';
export { type PageReading, type ScanOptions } from './read';
export { chainLine, formatText, formatMarkdown, RELATION_LABEL } from './format';
export { DEFAULT_LIMITS, type WalkLimits } from './blocks';
