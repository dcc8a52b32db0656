import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fsio/atomic.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * Someone with write access to the folder a page, a report or a capsule is written into (the
 * folder being verified, for `capsule view`'s default page) plants symbolic links at the names
 * the temporary file may take. Before the fix the name was `.<file>.<pid>.<ms>.tmp`, opened
 * following links: with links planted for this pid and the next seconds' milliseconds, the
 * write went through one of them, into a file outside the folder.
 */
describe('writeFileAtomic in a folder someone else can write to', () => {
  it('never writes through a symbolic link planted at a temporary name', () => {
    const dir = tempDir('capsule-atomic-');
    const folder = join(dir, 'shared');
    mkdirSync(folder);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    const now = Date.now();
    for (let ms = now - 100; ms < now + 5000; ms++) {
      symlinkSync(victim, join(folder, `.page.html.${process.pid}.${ms}.tmp`));
    }
    writeFileAtomic(join(folder, 'page.html'), '<p>the page</p>\n');
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readFileSync(join(folder, 'page.html'), 'utf8')).toBe('<p>the page</p>\n');
    expect(readdirSync(folder).filter((f) => !f.startsWith('.page.html.')).sort()).toEqual(['page.html']);
  });

  it('replaces a symbolic link at the file\'s own name, not what it points to', () => {
    const dir = tempDir('capsule-atomic-');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    symlinkSync(victim, join(dir, 'page.html'));
    writeFileAtomic(join(dir, 'page.html'), 'new\n');
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe('new\n');
    expect(existsSync(victim)).toBe(true);
  });
});
