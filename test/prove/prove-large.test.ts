import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { openCapsuleFile } from '../../src/zip/file.js';
import { readZipLayout } from '../../src/zip/read.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { AGILAB_MODULES, agilabMissing, runAgilab } from '../agilab/oracle.js';
import { FIXTURE_MANIFEST, tempDir } from './build-capsule.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The AGILAB fixture run with one more artifact of `size` random bytes (above 32 MiB it is hashed on a worker). */
function runWithWeights(size: number): { manifest: string; weights: Buffer } {
  const run = join(tempDir('capsule-prove-large-'), 'run');
  cpSync(dirname(FIXTURE_MANIFEST), run, { recursive: true });
  const weights = randomBytes(size);
  writeFileSync(join(run, 'artifacts', 'weights.bin'), weights);
  const manifest = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as RunManifest;
  const weightsPath = 'artifacts/weights.bin';
  manifest.artifacts.push({ exists: true, kind: 'model', name: 'weights', path: weightsPath, size_bytes: size });
  writeFileSync(join(run, 'run_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest: join(run, 'run_manifest.json'), weights };
}

function fileOrder(capsule: string): string[] {
  const file = openCapsuleFile(capsule);
  try {
    const entries = [...readZipLayout(file).entries];
    return entries.sort((a, b) => a.localHeaderOffset - b.localHeaderOffset).map((e) => e.name);
  } finally {
    file.close();
  }
}

describe('prove of a large artifact', () => {
  it('packs it stored, read once, before the documents listing its digest; both verifiers accept it', async () => {
    const { manifest, weights } = runWithWeights(40 * 1024 ** 2 + 3);
    const dir = dirname(dirname(manifest));
    const capsule = join(dir, 'run.agipack');
    const result = await proveManifest(manifest, { exportPath: capsule, outputDir: join(dir, 'pack') });
    expect(result.limitations.filter((l) => l.includes('copy cap'))).toEqual([]);
    expect(result.capsuleManifest!.entries.find((e) => e.path === 'artifacts/weights.bin')).toEqual({
      path: 'artifacts/weights.bin', sha256: sha256(weights), size_bytes: weights.length,
    });
    const record = result.index.artifacts!.find((a) => a.name === 'weights');
    expect(record).toMatchObject({ packed: 'file', sha256: sha256(weights) });
    expect(readFileSync(join(dir, 'pack', 'artifacts', 'weights.bin')).equals(weights)).toBe(true);
    expect(result.sha256).toBe(sha256(readFileSync(capsule)));

    const order = fileOrder(capsule);
    expect(order.indexOf('artifacts/weights.bin')).toBeLessThan(order.indexOf('verification-report.json'));
    expect(order.slice(-2)).toEqual(['agilab_proof_pack.json', 'agipack-manifest.json']);
    const listing = execFileSync('unzip', ['-Z1', capsule], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual([...listing].sort());

    const report = await verifyCapsule(capsule, { strict: true });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    if (agilabMissing === null) {
      const agilab = await runAgilab(AGILAB_MODULES.contract, ['verify', capsule, '--strict']);
      expect(agilab.code, agilab.stdout + agilab.stderr).toBe(0);
    }
  });

  it('gives the same bytes twice', async () => {
    const { manifest } = runWithWeights(9 * 1024 ** 2);
    const dir = dirname(dirname(manifest));
    const a = await proveManifest(manifest, { exportPath: join(dir, 'a.agipack') });
    const b = await proveManifest(manifest, { exportPath: join(dir, 'b.agipack') });
    expect(a.sha256).toBe(b.sha256);
    expect(readFileSync(join(dir, 'a.agipack')).equals(readFileSync(join(dir, 'b.agipack')))).toBe(true);
  });

  it('references a file above the copy cap by its hash, and the capsule still verifies', async () => {
    const { manifest, weights } = runWithWeights(2 * 1024 ** 2);
    const capsule = join(dirname(dirname(manifest)), 'capped.agipack');
    const result = await proveManifest(manifest, { exportPath: capsule, copyCapBytes: 1024 ** 2 });
    expect(result.limitations.some((l) => l.includes('"artifacts/weights.bin"') && l.includes('copy cap'))).toBe(true);
    const record = result.index.artifacts!.find((a) => a.name === 'weights');
    expect(record).toMatchObject({ packed: 'referenced', sha256: sha256(weights) });
    expect(result.capsuleManifest!.entries.map((e) => e.path)).not.toContain('artifacts/weights.bin');
    const report = await verifyCapsule(capsule, { strict: true });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
});
