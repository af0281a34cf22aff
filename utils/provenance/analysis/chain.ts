/**
 * From signals to the chain: signals for one publisher merge into one node whose confidence combines
 * theirs; nodes are ordered by how far their relation sits from this page, origin first.
 */
import type { ChainNode, Evidence, Mention, PagePublisher, Relation, Signal } from '../types';
import { samePublisher, type ResolvedPublisher } from './names';

/** How far from this page each relation sits: the chain is sorted by it, origin first. */
const RELATION_DISTANCE: Record<Relation, number> = {
  'first-reported': 3,
  wire: 2,
  'produced-by': 1,
  'originally-published': 1,
  republished: 1,
  syndication: 1,
  'based-on': 1,
  'this-page': 0,
};

function combine(a: number, b: number): number {
  return Math.round((1 - (1 - a) * (1 - b)) * 100) / 100;
}

interface Group {
  publisher: ResolvedPublisher;
  signals: Signal[];
}

export function groupByPublisher(signals: Signal[]): Group[] {
  const groups: Group[] = [];
  for (const signal of signals) {
    const group = groups.find((candidate) => samePublisher(candidate.publisher, signal.publisher));
    if (group) {
      group.signals.push(signal);
      // Keep the richer description: a registry entry, or a domain where there was none.
      if (!group.publisher.entry && (signal.publisher.entry || (!group.publisher.domain && signal.publisher.domain))) {
        group.publisher = signal.publisher;
      }
    } else groups.push({ publisher: signal.publisher, signals: [signal] });
  }
  return groups;
}

export function mention(group: Group): Mention {
  const url = group.signals.find((signal) => signal.url)?.url;
  return {
    name: group.publisher.name,
    ...(group.publisher.domain ? { domain: group.publisher.domain } : {}),
    ...(url ? { url } : {}),
    evidence: group.signals.map((signal) => signal.evidence),
  };
}

/** The highest confidence a node of the chain shows: 99%, never 100%. */
export const MAX_CONFIDENCE = 0.99;

/** How far a signal puts its publisher from this page: its own word, or its relation's. */
function distanceOf(signal: Signal): number {
  return signal.distance ?? RELATION_DISTANCE[signal.relation!];
}

export function buildChain(groups: Group[], page: PagePublisher, notes: Evidence[] = []): ChainNode[] {
  const nodes = groups.map((group) => {
    // The strongest claim decides the relation; the others add to the confidence.
    // The farthest relation places the node ("first reported" beats "originally published"); among
    // equals, the surest claim names it (a text notice over a canonical link).
    const [lead] = [...group.signals].sort((a, b) => distanceOf(b) - distanceOf(a) || b.confidence - a.confidence);
    const relation = lead.relation!;
    // However many signals agree, a link the engine inferred is never certain.
    const confidence = Math.min(MAX_CONFIDENCE, group.signals.reduce((total, signal) => combine(total, signal.confidence), 0));
    const order = Math.min(...group.signals.map((signal) => (signal.order < 0 ? Infinity : signal.order)));
    return { node: { ...mention(group), relation, confidence } as ChainNode, order, distance: distanceOf(lead) };
  });
  nodes.sort((a, b) => b.distance - a.distance || a.order - b.order);
  const thisPage: ChainNode = {
    name: page.name,
    ...(page.domain ? { domain: page.domain } : {}),
    relation: 'this-page',
    confidence: 1,
    evidence: page.evidence,
    ...(notes.length ? { notes } : {}),
  };
  return [...nodes.map((entry) => entry.node), thisPage];
}
