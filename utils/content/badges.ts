/**
 * Inline badges: a small label beside each phrase the chain rests on, with a card showing the whole
 * chain on hover or keyboard focus. Each badge is one `<upstream-badge>` element whose UI lives in its
 * own shadow root, styled from inside it, so the page's CSS cannot reach in and ours cannot leak out.
 * Text from the page is only ever set as `textContent`. Our own text is in the browser's language
 * (utils/i18n.ts), and each badge's root says so in its `lang`, whatever the page's language.
 */
import { relationLabel, t, uiLanguage } from '../i18n';
import type { Anchor, ChainNode, Mention, Provenance } from '../provenance/types';

export const BADGE_TAG = 'upstream-badge';

const STYLES = `
:host { all: initial; display: inline; position: relative; }
.badge {
  all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 0.3em;
  max-width: 22em; margin: 0 0 0 0.35em; padding: 0 0.5em; height: 1.45em; vertical-align: 0.05em;
  border-radius: 0.75em; border: 1px solid #9db4cc; background: #eef4fa; color: #1d3d5c;
  font: 500 11px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0;
  white-space: nowrap; cursor: default; text-decoration: none; text-transform: none;
}
.badge:focus-visible { outline: 2px solid #2f6fb0; outline-offset: 1px; }
.label { overflow: hidden; text-overflow: ellipsis; }
.arrow { font-size: 0.95em; }
.cite { border-style: dashed; background: #f6f6f4; color: #444; border-color: #bbb; }
:host([data-theme="dark"]) .badge { background: #1f2f40; color: #d5e5f5; border-color: #4d6a88; }
:host([data-theme="dark"]) .cite { background: #2a2a2a; color: #ddd; border-color: #666; }
.card {
  display: none; position: fixed; z-index: 2147483647; min-width: 14em; max-width: 24em;
  padding: 0.6em 0.75em; border-radius: 6px; border: 1px solid #b9c7d6; background: #fff; color: #1b1b1b;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); font: 12px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: normal; text-align: left;
}
:host([data-theme="dark"]) .card { background: #1b232c; color: #e8eef4; border-color: #3d4f62; }
:host([data-open]) .card { display: block; }
.card h2 { all: unset; display: block; font-weight: 600; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: #4a5561; margin-bottom: 0.3em; }
.card p { all: unset; display: block; }
.card .cites { font-weight: 600; }
.card ol { all: unset; display: block; }
.card li { all: unset; display: block; padding: 0.1em 0; }
.card li::before { content: "↓ "; color: #4a5561; }
.card li:first-child::before { content: ""; }
.card .here { font-weight: 600; }
.card .rel { color: #4a5561; font-size: 0.92em; }
:host([data-theme="dark"]) .card h2, :host([data-theme="dark"]) .card .rel, :host([data-theme="dark"]) .card li::before { color: #b4c0cc; }
.highlight { position: fixed; pointer-events: none; z-index: 2147483646; border-radius: 3px;
  background: rgba(255, 214, 0, 0.35); outline: 2px solid rgba(230, 160, 0, 0.9); transition: opacity 0.6s; }
`;

let sheet: CSSStyleSheet | undefined | null;

/**
 * Styles go in as a constructed stylesheet where the browser allows it: a page's CSP (`style-src 'none'`)
 * governs <style> elements, not constructed sheets. Elsewhere a <style> inside the shadow root.
 */
function applyStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = STYLES;
  root.append(style);
}

function isDark(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const color = getComputedStyle(current).backgroundColor;
    const parts = color.match(/[\d.]+/g)?.map(Number);
    if (!parts || parts.length < 3 || parts[3] === 0) continue;
    const [r, g, b] = parts;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return matchMedia?.('(prefers-color-scheme: dark)').matches && getComputedStyle(document.documentElement).colorScheme.includes('dark');
}

export interface BadgeSpec {
  /** Stable across scans of the same page, so a rescan keeps badges instead of inserting them twice. */
  key: string;
  anchor: Anchor;
  /** What the badge says that the sentence beside it does not: the outlet as resolved, and its place. */
  text: string;
  kind: 'chain' | 'cite';
  /** The outlet the badge is about (a cite's card names it). */
  name: string;
}

