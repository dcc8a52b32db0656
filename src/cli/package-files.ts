import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file shipped in the package (examples/, schemas/), found from where this code runs:
 * dist/cli.js (the package root is one up) or src/cli/ under the tests (two up).
 */
export function packageFile(...segments: string[]): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const root of [join(here, '..'), join(here, '..', '..')]) {
    const candidate = join(root, ...segments);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
