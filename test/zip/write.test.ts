import { createHash, randomBytes } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_MODE, STORE_FROM_BYTES } from '../../src/zip/canonical.js';
import { openCapsuleFile } from '../../src/zip/file.js';
import { readZipLayout } from '../../src/zip/read.js';
import { ZipWriter } from '../../src/zip/write.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Entry {
  name: string;
  source: string;
  data: Buffer;
}

function entry(name: string, data: Buffer): Entry {
  const source = join(dir, `src-${sha256(Buffer.from(name)).slice(0, 12)}`);
  writeFileSync(source, data);
  return { name, source, data };
}

async function writeZip(out: string, entries: Entry[], createdAt: string, expectedBytes?: number) {
  const zip = new ZipWriter(out, createdAt, { expectedBytes });
  const digests = [];
  for (const e of entries) digests.push(await zip.addFile(e.name, e.source));
  return { sha256: await zip.close(), digests };
}

/** The archive the archiver package writes for the same entries, as our writer did before it wrote its own. */
async function archiverZip(out: string, entries: Entry[], createdAt: string): Promise<void> {
  const file = createWriteStream(out);
  const archive = new ZipArchive({ zlib: { level: 6 }, forceZip64: false });
  archive.pipe(file);
  for (const e of entries) {
    const written = once(archive, 'entry');
    const store = statSync(e.source).size >= STORE_FROM_BYTES;
    archive.append(createReadStream(e.source), { name: e.name, date: new Date(createdAt), mode: ENTRY_MODE, store });
    await written;
  }
  await archive.finalize();
  await finished(file);
}

function layoutOf(path: string) {
  const file = openCapsuleFile(path);
  try {
    return readZipLayout(file);
  } finally {
    file.close();
  }
}

