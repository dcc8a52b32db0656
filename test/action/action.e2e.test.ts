import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runActionScript, zipEntries, type ActionRun, type RunnerSetup } from './runner.js';
import { startArtifactService, type ArtifactService } from './servers/artifact-service.js';
import { startGitHubApi, type FakeGitHub } from './servers/github-api.js';
import { bootableKernel, fakeUbuntuApt, UBUNTU_RELEASE } from '../execute/qemu/fake-apt.js';

// The committed action bundle, run as the runner runs it: `node dist/index.js` with INPUT_* and
// the runner's files and services (here local fakes). The engine inside is the real one.
const ACTION = path.resolve(process.env.CAPSULE_ACTION ?? 'dist/index.js');
const VERIFY_ACTION = path.join(path.dirname(ACTION), 'verify', 'index.js');
const REVIEW_CHECK_ACTION = path.join(path.dirname(ACTION), 'review-check', 'index.js');
const WORKSPACE = process.cwd();
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

// A real kernel to repackage as Ubuntu's for the provisioning test (none: that test is skipped).
const vmKernel = bootableKernel();
if (!vmKernel) console.warn('action provisioning test skipped: no unpacked guest kernel to repackage (run scripts/guest-kernel.sh)');
let artifacts: ArtifactService;
let github: FakeGitHub;

/** Runs the action in a child process with the fake services of this file. */
function runAction(inputs: Record<string, string>, setup: Partial<RunnerSetup> = {}, script = ACTION, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  return runActionScript(script, { workspace: WORKSPACE, artifacts, github, inputs: { 'github-token': 'ghs_test', ...inputs }, ...setup }, extraEnv);
}

beforeAll(async () => {
  artifacts = await startArtifactService();
  github = await startGitHubApi('octo/proof', ['v0.1.0']);
});

afterAll(async () => {
  await artifacts?.close();
  await github?.close();
});

