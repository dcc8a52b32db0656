import { spawnSync } from 'node:child_process';

/** Where the code came from, as the bundle schema's `metadata.source.git` holds it. */
export interface GitSource {
  rev: string;
  dirty: boolean;
}

export interface GitFacts {
  /** Null when the folder is not a git checkout, has no commit yet, or git could not say. */
  git: GitSource | null;
  /** Why a checkout's facts are missing (git absent, a refused repository), for the run's messages. */
  note?: string;
}

/**
 * The commit checked out in `dir` and whether the checkout differs from it (a tracked change, or
 * an untracked file git does not ignore: `git status --porcelain`). Read with the git binary,
 * never through a shell; a folder outside any checkout is simply not a git source.
 */
export function readGitFacts(dir: string): GitFacts {
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.missing) return { git: null };
  if (!inside.ok) {
    // "not a git repository" is the ordinary case; anything else (e.g. dubious ownership) is worth saying.
    if (/not a git repository/i.test(inside.stderr)) return { git: null };
    return { git: null, note: `git could not read the checkout: ${firstLine(inside.stderr)}` };
  }
  if (inside.stdout.trim() !== 'true') return { git: null };
  const head = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  if (!head.ok) return { git: null, note: 'the git checkout has no commit yet' };
  const status = git(dir, ['status', '--porcelain', '--untracked-files=normal']);
  if (!status.ok) return { git: null, note: `git status failed: ${firstLine(status.stderr)}` };
  return { git: { rev: head.stdout.trim(), dirty: status.stdout.trim() !== '' } };
}

function git(dir: string, args: string[]): { ok: boolean; missing: boolean; stdout: string; stderr: string } {
  const r = spawnSync('git', ['-C', dir, ...args], {
    encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: r.status === 0, missing, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error?.message ?? '') };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.replace(/^fatal: /, '') ?? '';
}
