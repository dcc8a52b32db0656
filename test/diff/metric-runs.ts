import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
export const METRIC_BUNDLE = resolve('test/fixtures/baseline/metric');

export function capsule(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A signing key and a trust policy anchoring it, so every run of a test verifies under one policy. */
export function makeSigner(dir: string): { key: string; trustPolicy: string; publicKeySha256: string } {
  const key = join(dir, 'key.pem');
  const made = capsule('keygen', '--out', key, '--json');
  if (made.code !== 0) throw new Error(made.stderr);
  const publicKeySha256 = (JSON.parse(made.stdout) as { public_key_sha256: string }).public_key_sha256;
  const trustPolicy = join(dir, 'trust.json');
  writeFileSync(trustPolicy, JSON.stringify({ schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [publicKeySha256] }));
  return { key, trustPolicy, publicKeySha256 };
}

/** A copy of the metric bundle whose run reports `accuracy` (and records `note` in a plain env var). */
export function metricBundle(dir: string, name: string, accuracy: string, note = 'baseline-note'): string {
  const folder = join(dir, `bundle-${name}`);
  cpSync(METRIC_BUNDLE, folder, { recursive: true });
  const path = join(folder, 'bundle.json');
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { spec: { run: { env: Record<string, string> } } };
  bundle.spec.run.env = { ACCURACY: accuracy, RUN_NOTE: note };
  writeFileSync(path, JSON.stringify(bundle, null, 2));
  return folder;
}

/** Runs the metric bundle with `accuracy` to `<dir>/<name>/` and returns the capsule path. */
export function metricRun(dir: string, name: string, accuracy: string, signer: { key: string; trustPolicy: string }, extra: string[] = [], note?: string): { capsule: string; runDir: string; code: number | null; stdout: string; stderr: string } {
  const runDir = join(dir, name);
  const r = capsule('run', metricBundle(dir, name, accuracy, note), '--out', runDir, '--key', signer.key, '--trust-policy', signer.trustPolicy, '-q', ...extra);
  return { capsule: join(runDir, 'metric-from-env.agipack'), runDir, ...r };
}
