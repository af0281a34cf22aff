import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../cli/load';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export interface Expected {
  url?: string;
  page: string;
  chain: string[];
  relations?: string[];
  cites?: string[];
  downstream?: string[];
  why?: string;
}

export interface Fixture {
  slug: string;
  html: string;
  expected: Expected;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'expected.json')))
    .map((entry) => ({
      slug: entry.name,
      html: readFileSync(join(FIXTURES, entry.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES, entry.name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** A document from the test environment's DOM (happy-dom). */
export function domDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A document from the command line's own parser (a separate happy-dom window, scripts off). */
export function cliDocument(html: string): Document {
  return parseDocument(html);
}

/** A small article page around some paragraphs, for tests that need only a sentence or two. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Test</title>${head}</head><body><article>${body}</article></body></html>`;
}
