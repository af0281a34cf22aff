/**
 * The content script's work on one page: scan, report, badge; watch for late articles and
 * single-page navigation; answer the popup. Browser APIs come in as parameters, so the whole thing
 * runs against a fake in unit tests.
 */
import { placeEvidence } from '../provenance/page/place';
import { readSteps } from '../provenance/page/read';
import { runSliced } from '../provenance/slices';
import type { Analysis, PageReading, ScanResult } from '../provenance/types';
import type { Message, TabResult } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import { BADGE_TAG, BadgeLayer, badgeSpecs } from './badges';

/** Quiet time after the last page mutation before scanning again. */
export const RESCAN_DEBOUNCE_MS = 800;
/** Never more than one scan in this interval, however busy the page. */
export const RESCAN_MIN_INTERVAL_MS = 2_000;
/** Scans of one address; a page that keeps changing after this many is left as last scanned. */
export const MAX_SCANS_PER_URL = 25;
/** Mutation records looked at per callback to tell our own badges from the page's changes. */
const MAX_RECORDS_CHECKED = 64;

export interface SessionHost {
  document: Document;
  location: () => string;
  send: (message: Message) => Promise<unknown>;
  /** What the reading means: the background answers it in the extension, the engine itself in tests. */
  analyze: (reading: PageReading) => Promise<Analysis>;
  settings: Settings;
}

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === BADGE_TAG;
}

/** True when a batch of mutations is only our own badges coming and going. */
function onlyOurOwn(records: MutationRecord[]): boolean {
  const checked = records.length > MAX_RECORDS_CHECKED ? records.slice(0, MAX_RECORDS_CHECKED) : records;
  for (const record of checked) {
    if (record.type !== 'childList') return false;
    for (const node of Array.from(record.addedNodes)) if (!isOwnNode(node)) return false;
    for (const node of Array.from(record.removedNodes)) if (!isOwnNode(node)) return false;
  }
  return checked.length === records.length;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export class PageSession {
  readonly badges = new BadgeLayer();
  private last: ScanResult | undefined;
  private lastUrl = '';
  private scansForUrl = 0;
  private lastScanAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  private stopped = false;
  private inFlight: AbortController | undefined;
  /** The longest slice of main-thread work of the last scan, for the benchmark and the popup. */
  longestSliceMs = 0;

  constructor(private readonly host: SessionHost) {}

  get result(): ScanResult | undefined {
    return this.last;
  }

  get disabled(): boolean {
    try {
      return isSiteDisabled(this.host.settings, new URL(this.host.location()).hostname);
    } catch {
      return false;
    }
  }

  /** Scans now, reports to the background, and brings the badges up to date. */
  async scan(): Promise<TabResult | undefined> {
    if (this.stopped) return undefined;
    if (this.disabled) {
      this.badges.clear();
      this.last = undefined;
      await this.host.send({ type: 'scan-cleared', reason: 'disabled' });
      return undefined;
    }
    const url = this.host.location();
    if (url !== this.lastUrl) {
      this.lastUrl = url;
      this.scansForUrl = 0;
    }
    this.scansForUrl++;
    this.lastScanAt = Date.now();
    // A newer scan replaces one still running: its result would describe an older page.
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    let scan: ScanResult;
    try {
      const read = await runSliced(readSteps(this.host.document, { url }), { signal: controller.signal });
      const analysis = await this.host.analyze(read.value.reading);
      if (controller.signal.aborted || this.stopped) return undefined;
      const placeStart = performance.now();
      scan = placeEvidence(analysis, read.value.blocks);
      this.longestSliceMs = Math.max(read.longestSliceMs, performance.now() - placeStart);
    } catch (error) {
      if (controller.signal.aborted || this.stopped) return undefined;
      await this.host.send({ type: 'scan-cleared', reason: 'error', error: String((error as Error)?.message ?? error) });
      return undefined;
    }
    this.inFlight = undefined;
    this.last = scan;
    const renderStart = performance.now();
    this.render();
    const work = { longestSliceMs: round(this.longestSliceMs), renderMs: round(performance.now() - renderStart), scans: this.scansForUrl };
    const result: TabResult = { url, provenance: scan.provenance, stats: scan.stats, scannedAt: this.lastScanAt, work };
    await this.host.send({ type: 'scan-result', result });
    return result;
  }

  render(): void {
    const settings = this.host.settings;
    if (!this.last || !settings.showBadges || this.disabled) {
      this.badges.clear();
      return;
    }
    this.badges.render(badgeSpecs(this.last.provenance, this.last.anchors, settings.showCiteBadges), this.last.provenance);
  }

  updateSettings(settings: Settings): void {
    const wasDisabled = this.disabled;
    this.host.settings = settings;
    if (this.disabled !== wasDisabled) void this.scan();
    else this.render();
  }

  /** Watches the page for late content and in-page navigation, debounced and bounded. */
  observe(): void {
    if (this.observer || this.stopped) return;
    this.observer = new MutationObserver((records) => {
      if (onlyOurOwn(records)) return;
      this.schedule();
    });
    this.observer.observe(this.host.document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Asks for a scan after the page has been quiet for a moment (or at once after an address change). */
  schedule(): void {
    if (this.stopped) return;
    const urlChanged = this.host.location() !== this.lastUrl;
    if (!urlChanged && this.scansForUrl >= MAX_SCANS_PER_URL) return;
    clearTimeout(this.timer);
    const sinceLast = Date.now() - this.lastScanAt;
    const wait = Math.max(RESCAN_DEBOUNCE_MS, RESCAN_MIN_INTERVAL_MS - sinceLast);
    this.timer = setTimeout(() => void this.scan().catch(() => this.stop()), wait);
  }

  reveal(evidenceId: number): boolean {
    const anchor = this.last?.anchors[evidenceId];
    return anchor ? this.badges.reveal(anchor) : false;
  }

  /** Ends all work and removes every badge: the extension was turned off, updated or removed. */
  stop(): void {
    this.stopped = true;
    this.inFlight?.abort();
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.badges.clear();
  }
}