/**
 * What a chain badge says: the resolved outlet and where it stands ("The Record, first report",
 * "NBC News, step 2 of 3"), which the sentence ("originally published on NBCNews.com") does not.
 */
function chainBadgeText(provenance: Provenance, index: number): string {
  const name = provenance.chain[index].name;
  return index === 0 ? t('badge_origin', [name]) : t('badge_step', [name, index + 1, provenance.chain.length]);
}

/** What to badge: each text evidence of each upstream node, and of cited outlets when asked. */
export function badgeSpecs(provenance: Provenance, anchors: (Anchor | undefined)[], withCites: boolean): BadgeSpec[] {
  const specs: BadgeSpec[] = [];
  const add = (item: ChainNode | Mention, kind: BadgeSpec['kind'], text: string) => {
    for (const evidence of item.evidence) {
      const anchor = anchors[evidence.id];
      if (!anchor) continue;
      specs.push({ key: `${kind}|${item.name}|${evidence.phrase ?? evidence.quote}|${text}`, anchor, text, kind, name: item.name });
    }
  };
  provenance.chain.forEach((node, index) => {
    if (node.relation !== 'this-page') add(node, 'chain', chainBadgeText(provenance, index));
  });
  if (withCites) for (const cited of provenance.cites) add(cited, 'cite', t('badge_cite', [cited.name]));
  return specs;
}

/** Where a badge goes: after the phrase's last text node, and outside any link so it is not clickable. */
function insertionPoint(anchor: Anchor): ChildNode {
  let node: ChildNode = anchor.endNode;
  for (let parent = node.parentElement; parent && parent !== anchor.element; parent = parent.parentElement) {
    if (parent.localName === 'a') node = parent;
  }
  return node;
}

/** The card of a chain badge: the whole chain, origin first. */
function renderChainCard(card: HTMLElement, provenance: Provenance): void {
  const heading = document.createElement('h2');
  heading.textContent = t('card_heading');
  const list = document.createElement('ol');
  for (const node of provenance.chain) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = node.name;
    if (node.relation === 'this-page') name.className = 'here';
    const relation = document.createElement('span');
    relation.className = 'rel';
    relation.textContent = node.relation === 'this-page' ? t('card_this_page') : ` · ${relationLabel(node.relation)}`;
    item.append(name, relation);
    list.append(item);
  }
  card.replaceChildren(heading, list);
}

/** The card of a cited outlet: the outlet and its relation to this page, not a step of the chain. */
function renderCiteCard(card: HTMLElement, provenance: Provenance, cited: string): void {
  const line = document.createElement('p');
  line.className = 'cites';
  line.textContent = t('card_cites', [provenance.page.name, cited]);
  const note = document.createElement('p');
  note.className = 'rel';
  note.textContent = t('card_cites_note');
  card.replaceChildren(line, note);
}

function renderCard(card: HTMLElement, spec: BadgeSpec, provenance: Provenance): void {
  if (spec.kind === 'cite') renderCiteCard(card, provenance, spec.name);
  else renderChainCard(card, provenance);
}

/** Card ids, unique in the page: each shadow root holds one, but ids are also read by tests and tools. */
let cardCount = 0;

export class BadgeLayer {
  private readonly badges = new Map<string, HTMLElement>();
  private theme: 'light' | 'dark' | undefined;
  private lang: string | undefined;
  private highlight: HTMLElement | undefined;

  /** Brings the page's badges in line with `specs`: keeps those still right, removes the rest. */
  render(specs: BadgeSpec[], provenance: Provenance): void {
    const wanted = new Set(specs.map((spec) => spec.key));
    for (const [key, host] of this.badges) {
      if (!wanted.has(key) || !host.isConnected) {
        host.remove();
        this.badges.delete(key);
      }
    }
    for (const spec of specs) {
      const existing = this.badges.get(spec.key);
      if (existing) {
        renderCard(existing.shadowRoot!.querySelector('.card')!, spec, provenance);
        continue;
      }
      if (!spec.anchor.endNode.isConnected) continue;
      const host = this.create(spec, provenance);
      insertionPoint(spec.anchor).after(host);
      this.badges.set(spec.key, host);
    }
  }

  private create(spec: BadgeSpec, provenance: Provenance): HTMLElement {
    const host = document.createElement(BADGE_TAG);
    this.theme ??= isDark(spec.anchor.element) ? 'dark' : 'light';
    host.setAttribute('data-theme', this.theme);
    host.setAttribute('data-kind', spec.kind);
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root);

