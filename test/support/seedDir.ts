/** Temporary seed folders for tests: the real seeds, or a copy with edits. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SeedDir {
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `from` by `to` in `file`; fails when `from` is not there, so a test never edits nothing. */
  edit(file: string, from: string | RegExp, to: string): void;
  remove(): void;
}

export function copyOfSeeds(source = 'seeds'): SeedDir {
  const dir = mkdtempSync(join(tmpdir(), 'g40-seeds-'));
  cpSync(source, dir, { recursive: true });
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    edit(file, from, to) {
      const before = readFileSync(join(dir, file), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`seedDir.edit: ${String(from)} not found in ${file}`);
      writeFileSync(join(dir, file), after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
