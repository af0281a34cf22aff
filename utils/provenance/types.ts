/**
 * The data the engine returns. Plain JSON-safe values only: the same object travels from the content
 * script to the background and the popup, and is what `upstream --json` prints.
 */

/** How a chain node feeds the next one (the last node is always `this-page`). */
export type Relation =
  | 'first-reported' // "first reported by X", "X first reported"
  | 'wire' // a news agency's dateline or byline: "MOSCOW (AP) —"
  | 'originally-published' // "originally published on/in/by X", "first appeared in X", original-source meta
  | 'republished' // "republished/reprinted (with permission) from X"
  | 'produced-by' // "This story was produced by X"
  | 'syndication' // cross-domain rel=canonical, rel=syndication-source, syndication-source meta
  | 'based-on' // JSON-LD isBasedOn
  | 'this-page';

export type EvidenceKind =
  | 'text' // a sentence in the page's text
  | 'dateline' // a wire dateline at the start of a paragraph
  | 'byline' // a byline or JSON-LD author that names a news agency
  | 'link' // <link rel=…>
  | 'meta' // <meta name=…>
  | 'json-ld' // a JSON-LD property
  | 'site-name' // og:site_name, JSON-LD publisher, application-name
  | 'copyright' // a "© 2025 Name" line
  | 'url'; // the page's own address

/** Where a text evidence sits, so it can be found in the DOM again after serialisation. */
export interface Locator {
  /** CSS selector of the element holding the phrase (a `:nth-child` path from `html`). */
  selector: string;
  /** Offsets of the phrase within that element's `textContent`. */
  start: number;
  end: number;
}

export interface Evidence {
  /** Index into the scan's anchors: the content script finds the live DOM range through it. */
  id: number;
  kind: EvidenceKind;
  /** The exact sentence, or the tag as written in the page. */
  quote: string;
  /** The part of the quote that names the cue and the source ("first reported by The Record"). */
  phrase?: string;
  /** Which catalogue cue matched (text evidence only). */
  cue?: string;
  /** The URL of a link around the source's name, or of the tag's href/content. */
  url?: string;
  locator?: Locator;
  /** The page the evidence was read on, when that is not the page analysed first (a traced source's page). */
  readOn?: string;
}

export interface Publisher {
  name: string;
  domain?: string;
}

export interface ChainNode extends Publisher {
  /** A URL for this node's copy of the story, where the page gives one. */
  url?: string;
  relation: Relation;
  /** 0..1: how sure the engine is that this link of the chain is real. */
  confidence: number;
  evidence: Evidence[];
}

export interface Mention extends Publisher {
  url?: string;
  evidence: Evidence[];
}

export interface Provenance {
  /** The publisher of the page itself. */
  page: Publisher & { evidence: Evidence[] };
  /** Origin first, this page last. */
  chain: ChainNode[];
  /** Outlets the page says republished it. */
  downstream: Mention[];
  /** Outlets the text cites as having reported something. */
  cites: Mention[];
}

/** A live DOM position of a text evidence: only meaningful in the document that was scanned. */
export interface Anchor {
  element: Element;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface ScanResult {
  provenance: Provenance;
  /** anchors[evidence.id], where the evidence sits in the page's text. */
  anchors: (Anchor | undefined)[];
  /** What was looked at, for "nothing found" states and for bounds on hostile pages. */
  stats: ScanStats;
}

export interface ScanStats {
  textNodes: number;
  blocks: number;
  characters: number;
  /** True when the walk stopped at the node or character budget. */
  truncated: boolean;
  /** True when no block of the text could hold evidence: no cue word, dateline or byline anywhere. */
  cueFree: boolean;
}