    const card = document.createElement('div');
    card.className = 'card';
    card.id = `upstream-card-${++cardCount}`;
    card.setAttribute('role', 'tooltip');
    renderCard(card, spec, provenance);

    const badge = document.createElement('span');
    badge.className = spec.kind === 'cite' ? 'badge cite' : 'badge';
    badge.tabIndex = 0;
    badge.setAttribute('role', 'button');
    badge.setAttribute('aria-label', t('badge_label', [spec.text]));
    // The card is the badge's description and the part it opens (same shadow tree, so the ids resolve).
    badge.setAttribute('aria-describedby', card.id);
    badge.setAttribute('aria-controls', card.id);
    badge.setAttribute('aria-expanded', 'false');
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = spec.text;
    if (spec.kind === 'chain') {
      const arrow = document.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = '↑';
      arrow.setAttribute('aria-hidden', 'true');
      badge.append(arrow);
    }
    badge.append(label);

    // One root inside the shadow tree carries our language, so the page's `lang` does not apply.
    const ui = document.createElement('span');
    ui.className = 'root';
    ui.lang = this.lang ??= uiLanguage();
    ui.append(badge, card);

    // The card is fixed to the viewport (a page's overflow cannot clip it), so it is placed again at
    // every scroll of the page or of a box inside it, and closes once its badge has left the view.
    let frame = 0;
    const place = () => {
      frame = 0;
      const rect = badge.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight || !badge.isConnected) return close();
      const height = card.offsetHeight;
      card.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - card.offsetWidth - 4))}px`;
      card.style.top = rect.bottom + 4 + height <= innerHeight ? `${rect.bottom + 4}px` : `${Math.max(4, rect.top - height - 4)}px`;
    };
    const follow = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    const open = () => {
      if (host.hasAttribute('data-open')) return;
      host.setAttribute('data-open', '');
      badge.setAttribute('aria-expanded', 'true');
      place();
      addEventListener('scroll', follow, { capture: true, passive: true });
      addEventListener('resize', follow, { passive: true });
    };
    const close = () => {
      host.removeAttribute('data-open');
      badge.setAttribute('aria-expanded', 'false');
      removeEventListener('scroll', follow, { capture: true });
      removeEventListener('resize', follow);
      cancelAnimationFrame(frame);
      frame = 0;
    };
    badge.addEventListener('mouseenter', open);
    badge.addEventListener('focus', open);
    badge.addEventListener('mouseleave', close);
    badge.addEventListener('blur', close);
    badge.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (host.hasAttribute('data-open')) close();
        else open();
      }
    });
    root.append(ui);
    return host;
  }

  /** Scrolls to a text anchor and lays a fading highlight over it for a moment. */
  reveal(anchor: Anchor): boolean {
    if (!anchor.startNode.isConnected || !anchor.endNode.isConnected) return false;
    const range = document.createRange();
    range.setStart(anchor.startNode, Math.min(anchor.startOffset, anchor.startNode.data.length));
    range.setEnd(anchor.endNode, Math.min(anchor.endOffset, anchor.endNode.data.length));
    anchor.element.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.highlight?.remove();
    const host = document.createElement(BADGE_TAG);
    this.highlight = host;
    host.setAttribute('data-kind', 'highlight');
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root);
    // Measured after the scroll has been applied, so the boxes land on the text.
    requestAnimationFrame(() => {
      for (const rect of Array.from(range.getClientRects()).slice(0, 20)) {
        const box = document.createElement('div');
        box.className = 'highlight';
        box.style.left = `${rect.left - 2}px`;
        box.style.top = `${rect.top - 1}px`;
        box.style.width = `${rect.width + 4}px`;
        box.style.height = `${rect.height + 2}px`;
        root.append(box);
      }
      document.documentElement.append(host);
      setTimeout(() => {
        for (const box of Array.from(root.children) as HTMLElement[]) box.style.opacity = '0';
        setTimeout(() => host.remove(), 700);
      }, 1800);
    });
    return true;
  }

  clear(): void {
    this.highlight?.remove();
    for (const host of this.badges.values()) host.remove();
    this.badges.clear();
  }
}
