import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';
import { FIXTURE_MANIFEST, tempDir } from './build-capsule.js';

/** The AGILAB fixture run with one more artifact, a folder `artifacts/out` holding these files. */
function runWithFolder(files: string[]): string {
  const run = join(tempDir('capsule-unpackable-'), 'run');
  cpSync(dirname(FIXTURE_MANIFEST), run, { recursive: true });
  for (const f of files) {
    mkdirSync(dirname(join(run, 'artifacts', 'out', f)), { recursive: true });
    writeFileSync(join(run, 'artifacts', 'out', f), 'x');
  }
  const manifest = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as RunManifest;
  manifest.artifacts.push({ exists: true, kind: 'data', name: 'out', path: 'artifacts/out', size_bytes: null });
  writeFileSync(join(run, 'run_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return join(run, 'run_manifest.json');
}

async function refused(manifest: string): Promise<CapsuleError> {
  const capsule = join(dirname(dirname(manifest)), 'run.agipack');
  const before = readdirSync(dirname(manifest)).sort();
  const err = await proveManifest(manifest, { exportPath: capsule }).then(
    () => { throw new Error('prove packed it'); },
    (e: unknown) => e as CapsuleError,
  );
  expect(err).toBeInstanceOf(CapsuleError);
  expect(err.location.file).toBe(manifest);
  expect(existsSync(capsule)).toBe(false);
  expect(readdirSync(dirname(manifest)).sort()).toEqual(before);
  return err;
}

describe('prove refuses up front the run files verify would refuse as capsule entries', () => {
  it.each([
    ['a Windows device name', ['aux.js'], '"artifacts/out/aux.js": segment "aux.js" is a reserved device name'],
    ['a trailing dot', ['notes.'], '"artifacts/out/notes.": segment "notes." ends in a dot or space'],
    ['a name over 512 bytes', [`${'d'.repeat(250)}/${'e'.repeat(250)}.txt`], '-byte name, longer than the 512 bytes'],
    ['two names one case-insensitive file system makes one', ['README', 'readme'],
      '"artifacts/out/readme": differs from "artifacts/out/README" only by case'],
  ])('%s: zip_entry_unsafe naming the manifest and the file, nothing written', async (_what, files, problem) => {
    const manifest = runWithFolder(files);
    const err = await refused(manifest);
    expect(err.code).toBe('zip_entry_unsafe');
    expect(err.message).toMatch(new RegExp(`^${manifest.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(err.message).toContain(problem);
    expect(err.message).toContain('no capsule was written');
  });

  it('a folder of portable names still packs and verifies (the check is not too strict)', async () => {
    const manifest = runWithFolder(['aux-notes.js', 'Readme.md', 'sub/con-fig.txt', 'café.txt']);
    const capsule = join(dirname(dirname(manifest)), 'ok.agipack');
    await proveManifest(manifest, { exportPath: capsule });
    const report = await verifyCapsule(capsule, { strict: true });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('so many files that the capsule manifest listing them passes the document cap: capsule_too_large', async () => {
    // Long names make each listed record ~600 bytes: ~28k files pass 16 MiB.
    const segment = 'n'.repeat(240);
    const count = Math.ceil(DEFAULT_LIMITS.maxDocumentBytes / 560);
    const files = Array.from({ length: count }, (_, i) => `${segment}/${String(i).padStart(6, '0')}-${segment}`);
    const err = await refused(runWithFolder(files));
    expect(err.code).toBe('capsule_too_large');
    expect(err.message).toContain(`the run has ${count + 3} files to pack; agipack-manifest.json, which lists them`);
    expect(err.message).toContain('above the 16777216 bytes capsule verify reads of a document');
  }, 120_000);
});
