/**
 * PNG for our app icons through pngjs: write 8-bit RGBA images, read them back
 * (size, bit depth and colour type from the header; pixels decoded whatever
 * filters or colour type the file uses) so tests can check what Teams checks.
 * pngjs replaces our own encoder, decoder and CRC-32.
 */
import { PNG } from 'pngjs';

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes, got ${pixels.length}`);
  const png = new PNG({ width, height, colorType: 6, inputColorType: 6, bitDepth: 8 });
  png.data = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.length);
  return PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8, deflateLevel: 9 });
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads the IHDR, the first chunk of every valid PNG: what the file says it is, before decoding. */
export function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('geen PNG-bestand');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colourType: png[25]! };
}

/** Decodes any PNG to 8-bit RGBA pixels. */
export function decodePng(png: Buffer): RgbaImage {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.data) };
}
