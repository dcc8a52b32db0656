import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, createDeflateRaw } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableJson } from '../../src/json/write.js';
import { comparePaths } from '../../src/zip/canonical.js';
import { buildTinyCapsule, tempDir } from '../prove/build-capsule.js';
import { buildRawZip, type RawEntry } from '../zip/zip-bytes.js';
import { openCapsule } from '../../src/zip/opened.js';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';

/**
 * A capsule of a few MiB whose event log is one 1.5 GiB line (deflate level 1 of one byte
 * repeated: a ratio of ~230, under the bomb cap, so it is inflated and hashed, not refused by
 * its declared size). verify must refuse the line by name, in bounded memory.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const LINE_BYTES = 1.5 * 1024 ** 3;

let capsulePath: string;

/** One line of LINE_BYTES 'a's and a newline, deflated as it is made: crc, sha256 and the compressed bytes. */
async function deflatedLine(): Promise<{ deflated: Buffer; crc: number; sha256: string; size: number }> {
  const deflate = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const block = Buffer.alloc(1 << 20, 0x61);
  const hash = createHash('sha256');
  let crc = 0;
  for (let written = 0; written < LINE_BYTES; written += block.length) {
    hash.update(block);
    crc = crc32(block, crc);
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  }
  const nl = Buffer.from('\n');
  hash.update(nl);
  crc = crc32(nl, crc);
  deflate.end(nl);
  await done;
  return { deflated: Buffer.concat(out), crc: crc >>> 0, sha256: hash.digest('hex'), size: LINE_BYTES + 1 };
}

beforeAll(async () => {
  const dir = tempDir('capsule-long-line-');
  const tiny = await openCapsule(await buildTinyCapsule(dir), DEFAULT_LIMITS);
  const base = await Promise.all(tiny.entries.map(async (e) => ({ name: e.record.name, data: await tiny.readEntry(e, 1 << 20) })));
  tiny.close();
  const line = await deflatedLine();
  const events: RawEntry = { name: 'evidence/events.jsonl', data: Buffer.alloc(0), method: 8, deflated: line.deflated, crc32: line.crc, uncompressedSize: line.size };
  const manifestEntry = base.find((e) => e.name === 'agipack-manifest.json')!;
  const manifest = JSON.parse(manifestEntry.data.toString('utf8'));
  manifest.entries = [...manifest.entries, { path: 'evidence/events.jsonl', sha256: line.sha256, size_bytes: line.size }].sort((a: { path: string }, b: { path: string }) => comparePaths(a.path, b.path));
  manifest.entry_count = manifest.entries.length;
  const entries = [...base.filter((e) => e !== manifestEntry), { name: 'agipack-manifest.json', data: Buffer.from(stableJson(manifest)) }, events]
    .sort((a, b) => comparePaths(a.name as string, b.name as string));
  capsulePath = join(dir, 'long-line.agipack');
  writeFileSync(capsulePath, buildRawZip(entries));
}, 300_000);

describe('an event log of one 1.5 GiB line inside a capsule', () => {
  it('is refused by name (line_too_long) in at most 256 MiB of memory, no crash', () => {
    expect(readFileSync(capsulePath).length).toBeLessThan(16 * 1024 ** 2);
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, 'verify', capsulePath, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr.slice(-2000)).toBe(1);
    const report = JSON.parse(r.stdout) as { checks: { id: string; status: string; summary: string }[] };
    const chain = report.checks.find((c) => c.id === 'event_chain_valid');
    expect(chain?.status).toBe('fail');
    expect(chain?.summary).toMatch(/line_too_long/);
    expect(report.checks.find((c) => c.id === 'capsule_entry_hashes_match')?.status).toBe('pass');
    const rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)![1]);
    expect(rssKiB / 1024).toBeLessThanOrEqual(256);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 300_000);
});
