import { cpSync, existsSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { PackOutput } from '../../src/prove/pack-output.js';
import { DEFAULT_LIMITS, refuseAboveTotalCap } from '../../src/zip/limits.js';
import { ZipWriter } from '../../src/zip/write.js';
import { FIXTURE_MANIFEST, tempDir } from './build-capsule.js';

const GiB = 1024 ** 3;

/** The AGILAB fixture run with sparse artifacts of these sizes (truncate: nothing is written to disk). */
function runWithSparse(sizes: number[]): string {
  const run = join(tempDir('capsule-total-cap-'), 'run');
  cpSync(dirname(FIXTURE_MANIFEST), run, { recursive: true });
  const manifest = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as RunManifest;
  sizes.forEach((size, i) => {
    const path = `artifacts/part-${i}.bin`;
    writeFileSync(join(run, path), '');
    truncateSync(join(run, path), size);
    manifest.artifacts.push({ exists: true, kind: 'data', name: `part-${i}`, path, size_bytes: size });
  });
  writeFileSync(join(run, 'run_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return join(run, 'run_manifest.json');
}

function refusal(fn: () => unknown): CapsuleError {
  try {
    fn();
  } catch (err) {
    return err as CapsuleError;
  }
  throw new Error('not refused');
}

describe('the capsule total cap prove holds a run to (the verifier\'s, one constant)', () => {
  it('is 16 GiB, and the check passes exactly at it and refuses one byte more', () => {
    expect(DEFAULT_LIMITS.maxTotalBytes).toBe(16 * GiB);
    const half = DEFAULT_LIMITS.maxTotalBytes / 2;
    const a = { path: 'a', size: half };
    expect(() => refuseAboveTotalCap([a, { path: 'b', size: half }], 'm.json', '')).not.toThrow();
    const err = refusal(() => refuseAboveTotalCap([a, { path: 'b', size: half + 1 }], 'm.json', ''));
    expect(err).toBeInstanceOf(CapsuleError);
    expect(err.code).toBe('capsule_too_large');
    expect(err.message).toMatch(/^m\.json: the files to pack add up to 17179869185 bytes/);
    expect(err.message).toContain('above the 17179869184 bytes (16.00 GiB) a capsule may hold in total');
    expect(err.message).toContain('Largest: b (8589934593 bytes), a (8589934592 bytes)');
  });

  it('refuses a run whose files add up to more before reading or writing any, naming manifest and files', async () => {
    // Three 6 GiB files: each under the 8 GiB per-entry cap, 18 GiB together.
    const manifest = runWithSparse([6 * GiB, 6 * GiB, 6 * GiB]);
    const dir = dirname(dirname(manifest));
    const capsule = join(dir, 'run.agipack');
    const before = readdirSync(dirname(manifest)).sort();
    const err = await proveManifest(manifest, { exportPath: capsule, outputDir: join(dir, 'pack') }).then(
      () => { throw new Error('prove packed an 18 GiB run'); },
      (e: unknown) => e as CapsuleError,
    );
    expect(err).toBeInstanceOf(CapsuleError);
    expect(err.code).toBe('capsule_too_large');
    expect(err.location.file).toBe(manifest);
    expect(err.message).toContain(`${manifest}: the files to pack add up to`);
    expect(err.message).toContain('artifacts/part-0.bin (6442450944 bytes)');
    expect(err.message).toContain('17179869184 bytes');
    expect(existsSync(capsule)).toBe(false);
    expect(existsSync(join(dir, 'pack'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['run']);
    // The run folder is as it was: nothing recorded is lost.
    expect(readdirSync(dirname(manifest)).sort()).toEqual(before);
    expect(statSync(join(dirname(manifest), 'artifacts', 'part-2.bin')).size).toBe(6 * GiB);
  });
});

describe('the archive is held to the total cap while documents are added', () => {
  it('refuses the document that would cross the cap, and no archive is left', async () => {
    const dir = tempDir('capsule-total-cap-docs-');
    const path = join(dir, 'x.agipack');
    const zip = new ZipWriter(path, '2026-03-14T09:27:41Z');
    const out = new PackOutput(null, zip, 'run_manifest.json', 100);
    await out.addDocument('a.json', 'x'.repeat(60));
    const err = await out.addDocument('b.json', 'y'.repeat(41)).then(() => null, (e: unknown) => e as CapsuleError);
    expect(err?.code).toBe('capsule_too_large');
    expect(err?.message).toContain('run_manifest.json: the files to pack add up to 101 bytes');
    expect(err?.message).toContain('Largest: a.json (60 bytes), b.json (41 bytes)');
    zip.abort();
    expect(existsSync(path)).toBe(false);
  });
});
