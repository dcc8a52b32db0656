import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where a bundle's relative paths resolve: its folder, or (agentplane) the repository root. */
export type PathBase = 'the bundle folder' | 'the repository root' | 'the command\'s folder';

/** Why a relative path (or glob) from a bundle may not be used, or null when it is fine. */
export function relativePathProblem(p: string, base: PathBase = 'the bundle folder'): string | null {
  if (isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return `must be relative to ${base}, not absolute`;
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
export function resolveInside(root: string, p: string, base: PathBase = 'the bundle folder'): { path: string } | { problem: string } {
  const bad = relativePathProblem(p, base);
  if (bad) return { problem: bad };
  const target = resolve(root, p);
  try {
    lstatSync(target);
    const real = realpathSync(target);
    if (!isInside(realpathSync(root), real)) return { problem: `resolves (through a symlink) outside ${base} ${root}` };
    return { path: real };
  } catch {
    return { problem: `does not exist in ${base}${base === 'the repository root' ? ` ${root}` : ''}` };
  }
}