describe('the deterministic ZIP writer', () => {
  const text = Buffer.from('{"accuracy": 0.9}\n'.repeat(500));
  const entries = () => [
    entry('a/empty.txt', Buffer.alloc(0)),
    entry('a/metrics.json', text),
    entry('b/random.bin', randomBytes(100_000)),
    entry('b/stored.bin', Buffer.concat([randomBytes(STORE_FROM_BYTES - 10), text])),
    entry('c/héllo 😂.txt', Buffer.from('hello\n')),
  ];

  it('added sorted, writes the very bytes archiver wrote: deflated, empty, stored, UTF-8 names', async () => {
    const list = entries();
    for (const at of ['2026-01-01T00:01:01Z', '1970-01-01T00:00:00Z', '2099-12-31T23:59:59Z']) {
      const ours = await writeZip(join(dir, 'ours.zip'), list, at);
      await archiverZip(join(dir, 'theirs.zip'), list, at);
      const bytes = readFileSync(join(dir, 'ours.zip'));
      expect(bytes.equals(readFileSync(join(dir, 'theirs.zip'))), at).toBe(true);
      expect(ours.sha256).toBe(sha256(bytes));
      expect(ours.digests).toEqual(list.map((e) => ({ sha256: sha256(e.data), size: e.data.length })));
    }
  });

  // Inline hashing below 32 MiB, worker threads from there: the same bytes either way.
  const hashing: [string, number][] = [['inline', 0], ['worker', 64 * 1024 ** 2]];
  it.each(hashing)('lists entries sorted, lays them out as added (%s hashing)', async (how, expectedBytes) => {
    const list = entries();
    const big = entry('0-big.bin', randomBytes(40 * 1024 ** 2 + 5));
    const order = [list[3]!, big, list[0]!, list[4]!, list[1]!, list[2]!];
    const out = join(dir, `laid-out-${how}.zip`);
    const ours = await writeZip(out, order, '2026-01-01T00:00:00Z', expectedBytes);
    expect(ours.sha256).toBe(sha256(readFileSync(out)));
    expect(ours.digests).toEqual(order.map((e) => ({ sha256: sha256(e.data), size: e.data.length })));
    const layout = layoutOf(out);
    expect(layout.problems).toEqual([]);
    expect(layout.entries.map((e) => e.name)).toEqual([big, ...list].map((e) => e.name));
    const byOffset = [...layout.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    expect(byOffset.map((e) => e.name)).toEqual(order.map((e) => e.name));
    if (spawnSync('unzip', ['-v']).status === 0) {
      const r = spawnSync('unzip', ['-t', out], { encoding: 'utf8' });
      expect(r.stdout).toContain('No errors detected');
    }
  });

  it.skipIf(spawnSync('unzip', ['-v']).status !== 0)('passes unzip -t', async () => {
    await writeZip(join(dir, 'ours.zip'), entries(), '2026-01-01T00:00:00Z');
    const r = spawnSync('unzip', ['-t', join(dir, 'ours.zip')], { encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('No errors detected');
  });

  it('refuses a name twice', async () => {
    const [a] = entries();
    const zip = new ZipWriter(join(dir, 'twice.zip'), '2026-01-01T00:00:00Z');
    await zip.addFile(a!.name, a!.source);
    await expect(zip.addFile(a!.name, a!.source)).rejects.toMatchObject({ code: 'pack_path_collision' });
    zip.abort();
  });
});

describe('an archive written into a folder someone else can write to (a run folder, with a job in it)', () => {
  it('never writes through a symbolic link planted at a temporary name', async () => {
    const folder = join(dir, 'planted');
    mkdirSync(folder);
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    // The name the writer used before: .<archive>.<pid>.tmp, opened following links.
    symlinkSync(victim, join(folder, `.out.zip.${process.pid}.tmp`));
    await writeZip(join(folder, 'out.zip'), [entry('a.txt', Buffer.from('the archive\n'))], '2026-01-01T00:00:00Z');
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readdirSync(folder).sort()).toEqual([`.out.zip.${process.pid}.tmp`, 'out.zip']);
    expect(spawnSync('unzip', ['-t', join(folder, 'out.zip')], { encoding: 'utf8' }).status).toBe(0);
  });
});

describe('a file that changes while it is packed', () => {
  /** Packs `source` over an archive already at the output path: the error leaves that archive as it was. */
  async function packOverExisting(source: string) {
    const out = join(dir, 'kept.zip');
    writeFileSync(out, 'the capsule from before');
    const zip = new ZipWriter(out, '2026-01-01T00:00:00Z', { expectedBytes: 64 * 1024 ** 2 });
    await zip.addBytes('first.txt', 'already in');
    const error = await zip.addFile('moving', source).then(() => null, (err: unknown) => err);
    zip.abort();
    expect(readFileSync(out, 'utf8')).toBe('the capsule from before');
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).not.toContain('.tmp');
    return error;
  }

  it('is refused, named, when it holds more than its size said (/dev/zero stands in for a growing file)', async () => {
    expect(await packOverExisting('/dev/zero')).toMatchObject({
      code: 'capsule_source_changed', message: expect.stringMatching(/^\/dev\/zero: changed while packing \(it grew/),
    });
  });

  it('is refused when written to while being read', async () => {
    const source = join(dir, 'rewritten.bin');
    writeFileSync(source, randomBytes(48 * 1024 ** 2));
    // A writer that keeps rewriting the first byte in place (same size): only the change times tell.
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('node:fs'); const fd = fs.openSync(${JSON.stringify(source)}, 'r+');
      process.stdout.write('go\\n');
      for (;;) fs.writeSync(fd, Buffer.from([Date.now() & 255]), 0, 1, 0);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(writer.stdout, 'data');
      const error = await packOverExisting(source);
      const message = expect.stringContaining('written to while being read') as string;
      expect(error).toMatchObject({ code: 'capsule_source_changed', message });
    } finally {
      writer.kill('SIGKILL');
    }
  });
});
