/**
 * Provenance as text for people: the CLI's output and the popup's "Copy" buttons share these.
 */
import type { ChainNode, Evidence, Mention, Provenance } from './types';

export const RELATION_LABEL: Record<ChainNode['relation'], string> = {
  'first-reported': 'first reported',
  wire: 'wire story',
  'originally-published': 'originally published',
  republished: 'republished from',
  'produced-by': 'produced by',
  syndication: 'syndicated from',
  'based-on': 'based on',
  'this-page': 'this page',
};

/** "The Record → NBC News → Network Today" */
export function chainLine(provenance: Provenance): string {
  return provenance.chain.map((node) => node.name).join(' → ');
}

function evidenceText(evidence: Evidence | undefined): string {
  if (!evidence) return '(no evidence)';
  const quote =
    evidence.kind === 'text' || evidence.kind === 'dateline' || evidence.kind === 'byline' ? `“${evidence.quote}”` : evidence.quote;
  return evidence.readOn ? `${quote} (on ${evidence.readOn})` : quote;
}

function publisherLabel(node: { name: string; domain?: string }): string {
  return node.domain && node.domain.toLowerCase() !== node.name.toLowerCase() ? `${node.name} (${node.domain})` : node.name;
}

/** The CLI's text output: the chain, then one line of evidence per link. */
export function formatText(provenance: Provenance): string {
  const lines = [chainLine(provenance)];
  for (const node of provenance.chain) {
    const relation = RELATION_LABEL[node.relation];
    const confidence = node.relation === 'this-page' ? '' : ` ${Math.round(node.confidence * 100)}%`;
    lines.push(`  ${publisherLabel(node)} [${relation}${confidence}]: ${evidenceText(node.evidence[0])}`);
  }
  const list = (title: string, mentions: Mention[]) => {
    if (!mentions.length) return;
    lines.push(`${title}:`);
    for (const item of mentions) lines.push(`  ${publisherLabel(item)}: ${evidenceText(item.evidence[0])}`);
  };
  list('Cites', provenance.cites);
  list('Republished by', provenance.downstream);
  return lines.join('\n');
}

/** Markdown for notes and fact-check write-ups. */
export function formatMarkdown(provenance: Provenance, pageUrl?: string): string {
  const lines = [`**${provenance.chain.map((node) => node.name).join(' → ')}**`, ''];
  if (pageUrl) lines.push(`Page: <${pageUrl}>`, '');
  for (const node of provenance.chain) {
    const name = node.url ? `[${node.name}](${node.url})` : node.name;
    lines.push(`- ${name}${node.domain ? ` (${node.domain})` : ''}: ${RELATION_LABEL[node.relation]}: ${evidenceText(node.evidence[0])}`);
  }
  if (provenance.cites.length) {
    lines.push('', 'Cites:');
    for (const item of provenance.cites) lines.push(`- ${item.name}: ${evidenceText(item.evidence[0])}`);
  }
  if (provenance.downstream.length) {
    lines.push('', 'Republished by:');
    for (const item of provenance.downstream) lines.push(`- ${item.name}: ${evidenceText(item.evidence[0])}`);
  }
  return lines.join('\n');
}
