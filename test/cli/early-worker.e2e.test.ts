import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerVerify } from '../../src/cli/commands/verify.js';
import { VERIFY_VALUE_OPTIONS, verifyTargetOf } from '../../src/cli/early-worker.js';
import { stableJson } from '../../src/json/write.js';
import { writeGeneratedKey } from '../../src/keys/ed25519.js';
import type { RunManifest } from '../../src/manifest/types.js';
import { proveManifest } from '../../src/pipeline/prove-manifest.js';
import { signCapsule } from '../../src/sign/sign.js';
import { CAPSULE_CHECK_IDS, verifyCapsule } from '../../src/verify/capsule.js';
import { openCapsuleFile } from '../../src/zip/file.js';
import { readZipLayout } from '../../src/zip/read.js';
import { FIXTURE_MANIFEST, tempDir } from '../prove/build-capsule.js';

const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('the target the CLI entry reads from a verify argv (to start the hash worker early)', () => {
  it.each([
    [['verify', 'x.agipack'], 'x.agipack'],
    [['verify', '--strict', '--json', 'x.agipack'], 'x.agipack'],
    [['verify', '--signature', 's.sig.json', 'x.agipack', '--strict'], 'x.agipack'],
    [['verify', '--public-key', 'a.pem', '--public-key', 'b', '--trust-policy', 'p.toml', 'x.agipack'], 'x.agipack'],
    [['verify', '--signature=s.sig.json', 'x.agipack'], 'x.agipack'],
    [['verify', '--json', '--', '-x.agipack'], '-x.agipack'],
    [['verify', '--json'], null],
    [['prove', 'm.json', '--export', 'x.agipack'], null],
    [[], null],
  ])('%j names %j', (argv, target) => {
    expect(verifyTargetOf(argv)).toBe(target);
  });

  it('skips the value of exactly the verify options that take one', () => {
    const program = new Command();
    registerVerify(program);
    const verify = program.commands.find((c) => c.name() === 'verify')!;
    const taking = verify.options.filter((o) => o.required || o.optional).map((o) => o.long);
    expect([...VERIFY_VALUE_OPTIONS].sort()).toEqual(taking.sort());
  });
});

/** Large enough for the hash worker (WORKER_MIN_BYTES, 32 MiB): the entry starts it before the CLI loads. */
const LARGE = 40 * 1024 ** 2 + 5;

describe('verify of a large capsule with the worker started at the CLI entry (built CLI)', () => {
  let dir: string;
  let signed: string;
  let keyPem: string;
  beforeAll(async () => {
    dir = tempDir('capsule-early-worker-');
    const run = join(dir, 'run');
    cpSync(dirname(FIXTURE_MANIFEST), run, { recursive: true });
    writeFileSync(join(run, 'artifacts', 'weights.bin'), randomBytes(LARGE));
    const manifest = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as RunManifest;
    const weights = { exists: true, kind: 'model', name: 'weights', path: 'artifacts/weights.bin', size_bytes: LARGE };
    manifest.artifacts.push(weights);
    writeFileSync(join(run, 'run_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    signed = join(dir, 'run.agipack');
    await proveManifest(join(run, 'run_manifest.json'), { exportPath: signed, outputDir: join(dir, 'pack') });
    const key = writeGeneratedKey(join(dir, 'key.pem'));
    await signCapsule(signed, key, { signer: 'ci@example.org', issuer: 'https://ci.example.org', createdAt: '2026-03-14T09:30:00Z' });
    keyPem = join(dir, 'key.pub.pem');
    writeFileSync(keyPem, key.publicKeyPem);
  }, 120_000);

  it('reports exactly what the in-process verifier reports, checks in their fixed order', async () => {
    const r = capsule('verify', signed, '--strict', '--json', '--public-key', keyPem);
    expect(r.code).toBe(0);
    const report = await verifyCapsule(signed, { strict: true, publicKeyPaths: [keyPem] });
    expect(r.stdout).toBe(stableJson(report));
    expect(report.origin.verified).toBe(true);
    const ids = report.checks.map((c) => c.id);
    expect(ids).toEqual(CAPSULE_CHECK_IDS.filter((id) => ids.includes(id)));
    expect(ids).toContain('capsule_signature_cryptographic_valid');
  });

  it('a flipped byte in the large entry fails its hash; the checks needing it do not run, as in process', async () => {
    const tampered = join(dir, 'tampered.agipack');
    const bytes = readFileSync(signed);
    const file = openCapsuleFile(signed);
    const weights = readZipLayout(file).entries.find((e) => e.name === 'artifacts/weights.bin')!;
    file.close();
    bytes[weights.dataOffset + 12_345_678]! ^= 1;
    writeFileSync(tampered, bytes);
    const r = capsule('verify', tampered, '--json', '--public-key', keyPem, '--signature', `${signed}.sig.json`);
    expect(r.code).toBe(1);
    const report = await verifyCapsule(tampered, { publicKeyPaths: [keyPem], signaturePath: `${signed}.sig.json` });
    expect(r.stdout).toBe(stableJson(report));
    const status = new Map(report.checks.map((c) => [c.id, c.status]));
    expect(status.get('capsule_entry_hashes_match')).toBe('fail');
    expect(status.get('capsule_signature_subject_matches')).toBe('fail');
    expect(status.has('run_manifest_snapshot_valid')).toBe(false);
    expect(report.warnings).toContain('run_manifest_snapshot_valid not run: capsule_entry_hashes_match failed');
  });

  it('a large file that is no archive is hashed whole and fails (1), promptly, with the worker started', () => {
    const junk = join(dir, 'junk.agipack');
    const bytes = randomBytes(LARGE);
    writeFileSync(junk, bytes);
    const r = capsule('verify', junk, '--json');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(report).toMatchObject({ status: 'fail', capsule: { sha256, size_bytes: LARGE } });
    const [exists, readable] = report.checks;
    expect(exists).toMatchObject({ id: 'capsule_exists', status: 'pass' });
    expect(readable).toMatchObject({ id: 'zip_readable', status: 'fail' });
  });

  it('a usage error or --help on a large capsule exits as ever (2, 0), the started worker notwithstanding', () => {
    const bad = capsule('verify', signed, '--no-such-flag');
    expect(bad.signal).toBeNull();
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown option '--no-such-flag'");
    const help = capsule('verify', '-h', signed);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: capsule verify');
  });
});
