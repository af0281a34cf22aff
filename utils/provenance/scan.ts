/**
 * The whole engine in one process: read the page (page/read.ts), analyse the reading
 * (analysis/analyze.ts), anchor the evidence (page/place.ts). The CLI, the tests, the benchmark and the popup's trace use it; the
 * extension's content script runs the first and last parts and asks the background for the middle.
 */
import { analyzeSteps } from './analysis/analyze';
import { placeEvidence } from './page/place';
import { readSteps } from './page/read';
import { runSliced, runSteps, type SliceOptions } from './slices';
import type { ChainNode, Provenance, Reading, ScanOptions, ScanResult } from './types';

export { runSliced, type SliceOptions };

export function* scanSteps(doc: Document, options: ScanOptions = {}): Generator<void, ScanResult> {
  const read = yield* readSteps(doc, options);
  const analysis = yield* analyzeSteps(read.reading);
  return placeEvidence(analysis, read.blocks);
}

/** Reads a document and returns where its story came from, with live anchors for the text evidence. */
export function scanDocument(doc: Document, options: ScanOptions = {}): ScanResult {
  return runSteps(scanSteps(doc, options));
}

/** Only the page side, straight through. */
export function readDocument(doc: Document, options: ScanOptions = {}): Reading {
  return runSteps(readSteps(doc, options));
}

/** The whole scan in slices (the benchmark measures the extension's total work this way). */
export async function scanDocumentAsync(doc: Document, options: ScanOptions = {}, slices: SliceOptions = {}): Promise<ScanResult & { longestSliceMs: number }> {
  const { value, longestSliceMs } = await runSliced(scanSteps(doc, options), slices);
  return { ...value, longestSliceMs };
}

/** The engine without the live DOM references: what the CLI and tests print. */
export function analyzeDocument(doc: Document, options: ScanOptions = {}): Provenance {
  return scanDocument(doc, options).provenance;
}

/** The upstream nodes of a chain: everything but this page. */
export function upstreamOf(provenance: Provenance): ChainNode[] {
  return provenance.chain.filter((node) => node.relation !== 'this-page');
}
