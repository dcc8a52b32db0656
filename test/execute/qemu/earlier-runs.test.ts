import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildInitramfs } from '../../../src/execute/qemu/initramfs.js';
import { collectGuestResults } from '../../../src/execute/qemu/results.js';
import { isRunFolder } from '../../../src/pipeline/run-claim.js';

const KEY = '-----BEGIN PRIVATE KEY----- earlier run dev key';

/** A command's folder as a second `capsule run -- CMD` finds it: its sources and an earlier run's folder. */
function commandFolder(): string {
  const ws = mkdtempSync(join(tmpdir(), 'capsule-ws-'));
  writeFileSync(join(ws, 'train.sh'), 'echo source of the job\n');
  mkdirSync(join(ws, 'capsule-run-1', 'keys'), { recursive: true });
  writeFileSync(join(ws, 'capsule-run-1', '.capsule-run'), 'capsule run, pid 42, claimed 2026-12-01T20:00:00.000Z\n');
  writeFileSync(join(ws, 'capsule-run-1', 'keys', 'dev-signing-key.pem'), `${KEY}\n`);
  // A user's folder with a file of that name but other content is the user's, and goes in.
  mkdirSync(join(ws, 'notes'));
  writeFileSync(join(ws, 'notes', '.capsule-run'), 'my own notes\n');
  return ws;
}

function initrd(ws: string, skipFolder?: (path: string) => boolean): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'capsule-initrd-'));
  const busybox = join(dir, 'busybox');
  writeFileSync(busybox, 'not really busybox');
  const path = join(dir, 'initrd.cpio');
  buildInitramfs(path, {
    busybox, modulesDir: dir, init: { modules: [], hostUserland: false, network: false },
    job: { argv: ['sh', 'train.sh'], cwd: '.', env: {} }, workspace: ws, skipFolder,
  });
  return readFileSync(path);
}

/** One ustar file member, as busybox tar writes the results disk. */
function tarFile(name: string, data: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0);
  h.write('0000644\0', 100);
  h.write(`${Buffer.byteLength(data).toString(8).padStart(11, '0')}\0`, 124);
  h.write('0', 156);
  h.write('ustar\0', 257);
  const body = Buffer.from(data);
  return Buffer.concat([h, body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
}

describe('a VM run in place leaves earlier run folders out', () => {
  test('their capsules, logs and keys stay out of the guest; the job\'s sources and look-alikes go in', () => {
    const ws = commandFolder();
    const without = initrd(ws).toString('latin1');
    // Control: without the rule, the earlier run's dev key goes into the VM.
    expect(without).toContain(KEY);
    const withRule = initrd(ws, isRunFolder).toString('latin1');
    expect(withRule).not.toContain(KEY);
    expect(withRule).toContain('echo source of the job');
    expect(withRule).toContain('my own notes');
  });

  test('nothing the guest writes lands in an earlier run folder on the host', () => {
    const ws = commandFolder();
    const dir = mkdtempSync(join(tmpdir(), 'capsule-results-'));
    const disk = join(dir, 'results.img');
    writeFileSync(disk, Buffer.concat([
      tarFile('workspace/capsule-run-1/keys/dev-signing-key.pem', 'replaced by the job\n'),
      tarFile('workspace/out.txt', 'made by the job\n'),
      Buffer.alloc(4096),
    ]));
    // Control: without the rule the job's file replaces the earlier run's key.
    const other = commandFolder();
    expect(collectGuestResults(disk, other, []).files).toContain('capsule-run-1/keys/dev-signing-key.pem');
    const replaced = readFileSync(join(other, 'capsule-run-1', 'keys', 'dev-signing-key.pem'), 'utf8');
    expect(replaced).toBe('replaced by the job\n');
    const r = collectGuestResults(disk, ws, [], isRunFolder);
    expect(r.files).toEqual(['out.txt']);
    expect(r.refused.join('\n')).toMatch(/dev-signing-key\.pem: inside capsule-run-1, a folder kept out of the VM/);
    expect(readFileSync(join(ws, 'capsule-run-1', 'keys', 'dev-signing-key.pem'), 'utf8')).toBe(`${KEY}\n`);
  });
});
