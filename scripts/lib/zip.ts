/**
 * The Teams app package's zip, written and read with fflate (a small, pure
 * JavaScript zip library) instead of a hand-rolled zip writer and CRC-32: less
 * code of ours to trust, and a reader that handles any zip, not only our own.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// A fixed timestamp keeps the package byte-for-byte reproducible from the same inputs.
const MTIME = new Date(2026, 0, 1, 0, 0, 0);

export function writeZip(entries: ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [new Uint8Array(entry.data), { level: 9, mtime: MTIME }];
  return Buffer.from(zipSync(files));
}

/** Every entry of a zip, in the order it holds them. */
export function readZip(zip: Buffer): ZipEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(zip));
  } catch (error) {
    throw new Error('geen zip-bestand', { cause: error });
  }
  return Object.entries(files).map(([name, data]) => ({ name, data: Buffer.from(data) }));
}
