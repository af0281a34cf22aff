/**
 * The one message protocol between the content script, the background and the popup. Every message
 * is a tagged object; `isMessage` checks the shape of anything that arrives before it is trusted.
 */
import type { Analysis, PageReading, Provenance, ScanStats } from './provenance/types';

export interface TabResult {
  url: string;
  provenance: Provenance;
  stats: ScanStats;
  /** Date.now() of the scan. */
  scannedAt: number;
  /** What the scan cost the page's main thread, as the content script measured it. */
  work?: ScanWork;
}

export interface ScanWork {
  /** The longest run of scan work between two hand-backs of the main thread (ms). */
  longestSliceMs: number;
  /** Inserting and updating the badges, after the last slice (ms). */
  renderMs: number;
  /** Scans of this URL so far (bounded by the session's limit). */
  scans: number;
}

export type Message =
  /** content → background: what does this reading of the page mean? (answers with an Analysis) */
  | { type: 'analyze'; reading: PageReading }
  /** content → background: the result of a scan of the sender's tab. */
  | { type: 'scan-result'; result: TabResult }
  /** content → background: the page is off (disabled site) or could not be scanned. */
  | { type: 'scan-cleared'; reason: 'disabled' | 'error'; error?: string }
  /** popup → background: what is known of a tab. */
  | { type: 'get-tab-state'; tabId: number }
  /** popup → content: are you there? (answers with the current result) */
  | { type: 'ping' }
  /** popup → content: scan again now. */
  | { type: 'rescan' }
  /** popup → content: scroll to an evidence and highlight it. */
  | { type: 'reveal'; evidenceId: number };

/**
 * What each message is answered with: the one table both ends read, so a sender and a listener
 * cannot disagree about a reply's shape. `undefined` where a message goes unanswered (another
 * extension's listener, an orphaned content script).
 */
export interface Replies {
  analyze: Analysis;
  'scan-result': true;
  'scan-cleared': true;
  'get-tab-state': TabState;
  ping: { ok: true };
  rescan: TabResult | null;
  reveal: boolean;
}

export type ReplyTo<M extends Message> = Replies[M['type']];

export type TabState =
  | { status: 'unknown' }
  | { status: 'done'; result: TabResult }
  | { status: 'disabled' }
  | { status: 'error'; error: string };

const TYPES = new Set<Message['type']>(['analyze', 'scan-result', 'scan-cleared', 'get-tab-state', 'ping', 'rescan', 'reveal']);

const METADATA_TAG_NAMES = new Set(['link', 'meta', 'script']);

/** A metadata tag as gatherMetadata writes it: the background reads nothing else. */
function isMetadataTag(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const tag = value as Record<string, unknown>;
  const attributes = tag.attributes as Record<string, unknown> | undefined;
  return (
    METADATA_TAG_NAMES.has(tag.tag as string) &&
    (tag.text === undefined || typeof tag.text === 'string') &&
    !!attributes &&
    typeof attributes === 'object' &&
    Object.values(attributes).every((attribute) => typeof attribute === 'string')
  );
}

export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  if (!TYPES.has(message.type as Message['type'])) return false;
  switch (message.type) {
    case 'analyze': {
      const reading = message.reading as Record<string, unknown> | undefined;
      const tags = reading?.metaTags;
      return (
        !!reading &&
        typeof reading.title === 'string' &&
        typeof reading.tail === 'string' &&
        Array.isArray(reading.blocks) &&
        Array.isArray(tags) &&
        tags.every(isMetadataTag)
      );
    }
    case 'scan-result': {
      const result = message.result as Record<string, unknown> | undefined;
      return !!result && typeof result.url === 'string' && !!result.provenance && typeof result.provenance === 'object';
    }
    case 'get-tab-state':
      return Number.isInteger(message.tabId);
    case 'reveal':
      return Number.isInteger(message.evidenceId);
    default:
      return true;
  }
}

/** The number shown on the toolbar icon: upstream sources, not counting this page. */
export function upstreamCount(provenance: Provenance): number {
  return provenance.chain.filter((node) => node.relation !== 'this-page').length;
}
