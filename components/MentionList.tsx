import type { Evidence, Mention } from '@/utils/provenance/types';
import { distinctEvidence } from '@/utils/provenance/describe';
import { PublisherName } from './ChainView';
import { EvidenceItem } from './EvidenceItem';

interface Props {
  title: string;
  mentions: Mention[];
  onReveal?: (evidence: Evidence) => void;
}

/** A short list of outlets: cited by the text, or said to have republished it. */
export function MentionList({ title, mentions, onReveal }: Props) {
  if (!mentions.length) return null;
  return (
    <section class="mentions" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {mentions.map((item) => (
          <li key={item.name}>
            <PublisherName name={item.name} url={item.url} />
            {item.domain && <span class="node-domain">{item.domain}</span>}
            <ul class="evidence-list">
              {distinctEvidence(item.evidence).slice(0, 3).map((evidence) => (
                <EvidenceItem evidence={evidence} key={evidence.id} onReveal={onReveal} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
