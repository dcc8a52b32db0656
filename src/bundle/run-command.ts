import { openSync, readSync, closeSync } from 'node:fs';
import { join, posix } from 'node:path';
import { OPEN_TO_READ } from '../fsio/read.js';
import type { ValidatedBundle } from './types.js';

/** Reads a script's `#!` line, as the kernel would, without needing the execute bit. */
function shebang(file: string): string[] | null {
  const buf = Buffer.alloc(256);
  const fd = openSync(file, OPEN_TO_READ);
  try {
    const n = readSync(fd, buf, 0, buf.length, 0);
    const first = buf.subarray(0, n).toString('utf8').split('\n')[0]!;
    if (!first.startsWith('#!')) return null;
    const parts = first.slice(2).trim().split(/\s+/).filter(Boolean);
    return parts.length > 0 ? parts : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The argv and cwd (relative to the workspace) of the run. A script is run through its
 * `#!` interpreter (or /bin/sh), so a script copied without its execute bit (agentplane's
 * example is mode 0444) still runs exactly as its author meant.
 */
export function runCommand(vb: ValidatedBundle): { argv: string[]; cwd: string } {
  const run = vb.bundle.spec.run;
  const cwd = run.cwd ?? '.';
  if (run.argv) return { argv: [...run.argv], cwd };
  const script = run.script!;
  const fromCwd = posix.relative(cwd, script);
  return { argv: [...(shebang(join(vb.dir, script)) ?? ['/bin/sh']), fromCwd.startsWith('../') ? fromCwd : `./${fromCwd}`], cwd };
}
