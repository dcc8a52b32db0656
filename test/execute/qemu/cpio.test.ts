import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CpioWriter, type CpioEntry } from '../../../src/execute/qemu/cpio.js';
import { sha256Hex } from '../../../src/hash/sha256.js';

function write(path: string, entries: CpioEntry[]): string {
  const w = CpioWriter.open(path);
  for (const e of entries) w.add(e);
  const digest = w.endArchive();
  w.close();
  return digest;
}

describe('CpioWriter (newc)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capsule-cpio-'));
  const source = join(dir, 'source.bin');
  writeFileSync(source, Buffer.alloc(3 * 1024 * 1024 + 3, 7));
  const entries: CpioEntry[] = [
    { name: 'bin', type: 'dir', mode: 0o755 },
    { name: 'bin/tool', type: 'file', mode: 0o755, data: Buffer.from('#!/bin/sh\necho hi\n') },
    { name: 'bin/odd name', type: 'file', mode: 0o600, data: Buffer.from('x') },
    { name: 'big', type: 'file', mode: 0o644, source, size: lstatSync(source).size },
    { name: 'link', type: 'symlink', target: 'bin/tool' },
  ];

  test('GNU cpio reads back every member with its bytes, mode and link target', () => {
    const archive = join(dir, 'a.cpio');
    const digest = write(archive, entries);
    expect(digest).toBe(sha256Hex(readFileSync(archive)));
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync('cpio', ['-idm', '--quiet', '-D', out], { input: readFileSync(archive) });
    expect(readFileSync(join(out, 'bin', 'tool'), 'utf8')).toBe('#!/bin/sh\necho hi\n');
    expect(lstatSync(join(out, 'bin', 'tool')).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(out, 'bin', 'odd name')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(out, 'big')).equals(readFileSync(source))).toBe(true);
    expect(readlinkSync(join(out, 'link'))).toBe('bin/tool');
  });

  test('the same members give the same bytes (no timestamps, owners or host inode numbers)', () => {
    expect(write(join(dir, 'b.cpio'), entries)).toBe(write(join(dir, 'c.cpio'), entries));
  });

  test('a file that shrinks while being packed is an error, not a corrupt archive', () => {
    expect(() => write(join(dir, 'd.cpio'), [{ name: 'big', type: 'file', mode: 0o644, source, size: lstatSync(source).size + 10 }])).toThrow(/shrank/);
  });
});
