import type { ChainNode, Evidence } from '@/utils/provenance/types';
import { RELATION_LABEL } from '@/utils/provenance/format';
import { EvidenceItem } from './EvidenceItem';

interface Props {
  chain: ChainNode[];
  onReveal?: (evidence: Evidence) => void;
}

/** The chain as a flow, origin first and this page last, each step with its evidence. */
export function ChainView({ chain, onReveal }: Props) {
  return (
    <ol class="chain" aria-label="Where this story came from, origin first">
      {chain.map((node, index) => (
        <li class={`node ${node.relation === 'this-page' ? 'node-here' : ''}`} key={`${node.name}-${index}`}>
          <div class="node-head">
            <span class="node-name">{node.name}</span>
            {node.domain && node.domain.toLowerCase() !== node.name.toLowerCase() && <span class="node-domain">{node.domain}</span>}
          </div>
          <div class="node-relation">
            {node.relation === 'this-page' ? 'this page' : RELATION_LABEL[node.relation]}
            {node.relation !== 'this-page' && <span class="confidence"> · {Math.round(node.confidence * 100)}% sure</span>}
          </div>
          {node.relation !== 'this-page' && (
            <ul class="evidence-list">
              {node.evidence.map((evidence) => (
                <EvidenceItem evidence={evidence} key={evidence.id} onReveal={onReveal} />
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
