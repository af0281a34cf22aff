import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReading, readDocument, scanDocument, upstreamOf } from '../../utils/provenance';
import { placeEvidence } from '../../utils/provenance/page/place';
import { domDocument, FIXTURES, page } from './helpers';

describe('scan', () => {
  it('gives the same result when the reading and the analysis cross a message channel as JSON', () => {
    // The extension reads in the page, analyses in the background: Chrome sends both ways as JSON.
    const html = readFileSync(join(FIXTURES, 'seed-network-today', 'page.html'), 'utf8');
    const url = 'https://networktoday.example/2025/03/hegseth-cyber-command-russia/';
    const direct = scanDocument(domDocument(html), { url });
    const doc = domDocument(html);
    const read = readDocument(doc, { url });
    const analysis = JSON.parse(JSON.stringify(analyzeReading(JSON.parse(JSON.stringify(read.reading)))));
    const crossed = placeEvidence(analysis, read.blocks);
    expect(crossed.provenance).toEqual(direct.provenance);
    expect(upstreamOf(crossed.provenance).map((node) => node.name)).toEqual(['The Record', 'NBC News']);
    const anchored = crossed.anchors.filter(Boolean);
    expect(anchored.length).toBe(direct.anchors.filter(Boolean).length);
    expect(anchored.length).toBeGreaterThanOrEqual(2);
    for (const anchor of anchored) expect(doc.contains(anchor!.startNode)).toBe(true);
  });
});
