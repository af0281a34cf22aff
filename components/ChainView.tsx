import type { ChainNode, Evidence } from '@/utils/provenance/types';
import { formatPercent, relationLabel, t } from '@/utils/i18n';
import { EvidenceItem } from './EvidenceItem';

interface Props {
  chain: ChainNode[];
  onReveal?: (evidence: Evidence) => void;
}

/** The chain as a flow, origin first and this page last, each step with its evidence. */
export function ChainView({ chain, onReveal }: Props) {
  return (
    <ol class="chain" aria-label={t('chain_label')}>
      {chain.map((node, index) => (
        <li class={`node ${node.relation === 'this-page' ? 'node-here' : ''}`} key={`${node.name}-${index}`}>
          <div class="node-head">
            <span class="node-name">{node.name}</span>
            {node.domain && node.domain.toLowerCase() !== node.name.toLowerCase() && <span class="node-domain">{node.domain}</span>}
          </div>
          <div class="node-relation">
            {relationLabel(node.relation)}
            {node.relation !== 'this-page' && (
              <span class="confidence"> · {t('chain_confidence', [formatPercent(node.confidence)])}</span>
            )}
          </div>
          {node.relation !== 'this-page' && (
            <ul class="evidence-list">
              {node.evidence.map((evidence) => (
                <EvidenceItem evidence={evidence} key={evidence.id} onReveal={onReveal} />
              ))}
            </ul>
          )}
          {node.relation === 'this-page' && !!node.notes?.length && (
            <ul class="evidence-list notes">
              {node.notes.map((note) => (
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
  );
}
