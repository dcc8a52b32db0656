import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The product's docs live in docs/: nothing in the repository may send a reader to a file
// that is not in it (the developers' spec is not shipped).
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter((f) => f !== '' && existsSync(f));
const OUTSIDE = /\b(FORMATS|TRUST|EXECUTORS|PRODUCT|STYLE)\.md\b/;

describe('docs stand on their own', () => {
  it('no file cites the developers\' spec files', () => {
    const citing = tracked.filter((f) => !f.startsWith('test/docs/') && !/\.(png|gz|zip|agipack|cpio|bin)$/.test(f) && OUTSIDE.test(readFileSync(f, 'utf8')));
    expect(citing).toEqual([]);
  });

  it('every relative link in README.md and docs/ names a file that exists', () => {
    const broken: string[] = [];
    for (const doc of tracked.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')))) {
      for (const [, target] of readFileSync(doc, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(join(dirname(doc), target!))) broken.push(`${doc} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
