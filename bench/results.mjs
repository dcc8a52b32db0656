// Shared by the benchmarks: each owns one `## <name>` section of bench/RESULTS.md and
// replaces only that section, appending it when it is not there yet.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

/**
 * Whether other work shared the machine during a bench: a one-minute load above this on the
 * benches' 2-core machine. Each section says so in its own words, and only then.
 */
export const wasShared = (load = loadavg()[0]) => load > 1.5;

export function writeResultsSection(name, section) {
  const path = resolve('bench', 'RESULTS.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`## ${name}\\n[\\s\\S]*?(?=\\n## |$)`);
  writeFileSync(path, pattern.test(text) ? text.replace(pattern, `${section.trimEnd()}\n`) : `${text.trimEnd()}\n\n${section.trimEnd()}\n`);
}
