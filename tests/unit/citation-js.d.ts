// citation-js ships no types: the parts the citation tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: 'bibliography' | 'data', options?: { format?: 'text' | 'html'; template?: string; lang?: string }): string;
  }
  export const plugins: { input: { util: { clean(data: unknown[], bestGuessConversions?: boolean): Record<string, unknown>[] } } };
}
declare module '@citation-js/plugin-csl';
