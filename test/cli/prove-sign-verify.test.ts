import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_MANIFEST, tempDir } from '../prove/build-capsule.js';

const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let agipack: string;
let keyPath: string;
let keySha: string;

beforeAll(() => {
  dir = tempDir('capsule-cli-');
  agipack = join(dir, 'run.agipack');
  keyPath = join(dir, 'signing.pem');
});

describe('capsule CLI (built)', () => {
  it('keygen writes a 0600 key and prints its public key sha256', () => {
    const r = capsule('keygen', '--out', keyPath, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { public_key_sha256: string };
    keySha = out.public_key_sha256;
    expect(keySha).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(capsule('keygen', '--out', keyPath).code).toBe(2);
  });

  it('keygen without --json labels the key path and the public key sha256, and prints a trust policy anchoring it', () => {
    const other = join(dir, 'other.pem');
    const r = capsule('keygen', '--out', other);
    expect(r.code, r.stderr).toBe(0);
    const sha = /^Public key sha256: +([0-9a-f]{64})$/m.exec(r.stdout)?.[1];
    expect(sha).toBeDefined();
    expect(r.stdout).toMatch(new RegExp(`^Private key: +${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `, 'm'));
    const policyText = r.stdout.slice(r.stdout.indexOf('{'), r.stdout.indexOf('}') + 1);
    expect(JSON.parse(policyText)).toEqual({ schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [sha] });
  });

  it('prove --export twice gives identical bytes', () => {
    expect(capsule('prove', FIXTURE_MANIFEST, '--export', agipack, '--output-dir', join(dir, 'pack')).code).toBe(0);
    expect(capsule('prove', FIXTURE_MANIFEST, '--export', join(dir, 'again.agipack')).code).toBe(0);
    expect(readFileSync(agipack).equals(readFileSync(join(dir, 'again.agipack')))).toBe(true);
  });

  it('sign, then verify --strict --json under a matching trust policy passes with every check', () => {
    const s = capsule('sign', agipack, '--key', keyPath, '--signer', 'ci@example.org', '--issuer', 'https://ci.example.org');
    expect(s.code).toBe(0);
    // A second sign would replace the signature: refused, the file untouched, unless --force.
    const signature = readFileSync(`${agipack}.sig.json`);
    const again = capsule('sign', agipack, '--key', keyPath);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${agipack}.sig.json: already exists`);
    expect(readFileSync(`${agipack}.sig.json`).equals(signature)).toBe(true);
    expect(capsule('sign', agipack, '--key', keyPath, '--signer', 'ci@example.org', '--issuer', 'https://ci.example.org', '--force').code).toBe(0);
    const sha = execFileSync('sha256sum', [agipack], { encoding: 'utf8' }).split(' ')[0];
    const policy = join(dir, 'trust.json');
    writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [keySha], allowed_signers: ['ci@example.org'], allowed_issuers: ['https://ci.example.org'], expected_subject_sha256: [sha] }));
    const v = capsule('verify', agipack, '--trust-policy', policy, '--strict', '--json');
    expect(v.code).toBe(0);
    const report = JSON.parse(v.stdout) as { status: string; checks: { id: string; status: string }[] };
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => c.id)).toEqual(expect.arrayContaining([
      'capsule_exists', 'zip_readable', 'archive_paths_safe', 'capsule_manifest_present', 'capsule_manifest_schema_supported',
      'capsule_entries_valid', 'capsule_entry_inventory_matches', 'capsule_entry_hashes_match', 'run_manifest_snapshot_valid',
      'proof_pack_manifest_valid', 'capsule_signature_present', 'capsule_signature_schema_supported', 'capsule_signature_subject_matches',
      'capsule_signature_key_supported', 'capsule_signature_cryptographic_valid', 'capsule_trust_policy_loaded', 'capsule_trust_policy_has_anchor',
      'capsule_trust_policy_has_key_anchor', 'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer',
      'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject', 'outputs_match_recorded_hashes',
    ]));
  });

  it('verify --strict exits 1 on a tampered capsule, naming the failed check', () => {
    const bytes = readFileSync(agipack);
    bytes[bytes.length - 30]! ^= 0x01;
    const tampered = join(dir, 'tampered.agipack');
    writeFileSync(tampered, bytes);
    writeFileSync(`${tampered}.sig.json`, readFileSync(`${agipack}.sig.json`));
    const r = capsule('verify', tampered, '--strict');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL +capsule_signature_subject_matches/);
  });

  it('an unpacked capsule is a valid run folder', () => {
    const unpacked = join(dir, 'unpacked');
    execFileSync('unzip', ['-q', agipack, '-d', unpacked]);
    const r = capsule('verify', join(unpacked, 'run_manifest.snapshot.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('pass');
  });
});
