import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { verifyRunFolder } from '../../src/verify/run-folder.js';

import { FIXTURE_MANIFEST, tempDir as tmp } from './build-capsule.js';

describe('proveManifest', () => {
  it('gives byte-identical capsules for the same manifest, which unzip -t accepts', async () => {
    const dir = tmp();
    const a = await proveManifest(FIXTURE_MANIFEST, { exportPath: join(dir, 'a.agipack') });
    const b = await proveManifest(FIXTURE_MANIFEST, { exportPath: join(dir, 'b.agipack') });
    expect(readFileSync(join(dir, 'a.agipack')).equals(readFileSync(join(dir, 'b.agipack')))).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    const out = execFileSync('unzip', ['-t', join(dir, 'a.agipack')], { encoding: 'utf8' });
    expect(out).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-Z1', join(dir, 'a.agipack')], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toContain('agipack-manifest.json');
    expect(listing).toContain('run_manifest.snapshot.json');
    expect(listing).toContain('artifacts/metrics.json');
    expect(listing).toEqual([...listing].sort());
    expect(listing.some((n) => n.endsWith('/'))).toBe(false);
  });

  it('writes a pack dir whose files the capsule verifier accepts, and an unpacked capsule is a valid run folder', async () => {
    const dir = tmp();
    const capsule = join(dir, 'run.agipack');
    await proveManifest(FIXTURE_MANIFEST, { exportPath: capsule, outputDir: join(dir, 'pack') });
    const report = await verifyCapsule(capsule, { strict: true });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.status).toBe('pass');
    const unpacked = join(dir, 'unpacked');
    execFileSync('unzip', ['-q', capsule, '-d', unpacked]);
    const folder = await verifyRunFolder(join(unpacked, 'run_manifest.snapshot.json'));
    expect(folder.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(folder.checks.map((c) => c.id)).toContain('proof_pack_manifest_valid');
    const packReport = await verifyRunFolder(join(dir, 'pack'));
    expect(packReport.status).toBe('pass');
  });
});
