/**
 * Renders the icon's SVG sources to the PNG files the manifest and the background name
 * (utils/icons.ts). Runs in the build (wxt.config.ts), so the PNGs are never edited by hand and
 * cannot drift from the drawing.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, iconPath, TOOLBAR_ICON_SIZES, type IconState } from '../utils/icons';

const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));
const SOURCES: Record<IconState, { svg: string; sizes: readonly number[] }> = {
  idle: { svg: 'icon.svg', sizes: [...new Set([...ICON_SIZES, ...TOOLBAR_ICON_SIZES])] },
  // Only the toolbar shows the second state.
  found: { svg: 'icon-found.svg', sizes: TOOLBAR_ICON_SIZES },
};

export interface RenderedIcon {
  /** Where the PNG was written. */
  absoluteSrc: string;
  /** Its path inside the built extension. */
  relativeDest: string;
}

export async function renderIcons(outDir: string): Promise<RenderedIcon[]> {
  const rendered: RenderedIcon[] = [];
  for (const [state, { svg, sizes }] of Object.entries(SOURCES) as [IconState, (typeof SOURCES)[IconState]][]) {
    const source = await readFile(join(ASSETS, svg));
    for (const size of sizes) {
      const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
      const relativeDest = iconPath(state, size);
      const absoluteSrc = join(outDir, relativeDest);
      await mkdir(dirname(absoluteSrc), { recursive: true });
      await writeFile(absoluteSrc, png);
      rendered.push({ absoluteSrc, relativeDest });
    }
  }
  return rendered;
}
