import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunRecord } from '../../src/record/types.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import type { RunManifest } from '../../src/manifest/types.js';

export const FIXTURES = path.resolve('test', 'fixtures', 'exports');

/** A RunRecord as `prove` builds it from one of the fixture manifests (createdAt = the run's finish). */
export function fixtureRecord(name: 'capsule' | 'agilab', edit?: (m: RunManifest) => void): RunRecord {
  const manifestPath = path.join(FIXTURES, `run_manifest.${name}.json`);
  const bytes = readFileSync(manifestPath);
  const manifest = JSON.parse(bytes.toString('utf8')) as RunManifest;
  edit?.(manifest);
  return {
    manifest,
    manifestPath: 'run_manifest.snapshot.json',
    manifestSha256: sha256Hex(bytes),
    createdAt: manifest.timing.finished_at,
    files: [{ path: 'reports/summary.csv', sha256: sha256Hex('when,rows\n'), size_bytes: 10 }],
  };
}

export function jsonOf(content: string | Buffer): Record<string, unknown> {
  return JSON.parse(content.toString()) as Record<string, unknown>;
}
