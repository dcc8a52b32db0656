import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from './sha256.js';

/** One regular file of a directory tree, by its path below the tree's root ("/"-separated). */
export interface TreeFile {
  path: string;
  size_bytes: number;
  sha256: string;
}

/** Byte order of the UTF-8 names, the same on every machine and locale. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The digest of a directory: the SHA-256 of its listing, one `path<TAB>size<TAB>sha256<LF>`
 * line per regular file, sorted by the path's UTF-8 bytes. Anyone can recompute it from the
 * files (or from a capsule's entries under the directory) without our code.
 */
export function treeDigest(files: TreeFile[]): string {
  const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
  return sha256Hex(sorted.map((f) => `${f.path}\t${f.size_bytes}\t${f.sha256}\n`).join(''));
}

/**
 * The regular files below `dir` (relative, "/"-separated, byte-sorted) without following
 * symlinks; the rest is `skipped`.
 */
export function walkTree(dir: string): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (/[\t\n\r]/.test(entry.name)) skipped.push(path);
      else if (entry.isDirectory()) walk(join(abs, entry.name), path);
      else if (entry.isFile()) files.push(path);
      else skipped.push(path);
    }
  };
  walk(dir, '');
  return { files: files.sort(compareUtf8), skipped: skipped.sort(compareUtf8) };
}
