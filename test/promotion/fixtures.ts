import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunRecord } from '../../src/record/types.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import type { RunManifest } from '../../src/manifest/types.js';

/** The promotion fixtures: one run folder holding several manifests that differ in one fact each. */
export const RUN_DIR = resolve('test/fixtures/promotion/run');
export const POLICY_DIR = resolve('test/fixtures/promotion/policies');

export const MANIFESTS = {
  pass: 'run_manifest.json',
  fail: 'fail_manifest.json',
  timeout: 'timeout_manifest.json',
  prod: 'prod_manifest.json',
  humanGate: 'human_gate_manifest.json',
  stagingDevKey: 'staging_dev_key_manifest.json',
  partial: 'partial_evidence_manifest.json',
  agilab: 'agilab_manifest.json',
} as const;

export function manifestPath(name: keyof typeof MANIFESTS): string {
  return resolve(RUN_DIR, MANIFESTS[name]);
}

export function readManifest(name: keyof typeof MANIFESTS): RunManifest {
  return JSON.parse(readFileSync(manifestPath(name), 'utf8')) as RunManifest;
}

export function recordOf(name: keyof typeof MANIFESTS): RunRecord {
  const path = manifestPath(name);
  return { manifest: readManifest(name), manifestPath: path, manifestSha256: sha256Hex(readFileSync(path)), createdAt: '2026-11-20T10:00:03Z', files: [] };
}
