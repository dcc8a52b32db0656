import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_MODE, STORE_FROM_BYTES } from '../../src/zip/canonical.js';
import { writeDeterministicZip, type PackEntry } from '../../src/zip/write.js';

const dir = mkdtempSync(join(tmpdir(), 'zip-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function entry(name: string, data: Buffer): PackEntry {
  const source = join(dir, `src-${sha256(Buffer.from(name)).slice(0, 12)}`);
  writeFileSync(source, data);
  return { name, source, sha256: sha256(data) };
}

/** The archive the archiver package writes for the same entries, as our writer did before it wrote its own. */
async function archiverZip(out: string, entries: PackEntry[], createdAt: string): Promise<void> {
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

describe('the deterministic ZIP writer', () => {
  const text = Buffer.from('{"accuracy": 0.9}\n'.repeat(500));
  const entries = () => [
    entry('a/empty.txt', Buffer.alloc(0)),
    entry('a/metrics.json', text),
    entry('b/random.bin', randomBytes(100_000)),
    entry('b/stored.bin', Buffer.concat([randomBytes(STORE_FROM_BYTES - 10), text])),
    entry('c/héllo 😂.txt', Buffer.from('hello\n')),
  ];

  it('writes the very bytes the archiver package wrote: deflated, empty, stored and UTF-8-named entries', async () => {
    const list = entries();
    for (const at of ['2026-01-01T00:01:01Z', '1970-01-01T00:00:00Z', '2099-12-31T23:59:59Z']) {
      await writeDeterministicZip(join(dir, 'ours.zip'), list, at);
      await archiverZip(join(dir, 'theirs.zip'), list, at);
      expect(readFileSync(join(dir, 'ours.zip')).equals(readFileSync(join(dir, 'theirs.zip'))), at).toBe(true);
    }
  });

  it.skipIf(spawnSync('unzip', ['-v']).status !== 0)('passes unzip -t', async () => {
    await writeDeterministicZip(join(dir, 'ours.zip'), entries(), '2026-01-01T00:00:00Z');
    const r = spawnSync('unzip', ['-t', join(dir, 'ours.zip')], { encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain('No errors detected');
  });

  it('aborts, leaving nothing, when a file no longer has its recorded digest', async () => {
    const list = entries();
    writeFileSync(list[1]!.source, 'changed');
    const out = join(dir, 'changed.zip');
    await expect(writeDeterministicZip(out, list, '2026-01-01T00:00:00Z'))
      .rejects.toMatchObject({ code: 'capsule_source_changed' });
    expect(() => statSync(out)).toThrow();
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).not.toContain('.tmp');
  });

  it('refuses entries out of byte order', async () => {
    const [a, b] = entries();
    await expect(writeDeterministicZip(join(dir, 'x.zip'), [b!, a!], '2026-01-01T00:00:00Z'))
      .rejects.toMatchObject({ code: 'capsule_entries_unsorted' });
  });
});
