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

  it('every #anchor in a link names a heading of the file it points at (GitHub\'s slugs)', () => {
    const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const anchorsOf = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    const broken: string[] = [];
    let seen = 0;
    for (const doc of tracked.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')))) {
      for (const [, target, anchor] of readFileSync(doc, 'utf8').matchAll(/\]\(([^)#\s]*)#([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        seen++;
        const file = target ? join(dirname(doc), target) : doc;
        if (!existsSync(file) || !anchorsOf(file).has(anchor!)) broken.push(`${doc} → ${target}#${anchor}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