describe('dist/index.js (the action as the runner runs it)', () => {
  it('runs examples/hello to a promoted, signed capsule, uploads it and attaches it to the release', async () => {
    const run = await runAction({ bundle: 'examples/hello/bundle.json', executor: 'process', 'artifact-name': 'hello-capsule', 'release-tag': 'v0.1.0' });
    expect(run.code, run.stdout).toBe(0);
    const capsule = fs.readFileSync(run.outputs['capsule-path']!);
    expect(run.outputs['capsule-sha256']).toBe(sha256(capsule));
    expect(run.outputs.decision).toBe('promote');
    expect(run.outputs['evidence-class']).toMatch(/AUTHORITATIVE/);
    expect(fs.existsSync(run.outputs['signature-path']!)).toBe(true);

    const stored = artifacts.artifacts.find((a) => a.name === 'hello-capsule')!;
    expect(run.outputs['artifact-id']).toBe(String(stored.id));
    const entries = await zipEntries(stored.bytes);
    expect(sha256(entries.get(path.basename(run.outputs['capsule-path']!))!)).toBe(sha256(capsule));

    const asset = github.releases[0]!.assets.find((a) => a.name === path.basename(run.outputs['capsule-path']!))!;
    expect(sha256(asset.bytes)).toBe(sha256(capsule));
    expect(run.summary.startsWith('## ✅ Promote')).toBe(true);
    expect(run.summary).toMatch(/### Timeline \(\d+ ms\)\n\n✅ validate \d+ ms → /);
    // One count of gates in the summary: the bundle's validations are not called gates.
    expect(run.summary).not.toMatch(/\d+\/\d+ gate\(s\) passed/);
    expect(run.stdout).toContain('::group::validate');
  });

  it('fails the check on the failing example (block), and passes it with fail-on: never', async () => {
    // The bundle input takes a folder as well as its bundle.json.
    const blocked = await runAction({ bundle: 'examples/failing', executor: 'process', upload: 'false', redact: 'simulated' });
    expect(blocked.code, blocked.stdout).not.toBe(0);
    expect(blocked.outputs.decision).toBe('block');
    expect(blocked.summary.startsWith('## ⛔ Block')).toBe(true);
    // Why, then the job's own stderr (redacted), before any table or collapsed block.
    const why = blocked.summary.indexOf('**Why:**');
    const tail = blocked.summary.indexOf('**The job failed:** the job exited with code 3. Its stderr (`logs/stderr.log`, redacted):\n\n```text\nfailing: [REDACTED] error\n```');
    expect(why).toBeGreaterThan(0);
    expect(tail).toBeGreaterThan(why);
    expect(tail).toBeLessThan(blocked.summary.indexOf('### '));
    expect(blocked.summary).not.toContain('simulated');
    const tolerated = await runAction({ bundle: 'examples/failing/bundle.json', executor: 'process', upload: 'false', 'fail-on': 'never' });
    expect(tolerated.code, tolerated.stdout).toBe(0);
    expect(tolerated.outputs.decision).toBe('block');
  });

  it('updates its one PR comment on a re-run instead of adding another', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await runAction({ bundle: 'examples/hello/bundle.json', executor: 'process', upload: 'false', 'comment-on-pr': 'true', 'artifact-name': 'pr-gate' }, { pullRequest: 12 });
      expect(run.code, run.stdout).toBe(0);
    }
    const comments = github.comments.get(12)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- proof-capsule:pr-gate -->')).toBe(true);
    expect(comments[0]!.updates).toBe(1);
  });

  it('annotates every problem of an invalid bundle at its file, line and column', async () => {
    const run = await runAction({ bundle: 'test/fixtures/action/invalid-bundle/bundle.json', upload: 'false' });
    expect(run.code).not.toBe(0);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    for (const a of annotations) expect(a).toMatch(/^::error title=bundle_invalid%3A bundle\.json,file=test\/fixtures\/action\/invalid-bundle\/bundle\.json,line=\d+,col=\d+::/);
    expect(annotations.some((a) => a.includes('line=9,col=') && a.includes('colour'))).toBe(true);
    expect(annotations.some((a) => a.includes('line=15,') && a.includes('maxRunSeconds'))).toBe(true);
    expect(run.summary.startsWith('## ❌ Proof capsule: no decision')).toBe(true);
    expect(run.summary).toMatch(/test\/fixtures\/action\/invalid-bundle\/bundle\.json:9:\d+` \/metadata\/colour/);
  });

  it('runs the embedded example for a bare `uses:`, skipping the upload with a notice where there is no artifact service', async () => {
    const run = await runAction({}, { artifacts: undefined });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::notice::Artifact upload skipped/m);
    expect(run.outputs['artifact-id']).toBe('');
    expect(run.outputs.decision).toBe('promote');
  });

  it('manual-review (examples/train) with fail-on: block: a ::warning:: and a summary line, a green check; retention-days 400 reaches the artifact service unchanged', async () => {
    const run = await runAction({ bundle: 'examples/train/bundle.json', executor: 'process', 'artifact-name': 'train-capsule', 'retention-days': '400', 'fail-on': 'block' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.decision).toBe('manual-review');
    expect(run.stdout).toMatch(/^::warning::Manual review needed before promotion: .+this check stays green \(fail-on: block\)/m);
    expect(run.summary).toMatch(/> \[!WARNING\]\n> Manual review needed before promotion/);
    const stored = artifacts.artifacts.find((a) => a.name === 'train-capsule')!;
    const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(399);
    expect(days).toBeLessThanOrEqual(400);
  });

  it.skipIf(!vmKernel)('executor: qemu on a runner without a guest kernel: provisions one through @actions/exec, in a log group, and runs examples/hello in the VM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'action-e2e-provision-'));
    const apt = fakeUbuntuApt(path.join(dir, 'apt'), vmKernel!);
    const kernels = path.join(dir, 'empty-kernel-dir');
    fs.mkdirSync(kernels);
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = await runAction({ executor: 'qemu', upload: 'false' }, {}, ACTION, {
      PATH: `${apt.bin}:${process.env.PATH}`,
      CAPSULE_OS_RELEASE: apt.osRelease,
      CAPSULE_GUEST_KERNEL_DIR: kernels,
      XDG_CACHE_HOME: path.join(dir, 'xdg'),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^::group::Unpack a guest kernel \(guest-kernel\.sh cloud\)$/m);
    expect(run.stdout).toContain(`sh ${path.resolve('scripts', 'guest-kernel.sh')} cloud`);
    expect(run.stdout).toMatch(/^\[command\]\S*sh \S+guest-kernel\.sh cloud$/m);
    expect(apt.calls()).toContain(`apt-get download -q linux-image-${UBUNTU_RELEASE}`);
    expect(run.outputs.decision).toBe('promote');
    const runArtifact = JSON.parse(fs.readFileSync(path.join(run.outputs['run-dir']!, 'agentplane', 'run-artifact.json'), 'utf8')) as Record<string, unknown>;
    // The provisioned kernel, by its bytes; recorded under the guest-kernel folder's name, not this machine's path.
    const vmlinuz = path.join(kernels, UBUNTU_RELEASE, 'boot', `vmlinuz-${UBUNTU_RELEASE}`);
    const details = (runArtifact['x-proofcapsule'] as { details: { kernel: Record<string, unknown> } }).details;
    expect(details.kernel).toMatchObject({
      boot_path: `<guest-kernels>/${UBUNTU_RELEASE}/boot/vmlinuz-${UBUNTU_RELEASE}`,
      sha256: sha256(fs.readFileSync(vmlinuz)),
    });
    expect(JSON.stringify(runArtifact)).toContain('qemu-system-x86_64');
  }, 240_000);

  it('review-check action: fails on an environment without required reviewers, with instructions; passes once it has them', async () => {
    github.environments.set('capsule-review', {});
    const open = await runAction({ environment: 'capsule-review' }, {}, REVIEW_CHECK_ACTION);
    expect(open.code).not.toBe(0);
    expect(open.stdout).toMatch(/^::error::review environment "capsule-review" in octo\/proof has no required reviewers.*settings\/environments/m);
    github.environments.set('capsule-review', { reviewers: [{ type: 'User', login: 'alice' }], preventSelfReview: true });
    const guarded = await runAction({ environment: 'capsule-review' }, {}, REVIEW_CHECK_ACTION);
    expect(guarded.code, guarded.stdout).toBe(0);
    expect(guarded.outputs.reviewers).toBe('alice');
    expect(guarded.summary).toContain('Review environment `capsule-review`: required reviewers `alice`.');
  });

  it('verify action: passes the uploaded capsule under a policy anchoring its key, fails without an anchor, says "integrity only" when unanchored on purpose, fails a tampered one', async () => {
    const made = await runAction({ bundle: 'examples/hello/bundle.json', executor: 'process', 'artifact-name': 'to-verify', 'fail-on': 'never' });
    expect(made.code, made.stdout).toBe(0);
    const policy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-')), 'trust.json');
    fs.writeFileSync(policy, JSON.stringify({ schema: 'agilab.proof_capsule_trust_policy.v1', allowed_public_key_sha256: [made.outputs['public-key-sha256']] }));

    const verified = await runAction({ 'artifact-name': 'to-verify', 'trust-policy': policy }, {}, VERIFY_ACTION);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.outputs.status).toBe('pass');
    expect(verified.summary.startsWith('## ✅ Capsule verified')).toBe(true);
    expect(verified.summary).toContain('| capsule_signature_cryptographic_valid | ✅ pass |');

    // The same dev-signed capsule with no anchor: the gate is closed unless opened on purpose.
    const unanchored = await runAction({ 'artifact-name': 'to-verify' }, {}, VERIFY_ACTION);
    expect(unanchored.code).not.toBe(0);
    expect(unanchored.stdout).toContain('input "trust-policy" or "public-key" must name a trust anchor');
    expect(unanchored.summary).not.toMatch(/verified|AUTHORITATIVE/);
    const integrityOnly = await runAction({ 'artifact-name': 'to-verify', 'allow-unanchored': 'true' }, {}, VERIFY_ACTION);
    expect(integrityOnly.code, integrityOnly.stdout).toBe(0);
    expect(integrityOnly.summary.startsWith('## ⚠️ Integrity only: origin not verified')).toBe(true);
    expect(integrityOnly.summary).not.toContain('Capsule verified');
    expect(integrityOnly.outputs['evidence-class']).toBe('NON_AUTHORITATIVE_EVIDENCE');

    const tampered = path.join(path.dirname(policy), path.basename(made.outputs['capsule-path']!));
    const bytes = fs.readFileSync(made.outputs['capsule-path']!);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(tampered, bytes);
    const rejected = await runAction({ capsule: tampered, signature: made.outputs['signature-path']!, 'trust-policy': policy }, {}, VERIFY_ACTION);
    expect(rejected.code).not.toBe(0);
    expect(rejected.outputs.status).toBe('fail');
    expect(rejected.summary.startsWith('## ❌ Capsule failed verification')).toBe(true);
  });
});
