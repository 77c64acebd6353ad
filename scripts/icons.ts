/**
 * Draws the two Teams app icons from one shape (a day planner: the netwerkdag's
 * programme) and writes them to manifest/: color.png (192×192, full-bleed colour)
 * and outline.png (32×32, white on transparent, as Teams requires).
 * Run with `npm run icons` after changing the design; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from './lib/png';

/** G40 purple; Teams shows the colour icon full-bleed in the app store and the bot's avatar. */
export const BRAND_RGB: [number, number, number] = [0x4a, 0x25, 0x7a];

type Shape = (x: number, y: number) => boolean;

const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));
const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);

/** The planner in a unit square: frame, header band, two binder rings and a 3×2 grid of sessions. */
function planner(stroke: number): Shape {
  const frame = minus(rect(0.06, 0.16, 0.94, 0.94), rect(0.06 + stroke, 0.16 + stroke, 0.94 - stroke, 0.94 - stroke));
  const header = rect(0.06, 0.16, 0.94, 0.36);
  const rings = union(rect(0.26, 0.04, 0.26 + stroke, 0.26), rect(0.74 - stroke, 0.04, 0.74, 0.26));
  const cells: Shape[] = [];
  for (const cx of [0.2, 0.43, 0.66]) for (const cy of [0.46, 0.68]) cells.push(rect(cx, cy, cx + 0.14, cy + 0.13));
  return union(frame, minus(header, rings), ...cells, (x, y) => rings(x, y) && y < 0.16);
}

/** Rasterises a shape with 4×4 supersampling, so edges are smooth at 32 px. */
function coverage(shape: Shape, size: number, inset: number): Float32Array {
  const out = new Float32Array(size * size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = ((px + (sx + 0.5) / n) / size - inset) / (1 - 2 * inset);
          const v = ((py + (sy + 0.5) / n) / size - inset) / (1 - 2 * inset);
          if (u >= 0 && u < 1 && v >= 0 && v < 1 && shape(u, v)) hits++;
        }
      }
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

export function colorIcon(): RgbaImage {
  const size = 192;
  const cover = coverage(planner(0.07), size, 0.2);
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const c = cover[i]!;
    for (let k = 0; k < 3; k++) pixels[i * 4 + k] = Math.round(BRAND_RGB[k]! * (1 - c) + 255 * c);
    pixels[i * 4 + 3] = 255;
  }
  return { width: size, height: size, pixels };
}

export function outlineIcon(): RgbaImage {
  const size = 32;
  const cover = coverage(planner(0.09), size, 0.02);
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    pixels.set([255, 255, 255, Math.round(255 * cover[i]!)], i * 4);
  }
  return { width: size, height: size, pixels };
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'manifest');
  writeFileSync(join(dir, 'color.png'), encodePng(colorIcon()));
  writeFileSync(join(dir, 'outline.png'), encodePng(outlineIcon()));
  console.log(`Iconen geschreven naar ${dir}: color.png (192×192), outline.png (32×32)`);
}
