/**
 * Every type the engine's stages hand each other, in one place. Most are plain JSON-safe values: the
 * provenance travels from the background to the content script and the popup, and is what
 * `upstream --json` prints; the reading travels from the page to the background. Only the page side's
 * own types (TextBlock, Anchor, Reading) hold live DOM nodes.
 */
import type { RegistryEntry } from './registry/types';

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
  /** The headline and date of this node's copy, where its own page was read (Trace upstream). */
  title?: string;
  published?: string;
  /**
   * On this page's node only: what the page says of its own publication that is not another
   * source ("This article appears in the March 2020 print edition", "erschien in der ZEIT Nr. 43/2019").
   */
  notes?: Evidence[];
}

export interface Mention extends Publisher {
  url?: string;
  evidence: Evidence[];
}

/** What a page says of its own story, for citations: where it gives it. */
export interface ArticleInfo {
  /** The headline: JSON-LD `headline`, og:title, or the document's title without the site's name. */
  title?: string;
  /** When it was first published, as the page writes it (ISO 8601 in nearly every page). */
  published?: string;
  /** The address the page gives itself (the URL read, og:url, or a canonical link to no other site). */
  url?: string;
}

export interface Provenance {
  /** The publisher of the page itself. */
  page: Publisher & { evidence: Evidence[] };
  /** The page's headline, date and address, where it gives them. */
  article?: ArticleInfo;
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

/** What the walk learns of a piece of text from the elements around it, as bits. */
export const Context = {
  /** Navigation, menus, related-link lists, sidebars, share bars: never a source of the story. */
  NAV: 1,
  /** Figures, captions, photo credits: "(AP Photo/…)", "© Reuters". */
  CAPTION: 2,
  /** Bylines and author boxes. */
  BYLINE: 4,
  /**
   * The site's footer (role=contentinfo, a "footer" or "copyright" class): site-wide lines, such as
   * an agency's notice that its material may not be reproduced. Only a source label counts there.
   */
  FOOTER: 8,
  /** Block quotations: someone else's words. */
  QUOTE: 16,
  HEADING: 32,
  /**
   * An element whose class says "credit" or "courtesy": a picture's credit as often as a byline
   * ("<p class=credit>JIJI</p>" under a headline), so only an agency's bare name counts there.
   */
  CREDIT: 64,
} as const;

/** A link's span in a block's text. */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

/** A run of text the walk read as one block (a paragraph, a list item, a caption): page side, live. */
export interface TextBlock {
  /** The nearest block-level element around the text. */
  element: Element;
  text: string;
  /** Empty when the walk let them go: a block that cannot hold evidence needs no anchors. */
  nodes: Text[];
  /** starts[i]: where nodes[i] begins in `text`. */
  starts: number[];
  /** Context bits. */
  context: number;
  links: LinkSpan[];
}

export interface WalkLimits {
  /** Stop after this many text nodes. */
  maxTextNodes: number;
  /** Stop after this many characters of text. */
  maxCharacters: number;
}

export interface WalkResult {
  blocks: TextBlock[];
  textNodes: number;
  characters: number;
  truncated: boolean;
}

export interface ScanOptions {
  /** The page's own address; without it, cross-domain checks fall back to the page's declared name. */
  url?: string;
  limits?: WalkLimits;
  /**
   * Told as the read ends each of its steps, in order: the bench's cold profile times them
   * (scripts/bench/cold/ours.ts). A page the pre-check settles has no `walk`.
   */
  onStep?: (step: ReadStep) => void;
}

/** The read's steps, in the order they run (see page/read.ts and page/precheck.ts). */
export type ReadStep = 'metadata' | 'pageText' | 'languages' | 'scanner' | 'patterns' | 'scan' | 'walk' | 'reading';

export type MetadataAttribute = 'rel' | 'href' | 'name' | 'property' | 'content' | 'value' | 'itemprop';

/**
 * A metadata tag as the page wrote it: plain data, so that the content script only gathers and
 * the background, where the analysis runs, decides what it says (JSON-LD is parsed there too).
 */
export interface MetadataTag {
  tag: 'link' | 'meta' | 'script';
  attributes: Partial<Record<MetadataAttribute, string>>;
  /** A JSON-LD script's source; empty when it is past the page side's budget. */
  text?: string;
}

/** A block's text as the analysis reads it; `index` points back into the reader's live blocks. */
export interface ReadBlock {
  index: number;
  text: string;
  context: number;
  links: LinkSpan[];
  /** Beside bits: whether the blocks next to it in the page are the story's prose or its headline. */
  beside?: number;
}

/**
 * Bits of ReadBlock.beside: a credit on its own line ("aja/PAP") closes or opens a story's text
 * (prose BEFORE or AFTER it), or stands under its headline, where bylines go ("JIJI", "SID").
 */
export const Beside = { BEFORE: 1, AFTER: 2, HEADLINE: 4 } as const;

/** Everything the analysis needs of a page, as plain data: it crosses from the page to the background. */
export interface PageReading {
  url?: string;
  title: string;
  /** The language the page declares (`<html lang>`), as written; the text decides where it is wrong. */
  lang?: string;
  /** The page's metadata tags as written: the analysis reads what they say. */
  metaTags: MetadataTag[];
  /** Only the blocks that could hold evidence, in document order. */
  blocks: ReadBlock[];
  /** The page's last text from its first ©, Copyright or (c), for a "© 2025 Name" footer. */
  tail: string;
  stats: ScanStats;
}

/** The page side's reading, with the live blocks it was made from. */
export interface Reading {
  reading: PageReading;
  /** Every block the walk made, with its text nodes where it could hold evidence. */
  blocks: TextBlock[];
}

/** Where a text evidence sits: a block of the reading (its live index) and a span of its text. */
export interface Place {
  block: number;
  start: number;
  end: number;
}

/** What the analysis returns to the page: the provenance, and where its text evidence sits. */
export interface Analysis {
  provenance: Provenance;
  /** places[evidence.id] for text evidence: the page side turns them into anchors and locators. */
  places: (Place | undefined)[];
  stats: ScanStats;
}

/** A publisher as the analysis resolved it, with the key that tells two mentions of one apart. */
export interface ResolvedPublisher extends Publisher {
  /** The registry's entry, where it knows the publisher. */
  entry?: RegistryEntry;
  /** Equal for two mentions of the same publisher. */
  key: string;
}

/** As a cue's role (../languages/pack.ts): an edition notice becomes a hop or a note on this page. */
export type SignalRole = 'upstream' | 'cites' | 'downstream' | 'edition';

/** One statement of the page about a source, before statements for one publisher are merged. */
export interface Signal {
  role: SignalRole;
  relation?: Relation;
  publisher: ResolvedPublisher;
  url?: string;
  confidence: number;
  evidence: Evidence;
  /** Document order, to keep several sources of one kind in the order the page gives them. */
  order: number;
  /** How far from this page, where the relation alone does not say: "KVELLER via JTA" puts Kveller before JTA. */
  distance?: number;
}

/** The page's own publisher, with the evidence that names it. */
export interface PagePublisher extends ResolvedPublisher {
  evidence: Evidence[];
}

/** A metadata tag that names a source: a link, a meta tag, a JSON-LD property. */
export interface MetaSignal {
  kind: 'canonical' | 'syndication-source' | 'original-source' | 'is-based-on' | 'author' | 'source-organization';
  /** A URL (links, meta tags, isBasedOn) or a name (JSON-LD author, isBasedOn with only a name). */
  url?: string;
  name?: string;
  /** The tag or JSON-LD property as written, shortened. */
  quote: string;
  evidenceKind: 'link' | 'meta' | 'json-ld';
}

/** What the page's metadata tags say, as the analysis reads them (analysis/metadata.ts). */
export interface PageMetadata {
  siteName?: { name: string; quote: string; kind: 'site-name' };
  /** The address the page gives itself (og:url): its URL where none is known (a saved page). */
  ownUrl?: string;
  publisherName?: { name: string; quote: string };
  signals: MetaSignal[];
  /** The headline and date the tags give (the document's title is the analysis's fallback). */
  article: Pick<ArticleInfo, 'title' | 'published'>;
}
