import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The jobs that try to outlive their run (test/fixtures/contain/daemons/daemons.sh). */
export const VARIANTS = ['setsid-double-fork', 'daemonize-with-delay', 'refork-every-50ms', 'ignore-sigterm'] as const;
export const DAEMONS_BUNDLE = resolve(__dirname, '..', '..', 'fixtures', 'contain', 'daemons');

/** A fresh value for CAPSULE_TEST_MARK: every process of one job carries it in its environment. */
export const newMark = () => `mark-${randomUUID()}`;

/** Pids of living processes whose environment holds `mark` (zombies have none: they are dead). */
export function processesMarked(mark: string): number[] {
  const needle = Buffer.from(`CAPSULE_TEST_MARK=${mark}\0`);
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(join('/proc', name, 'environ')).includes(needle)) found.push(Number(name));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `mark`'s processes reach `atLeast` (the daemons have started), bounded.
 * @public (a helper for containment tests; no test calls it yet)
 */
export async function untilMarked(mark: string, atLeast: number, ms = 5000): Promise<number[]> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(20)) {
    const found = processesMarked(mark);
    if (found.length >= atLeast) return found;
  }
  return processesMarked(mark);
}
