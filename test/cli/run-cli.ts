import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The built CLI (or CAPSULE_CLI), run as a user would from `cwd`. */
export const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function capsule(cwd: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack frame line, as Node prints one. */
export const STACK = /^\s+at .+:\d+:\d+\)?$/m;
