/**
 * The toolbar icon's files, in one place: the build renders them (scripts/icons.ts, from
 * assets/icon.svg and assets/icon-found.svg), the manifest names them, the background switches
 * between them per tab.
 */

/** Every size the two browsers ask for: Chrome 16, 32, 48 and 128; Firefox 48 and 96. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** The toolbar button: 16 px, 24 px (Chrome at 150%) and 32 px (high-DPI screens). */
export const TOOLBAR_ICON_SIZES = [16, 24, 32] as const;

/** `idle`: the plain mark; `found`: the page names an earlier source. */
export type IconState = 'idle' | 'found';

export function iconPath(state: IconState, size: number): string {
  return state === 'found' ? `icon/found-${size}.png` : `icon/${size}.png`;
}

/**
 * A manifest-style map of size → path. The manifest's paths are relative to the extension's root;
 * `setIcon` at run time needs `prefix` '/', or the path is resolved against the background's page.
 */
export function iconSet(state: IconState, sizes: readonly number[], prefix = ''): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), prefix + iconPath(state, size)]));
}
