import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reference data (other projects' schemas, vectors and code, run as oracles) sits beside the
 * repository in ../shared/reference on the team's machines; a plain clone has none, and the tests
 * that need it skip with a one-line reason instead of failing.
 */
const ROOT = resolve('..', 'shared', 'reference');

export interface Reference {
  /** Absolute path of the reference folder or file. */
  path: string;
  present: boolean;
  /** Why the tests that need it skip; empty when present. */
  reason: string;
}

const warned = new Set<string>();

/** The reference data at ../shared/reference/PARTS; when absent, says once (on stderr) which tests skip. */
export function reference(...parts: string[]): Reference {
  const path = resolve(ROOT, ...parts);
  const present = existsSync(path);
  const reason = present ? '' : `no reference data at ${path} (not part of a plain clone)`;
  if (!present && !warned.has(path)) {
    warned.add(path);
    console.warn(`skipping tests that need ${path}: it is absent (reference data is not part of a plain clone)`);
  }
  return { path, present, reason };
}

/** A test or describe title that carries the skip reason when the reference data is absent. */
export function titled(title: string, ref: Reference): string {
  return ref.present ? title : `${title} (skipped: ${ref.reason})`;
}
