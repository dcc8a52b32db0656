import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectGuestResults } from '../../../src/execute/qemu/results.js';

/** One ustar member as busybox tar writes it (GNU 'L' record first for a name over 100 bytes). */
function member(name: string, data: string | Buffer, type = '0', linkTarget = ''): Buffer {
  const body = Buffer.from(data);
  const header = (n: string, size: number, t: string) => {
    const h = Buffer.alloc(512);
    h.write(n.slice(0, 100), 0);
    h.write('0000644\0', 100);
    h.write(size.toString(8).padStart(11, '0') + '\0', 124);
    h.write(t, 156);
    h.write(linkTarget, 157);
    h.write('ustar\0', 257);
    return h;
  };
  const padded = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
  const long = name.length > 100 ? [header('././@LongLink', name.length + 1, 'L'), padded(Buffer.from(name + '\0'))] : [];
  return Buffer.concat([...long, header(name, body.length, type), padded(body)]);
}

function disk(...members: Buffer[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'capsule-results-'));
  const path = join(dir, 'results.img');
  writeFileSync(path, Buffer.concat([...members, Buffer.alloc(1024 * 4)]));
  return path;
}

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'capsule-ws-'));
  mkdirSync(join(ws, 'in'));
  return ws;
}

describe('collectGuestResults', () => {
  test('logs and exit code from /capsule; workspace files written back, long names included', () => {
    const longName = `workspace/out/${'d'.repeat(80)}/${'f'.repeat(60)}.txt`;
    const ws = workspace();
    const r = collectGuestResults(disk(member('capsule/stdout', 'out\n'), member('capsule/stderr', 'err\n'), member('capsule/exit_code', '7\n'), member('workspace/out/', '', '5'), member('workspace/out/a.txt', 'A'), member(longName, 'L')), ws);
    expect(r).toMatchObject({ exitCode: 7, refused: [], truncated: false, files: ['out/a.txt', longName.slice('workspace/'.length)] });
    expect(r.stdout?.toString()).toBe('out\n');
    expect(r.stderr?.toString()).toBe('err\n');
    expect(readFileSync(join(ws, 'out', 'a.txt'), 'utf8')).toBe('A');
    expect(readFileSync(join(ws, longName.slice('workspace/'.length)), 'utf8')).toBe('L');
  });

  test.each([
    ['workspace/../escape.txt', '0', /could leave the workspace/],
    ['workspace//etc/passwd', '0', /could leave the workspace/],
    ['workspace/link', '2', /symlink not written back/],
    ['workspace/hard', '1', /hard link not written back/],
    ['workspace/dev', '3', /entry type 3 not written back/],
  ])('refuses %s (type %s)', (name, type, why) => {
    const ws = workspace();
    const r = collectGuestResults(disk(member(name, 'x', type, '/etc/passwd')), ws);
    expect(r.files).toEqual([]);
    expect(r.refused.join('\n')).toMatch(why);
    expect(existsSync(join(ws, '..', 'escape.txt'))).toBe(false);
  });

  test('never writes through a symlink that is in the host workspace', () => {
    const ws = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'capsule-outside-'));
    symlinkSync(outside, join(ws, 'out'));
    const r = collectGuestResults(disk(member('workspace/out/x.txt', 'x')), ws);
    expect(r.refused.join('\n')).toMatch(/a symlink in the workspace is on its path/);
    expect(existsSync(join(outside, 'x.txt'))).toBe(false);
  });

  test('never writes into a folder kept out of the VM (the run folder of a command run in place)', () => {
    const ws = workspace();
    const r = collectGuestResults(disk(member('workspace/out/run/evidence/events.jsonl', 'forged'), member('workspace/a.txt', 'A')), ws, ['out/run']);
    expect(r.refused).toEqual(['workspace/out/run/evidence/events.jsonl: inside out/run, a folder kept out of the VM']);
    expect(existsSync(join(ws, 'out', 'run'))).toBe(false);
    expect(r.files).toEqual(['a.txt']);
  });

  test('an archive cut off mid-member (disk full) is reported truncated; what came before is kept', () => {
    const full = Buffer.concat([member('capsule/stdout', 'kept\n'), member('workspace/big', Buffer.alloc(4096, 1))]);
    const dir = mkdtempSync(join(tmpdir(), 'capsule-results-'));
    const path = join(dir, 'results.img');
    writeFileSync(path, full.subarray(0, full.length - 1024));
    const r = collectGuestResults(path, workspace());
    expect(r.truncated).toBe(true);
    expect(r.stdout?.toString()).toBe('kept\n');
    expect(r.files).toEqual([]);
  });

  test('a size field that is not octal stops reading', () => {
    const bad = member('workspace/a', 'x');
    bad.write('zzzzzzzzzzz\0', 124);
    expect(collectGuestResults(disk(bad), workspace())).toMatchObject({ truncated: true, files: [] });
  });

  test('an empty disk (the guest never wrote) gives no exit code', () => {
    expect(collectGuestResults(disk(), workspace())).toMatchObject({ exitCode: null, stdout: null, truncated: false });
  });
});
