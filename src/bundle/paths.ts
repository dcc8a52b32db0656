import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Why a relative path (or glob) from a bundle may not be used, or null when it is fine. */
export function relativePathProblem(p: string): string | null {
  if (isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return 'must be relative to the bundle folder, not absolute';
  if (p.split(/[\\/]/).includes('..')) return 'must not contain ".." segments';
  return null;
}

/** True when `child` is `root` or lies below it (both already resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path of `p` under `root` when it exists and, after resolving symlinks, stays
 * inside `root`; otherwise the reason it cannot be used.
 */
export function resolveInside(root: string, p: string): { path: string } | { problem: string } {
  const bad = relativePathProblem(p);
  if (bad) return { problem: bad };
  const target = resolve(root, p);
  try {
    lstatSync(target);
    const real = realpathSync(target);
    if (!isInside(realpathSync(root), real)) return { problem: 'resolves (through a symlink) outside the bundle folder' };
    return { path: real };
  } catch {
    return { problem: 'does not exist in the bundle folder' };
  }
}
