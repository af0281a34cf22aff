import type { ChainNode, Evidence } from '@/utils/provenance/types';
import { distinctEvidence } from '@/utils/provenance/describe';
import { formatPercent, relationLabel, t } from '@/utils/i18n';
import { EvidenceItem, OutLink, safeHref } from './EvidenceItem';

interface Props {
  chain: ChainNode[];
  onReveal?: (evidence: Evidence) => void;
}

/** A publisher's name, a link to its copy of the story where the page gives one. */
export function PublisherName({ name, url }: { name: string; url?: string }) {
  const href = safeHref(url);
  return href ? (
    <OutLink class="node-name" href={href}>
      {name}
    </OutLink>
  ) : (
    <span class="node-name">{name}</span>
  );
}

/**
 * The chain as a list read in order, origin first and this page last, each step with its relation
 * (spoken as text, not drawn) and its evidence.
 */
export function ChainView({ chain, onReveal }: Props) {
  const showsConfidence = chain.some((node) => node.relation !== 'this-page');
  return (
    <>
      <ol class="chain" aria-label={t('chain_label')}>
        {chain.map((node, index) => (
          <li class={`node ${node.relation === 'this-page' ? 'node-here' : ''}`} key={`${node.name}-${index}`}>
            <div class="node-head">
              <PublisherName name={node.name} url={node.url} />
              {node.domain && node.domain.toLowerCase() !== node.name.toLowerCase() && <span class="node-domain">{node.domain}</span>}
            </div>
            <div class="node-relation">
              {relationLabel(node.relation)}
              {node.relation !== 'this-page' && (
                <span class="confidence" title={t('confidence_help')}>
                  {' · '}
                  {t('chain_confidence', [formatPercent(node.confidence)])}
                </span>
              )}
            </div>
            {node.relation !== 'this-page' && (
              <ul class="evidence-list">
                {distinctEvidence(node.evidence).map((evidence) => (
                  <EvidenceItem evidence={evidence} key={evidence.id} onReveal={onReveal} />
                ))}
              </ul>
            )}
            {node.relation === 'this-page' && !!node.notes?.length && (
              <ul class="evidence-list notes">
                {distinctEvidence(node.notes).map((note) => (
                  <EvidenceItem evidence={note} key={note.id} onReveal={onReveal} note />
                ))}
              </ul>
            )}
            {index < chain.length - 1 && (
              <div class="flow-arrow" aria-hidden="true">
                ↓
              </div>
            )}
          </li>
        ))}
      </ol>
      {showsConfidence && (
        <details class="confidence-help">
          <summary>{t('confidence_help_summary')}</summary>
          <p>{t('confidence_help')}</p>
        </details>
      )}
    </>
  );
}
