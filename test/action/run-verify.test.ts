import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { VerificationReport, VerifyOptions } from '../../src/verify/report.js';
import { fakePipelineResult } from './pipeline-result.js';
import { cleanBaseEnv, parseOutputFile, runnerEnv, type RunnerSetup } from './runner.js';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.js';

// The verify adapter in-process with a fake verifier; artifacts come from the fake artifact service.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-adapter-'));
const originalEnv = { ...process.env };
let artifacts: ArtifactService;
let runVerify: typeof import('../../src/action/run-verify.js').runVerify;
let uploadCapsule: typeof import('../../src/action/upload.js').uploadCapsule;
const calls: { path: string; options: VerifyOptions }[] = [];

function verifier(status: 'pass' | 'fail') {
  return {
    async verifyCapsule(capsulePath: string, options: VerifyOptions): Promise<VerificationReport> {
      calls.push({ path: capsulePath, options });
      return {
        schema: 'agilab.proof_capsule_verification.v1',
        status,
        capsule: { path: capsulePath, sha256: 'd'.repeat(64), size_bytes: 10 },
        strict: true,
        checks: [
          { id: 'capsule_exists', status: 'pass', summary: 'found', details: {} },
          { id: 'capsule_trust_policy_allows_public_key', status: status, summary: status === 'pass' ? 'anchored' : 'key not in policy', details: {} },
        ],
        warnings: [],
        evidence_class: 'AUTHORITATIVE_EVIDENCE',
        origin: { verified: true, public_key_sha256: 'a'.repeat(64), summary: 'origin verified' },
      };
    },
  };
}

async function run(status: 'pass' | 'fail', inputs: Record<string, string>, setup: Partial<RunnerSetup> = {}) {
  process.env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, workspace: tmp, inputs, artifacts, ...setup }) };
  process.exitCode = undefined;
  const report = await runVerify(verifier(status), { workspace: tmp, runnerTemp: tmp, actionRoot: '/opt/proof-capsule' });
  const result = { report, outputs: parseOutputFile(path.join(tmp, 'output.txt')), summary: fs.readFileSync(path.join(tmp, 'summary.md'), 'utf8'), exitCode: process.exitCode };
  process.exitCode = undefined;
  return result;
}

beforeAll(async () => {
  artifacts = await startArtifactService();
  process.env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, workspace: tmp, inputs: {}, artifacts }) };
  ({ runVerify } = await import('../../src/action/run-verify.js'));
  ({ uploadCapsule } = await import('../../src/action/upload.js'));
});

afterAll(async () => {
  process.env = originalEnv;
  await artifacts.close();
});

describe('runVerify', () => {
  it('verifies a capsule path strictly with the signature beside it, and lists every check', async () => {
    const made = fakePipelineResult(path.join(tmp, 'local'), 'promote');
    const { outputs, summary, exitCode } = await run('pass', { capsule: 'local/hello.agipack', 'trust-policy': 'trust.json' });
    expect(calls.at(-1)).toEqual({ path: made.capsulePath, options: { signaturePath: made.signaturePath, trustPolicyPath: path.join(tmp, 'trust.json'), requireSignature: true, strict: true } });
    expect(outputs).toMatchObject({ status: 'pass', 'evidence-class': 'AUTHORITATIVE_EVIDENCE' });
    expect(summary.startsWith('## ✅ Capsule verified')).toBe(true);
    expect(summary).toContain('| capsule_trust_policy_allows_public_key | ✅ pass | anchored |');
    expect(exitCode).toBeUndefined();
  });

  it('fails the check naming the failed checks', async () => {
    fakePipelineResult(path.join(tmp, 'local'), 'promote');
    const { summary, exitCode, outputs } = await run('fail', { capsule: 'local/hello.agipack', 'trust-policy': 'trust.json', 'require-signature': 'false' });
    expect(calls.at(-1)!.options.requireSignature).toBe(false);
    expect(exitCode).toBe(1);
    expect(outputs.status).toBe('fail');
    expect(summary.startsWith('## ❌ Capsule failed verification: `capsule_trust_policy_allows_public_key`')).toBe(true);
  });

  it('downloads the capsule from an artifact of this run', async () => {
    const made = fakePipelineResult(path.join(tmp, 'uploaded'), 'promote');
    await uploadCapsule({ enabled: true, name: 'to-verify', files: [made.capsulePath, made.signaturePath] });
    const { outputs } = await run('pass', { 'artifact-name': 'to-verify', 'public-key': 'signer.pub.pem' });
    const verified = calls.at(-1)!;
    expect(path.basename(verified.path)).toBe('hello.agipack');
    expect(fs.readFileSync(verified.path).equals(fs.readFileSync(made.capsulePath))).toBe(true);
    expect(verified.options.signaturePath).toBe(`${verified.path}.sig.json`);
    expect(verified.options.publicKeyPaths).toEqual([path.join(tmp, 'signer.pub.pem')]);
    expect(outputs['capsule-path']).toBe(verified.path);
    const declared = Object.keys((parse(fs.readFileSync('verify/action.yml', 'utf8')) as { outputs: object }).outputs);
    expect(Object.keys(outputs).sort()).toEqual(declared.sort());
  });

  it('fails without a trust anchor: a gate must not be open by default', async () => {
    fakePipelineResult(path.join(tmp, 'local'), 'promote');
    const before = calls.length;
    await expect(run('pass', { capsule: 'local/hello.agipack' })).rejects.toThrow(
      'input "trust-policy" or "public-key" must name a trust anchor: without one a capsule signed by any key passes (set "allow-unanchored: true" to check integrity only)',
    );
    expect(calls.length).toBe(before);
  });

  it('allow-unanchored checks integrity only, demands no origin, and never says "verified"', async () => {
    fakePipelineResult(path.join(tmp, 'local'), 'promote');
    const unanchored = {
      async verifyCapsule(capsulePath: string, options: VerifyOptions): Promise<VerificationReport> {
        const report = await verifier('pass').verifyCapsule(capsulePath, options);
        const origin = { verified: false, public_key_sha256: null, summary: 'origin not verified: no trust anchor was given; this verifies integrity only' };
        return { ...report, evidence_class: 'NON_AUTHORITATIVE_EVIDENCE', origin };
      },
    };
    process.env = { ...cleanBaseEnv(), ...runnerEnv({ tmp, workspace: tmp, inputs: { capsule: 'local/hello.agipack', 'allow-unanchored': 'true' }, artifacts }) };
    await runVerify(unanchored, { workspace: tmp, runnerTemp: tmp, actionRoot: '/opt/proof-capsule' });
    expect(calls.at(-1)!.options.requireSignature).toBe(false);
    const summary = fs.readFileSync(path.join(tmp, 'summary.md'), 'utf8');
    expect(summary.startsWith('## ⚠️ Integrity only: origin not verified\n')).toBe(true);
    expect(summary).toContain('**Origin:** origin not verified: no trust anchor was given');
    expect(summary).not.toContain('Capsule verified');
    expect(process.exitCode).toBeUndefined();
  });

  it('asks for exactly one of capsule and artifact-name', async () => {
    await expect(run('pass', {})).rejects.toThrow('input "capsule" or "artifact-name": give exactly one');
    await expect(run('pass', { capsule: 'a.agipack', 'artifact-name': 'x' })).rejects.toThrow('give exactly one');
  });
});
