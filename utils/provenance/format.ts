/**
 * Provenance as text for people: the CLI's output and the popup's "Copy" buttons share these.
 */
import { describeTag, distinctEvidence, type TagStatement } from './describe';
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

/** A tag's statement in English words: what the Text and Markdown copies say instead of the markup. */
const TAG_WORDS: Record<TagStatement, (target: string) => string> = {
  canonical: (target) => `The page's canonical link points to ${target}`,
  'syndication-source': (target) => `The page names its syndication source: ${target}`,
  'original-source': (target) => `The page names its original source: ${target}`,
  'based-on': (target) => `The page's structured data says it is based on ${target}`,
  author: (target) => `The page names its author: ${target}`,
  source: (target) => `The page names its source: ${target}`,
  'site-name': (target) => `The site calls itself ${target}`,
  publisher: (target) => `The page names its publisher: ${target}`,
  address: (target) => `The page's address is ${target}`,
};

/** A sentence in quotation marks as the page wrote it, or a tag in words; the full URL where a tag gives one. */
export function evidenceWords(evidence: Evidence): string {
  const tag = describeTag(evidence);
  if (tag) return TAG_WORDS[tag.statement](tag.url ?? tag.target);
  return evidence.kind === 'text' || evidence.kind === 'dateline' || evidence.kind === 'byline' ? `“${evidence.quote}”` : evidence.quote;
}

function evidenceText(evidence: Evidence | undefined): string {
  if (!evidence) return '(no evidence)';
  const words = evidenceWords(evidence);
  return evidence.readOn ? `${words} (on ${evidence.readOn})` : words;
}

/** The node's first evidence: each publisher gets one line, and a repeat is never what shows. */
const firstEvidence = (item: { evidence: Evidence[] }) => distinctEvidence(item.evidence)[0];

function publisherLabel(node: { name: string; domain?: string }): string {
  return node.domain && node.domain.toLowerCase() !== node.name.toLowerCase() ? `${node.name} (${node.domain})` : node.name;
}

/** The CLI's text output: the chain, then one line of evidence per link. */
export function formatText(provenance: Provenance): string {
  const lines = [chainLine(provenance)];
  for (const node of provenance.chain) {
    const relation = RELATION_LABEL[node.relation];
    const confidence = node.relation === 'this-page' ? '' : ` ${Math.round(node.confidence * 100)}%`;
    lines.push(`  ${publisherLabel(node)} [${relation}${confidence}]: ${evidenceText(firstEvidence(node))}`);
  }
  const list = (title: string, mentions: Mention[]) => {
    if (!mentions.length) return;
    lines.push(`${title}:`);
    for (const item of mentions) lines.push(`  ${publisherLabel(item)}: ${evidenceText(firstEvidence(item))}`);
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
    lines.push(`- ${name}${node.domain ? ` (${node.domain})` : ''}: ${RELATION_LABEL[node.relation]}: ${evidenceText(firstEvidence(node))}`);
  }
  if (provenance.cites.length) {
    lines.push('', 'Cites:');
    for (const item of provenance.cites) lines.push(`- ${item.name}: ${evidenceText(firstEvidence(item))}`);
  }
  if (provenance.downstream.length) {
    lines.push('', 'Republished by:');
    for (const item of provenance.downstream) lines.push(`- ${item.name}: ${evidenceText(firstEvidence(item))}`);
  }
  return lines.join('\n');
}
