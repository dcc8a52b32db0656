import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLines, readFileTail } from '../../src/fsio/tail.js';

describe('lastLines', () => {
  it('keeps the last lines, drops trailing blank ones, says when it cut, and caps each line', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n\n';
    const tail = lastLines(text, 20);
    expect(tail.lines[0]).toBe('line 10');
    expect(tail.lines.at(-1)).toBe('line 29');
    expect(tail.cut).toBe(true);
    expect(lastLines('a\r\nb\n').lines).toEqual(['a', 'b']);
    expect(lastLines('x'.repeat(1000)).lines[0]).toHaveLength(301);
  });
});

describe('readFileTail', () => {
  it('reads only the end of a large file, from its first whole line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tail-')), 'log');
    writeFileSync(file, `${'noise\n'.repeat(10_000)}the real error\n`);
    const t = readFileTail(file, 100);
    expect(t.cut).toBe(true);
    expect(t.text.startsWith('noise\n')).toBe(true);
    expect(t.text.endsWith('the real error\n')).toBe(true);
    expect(readFileTail(file, 1 << 20).cut).toBe(false);
  });
});
