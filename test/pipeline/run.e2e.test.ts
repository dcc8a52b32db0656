import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schemas/registry.js';

/** `capsule run` as a user runs it: the built CLI, a clean working folder, no network. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'capsule-run-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface RunOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  json: { decision: { decision: string; reason: string }; capsulePath: string; signaturePath: string; runDir: string; evidenceClass: string; verification: { status: string; checks: { id: string; status: string }[] } };
}

function capsule(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? scratch, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 120_000 });
}

function run(bundle: string, out: string, env?: NodeJS.ProcessEnv): RunOutcome {
  const r = capsule(['run', bundle, '--out', out, '--json'], { env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: JSON.parse(r.stdout) };
}

/** Every regular file under dir, relative. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('capsule run (README command, embedded default)', () => {
  it('runs examples/hello with no arguments, offline, and leaves a verifying dev-signed capsule with decision promote', () => {
    const cwd = mkdtempSync(join(scratch, 'default-'));
    const r = capsule(['run'], { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Decision: {2}PROMOTE/);
    expect(r.stdout).toMatch(/dev-signed/);
    // Verified under the policy the run wrote for its own key: the class is said to be self-attested.
    expect(r.stdout).toMatch(/^Evidence: {2}AUTHORITATIVE_EVIDENCE under the run's own local trust policy \(self-attested/m);
    for (const stage of ['validate', 'place', 'run', 'collect', 'gate', 'seal', 'prove', 'sign', 'verify', 'decide']) expect(r.stderr).toContain(`[${stage.padEnd(8)}]`);
    const [runDir] = readdirSync(join(cwd, 'out'));
    const capsulePath = join(cwd, 'out', runDir!, 'hello.agipack');
    const v = capsule(['verify', capsulePath, '--trust-policy', join(cwd, 'out', runDir!, 'keys', 'trust-policy.local.json'), '--strict', '--json'], { cwd });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(JSON.parse(v.stdout).evidence_class).toBe('AUTHORITATIVE_EVIDENCE');
    expect(execFileSync('unzip', ['-t', capsulePath], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});

describe('capsule run: evidence under the caller\'s trust policy', () => {
  it('with --key and --trust-policy from keygen, the Evidence line states the class without the self-attested note', () => {
    const cwd = mkdtempSync(join(scratch, 'own-key-'));
    const keygen = capsule(['keygen', '--out', 'capsule-key.pem', '--trust-policy', 'trust-policy.json'], { cwd });
    expect(keygen.status, keygen.stderr).toBe(0);
    const r = capsule(['run', resolve(ROOT, 'examples/hello'), '--out', 'out', '--key', 'capsule-key.pem', '--trust-policy', 'trust-policy.json'], { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Evidence: {2}AUTHORITATIVE_EVIDENCE; capsule verification pass/m);
    expect(r.stdout).not.toMatch(/self-attested|dev-signed/);
  });
});

describe('capsule run: decisions', () => {
  it('failing: a verifying capsule whose decision is block, with the reason', () => {
    const out = join(scratch, 'failing');
    const r = run(resolve(ROOT, 'examples/failing'), out);
    expect(r.status).toBe(1);
    expect(r.json.decision.decision).toBe('block');
    expect(r.json.decision.reason).toMatch(/status is fail/);
    expect(r.json.verification.status).toBe('pass');
    const v = capsule(['verify', r.json.capsulePath, '--trust-policy', join(out, 'keys', 'trust-policy.local.json'), '--strict']);
    expect(v.status, v.stdout).toBe(0);
  });

  it('timeout: block with a timeout reason, and no process of the run is left alive', () => {
    const out = join(scratch, 'timeout');
    const r = run(resolve(ROOT, 'examples/timeout'), out);
    expect(r.status).toBe(1);
    expect(r.json.decision.decision).toBe('block');
    expect(r.json.decision.reason).toMatch(/timeout/);
    expect(r.json.verification.status).toBe('pass');
    const pids = ['grandchild.pid', 'daemon.pid'].map((f) => join(out, 'workspace', 'out', f)).filter(existsSync).map((f) => Number(readFileSync(f, 'utf8').trim()));
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) expect(existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '), `pid ${pid} still alive`).toBe(false);
  });

  it('an invalid bundle exits 2, names the file with line:column, and runs nothing', () => {
    const out = join(scratch, 'invalid');
    const r = capsule(['run', resolve(ROOT, 'test/fixtures/bundle/five-errors/bundle.json'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/five-errors\/bundle\.json:\d+:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an --out folder that already holds a run: evidence is never overwritten', () => {
    const out = join(scratch, 'failing');
    const before = readFileSync(join(out, 'evidence', 'events.jsonl'));
    const r = capsule(['run', resolve(ROOT, 'examples/hello'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/already holds files/);
    expect(readFileSync(join(out, 'evidence', 'events.jsonl')).equals(before)).toBe(true);
  });
});

describe('capsule run: secrets', () => {
  const SECRET = 'pc-secret-7f3a9b1c0d2e4f56';
  const BUNDLE_SECRET = 'bundle-env-secret-93c1e7a2';

  it('finds the secret value in no file of the capsule, no run-folder file and no log line', () => {
    const bundleDir = mkdtempSync(join(scratch, 'secret-bundle-'));
    writeFileSync(join(bundleDir, 'leak.sh'), [
      'mkdir -p out',
      'echo "token is $MY_TOKEN"',
      'echo "api key is $API_KEY" >&2',
      'echo "half: $(printf %s "$MY_TOKEN" | cut -c1-8)"',
      'echo ok > out/result.txt',
      'echo "$MY_TOKEN" > out/leaked.txt',
      '',
    ].join('\n'));
    writeFileSync(join(bundleDir, 'bundle.json'), JSON.stringify({
      apiVersion: 'proofcapsule.dev/v1',
      kind: 'Bundle',
      metadata: { name: 'secret-run', version: '1.0.0', createdAt: '2026-01-01T00:00:00Z', licensePolicy: { allowAGPL: false } },
      spec: {
        run: { argv: ['/bin/sh', 'leak.sh'], env: { API_KEY: BUNDLE_SECRET } },
        secrets: { required: ['MY_TOKEN'] },
        executor: { backendIntent: 'process' },
        outputs: [{ path: 'out/*.txt', kind: 'file' }],
        policy: { maxRunSeconds: 30, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
      },
    }, null, 2));
    const out = join(scratch, 'secret-out');
    const r = run(bundleDir, out, { MY_TOKEN: SECRET });
    // The job wrote the secret into an output: that output is left out and the run blocked.
    expect(r.json.decision.decision).toBe('block');
    expect(r.json.decision.reason + JSON.stringify(r.json)).toMatch(/leaked\.txt/);

    const unpacked = join(scratch, 'secret-unpacked');
    execFileSync('unzip', ['-q', r.json.capsulePath, '-d', unpacked]);
    const entries = files(unpacked);
    expect(entries.length).toBeGreaterThan(30);
    const scanned = [...entries, ...files(join(out, 'proof')), ...files(join(out, 'evidence')), ...files(join(out, 'logs')), join(out, 'run_manifest.json'), r.json.signaturePath];
    for (const file of scanned) {
      const text = readFileSync(file, 'latin1');
      expect(text.includes(SECRET), `${file} holds the secret`).toBe(false);
      expect(text.includes(BUNDLE_SECRET), `${file} holds the bundle env secret`).toBe(false);
    }
    for (const line of (r.stdout + r.stderr).split('\n')) expect(line.includes(SECRET) || line.includes(BUNDLE_SECRET)).toBe(false);
    expect(readFileSync(join(unpacked, 'logs', 'stdout.log'), 'utf8')).toContain('token is [REDACTED]');
    const manifest = JSON.parse(readFileSync(join(unpacked, 'run_manifest.snapshot.json'), 'utf8'));
    expect(manifest.proof_capsule.secrets.names).toEqual(['MY_TOKEN']);
    expect(manifest.command.env_overrides.API_KEY).toBe('<redacted>');
  });
});

describe('capsule run: documents', () => {
  it('every document the run writes validates against our schemas/', () => {
    const out = join(scratch, 'hello-docs');
    const r = run(resolve(ROOT, 'examples/hello'), out);
    expect(r.status, r.stderr).toBe(0);
    const pack = join(out, 'proof');
    const bySchema: [string, string][] = [
      ['run-manifest', join(out, 'run_manifest.json')],
      ['proof-pack', join(pack, 'agilab_proof_pack.json')],
      ['verification-report', join(pack, 'verification-report.json')],
      ['policy-report', join(pack, 'policy-report.json')],
      ['promotion-decision', join(pack, 'promotion', 'promotion_decision.json')],
      ['capsule-signature', r.json.signaturePath],
      ['run-evidence-manifest', join(out, 'evidence', 'run_evidence_manifest.json')],
      ['otel-trace', join(pack, 'otel-trace.json')],
      ['ro-crate-metadata', join(pack, 'ro-crate-metadata.json')],
      ['dsse-envelope', join(pack, 'provenance', 'provenance.intoto.dsse.json')],
      ['agentplane-run-artifact', join(out, 'agentplane', 'run-artifact.json')],
      ['agentplane-placement-decision', join(out, 'agentplane', 'placement-decision.json')],
      ['agentplane-placement-receipt', join(out, 'agentplane', 'placement-receipt.json')],
      ['agentplane-validation-artifact', join(out, 'agentplane', 'validation-artifact.json')],
    ];
    for (const [schema, file] of bySchema) {
      expect(validateAgainst(schema, JSON.parse(readFileSync(file, 'utf8'))), `${file} against ${schema}`).toEqual([]);
    }
    for (const line of readFileSync(join(out, 'evidence', 'events.jsonl'), 'utf8').trim().split('\n')) {
      expect(validateAgainst('chain-event', JSON.parse(line))).toEqual([]);
    }
  });

  it('replay --execute re-runs the capsule under the key that signed it and finds the same output hashes', () => {
    const capsulePath = join(scratch, 'hello-docs', 'hello.agipack');
    const refused = capsule(['replay', capsulePath, '--execute', '--json']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not run, because the capsule's origin is not verified: no trust anchor was given \(--trust-policy or --public-key\)\. Give/);
    const r = capsule(['replay', capsulePath, '--execute', '--json', '--public-key', join(scratch, 'hello-docs', 'keys', 'dev-signing-key.pub.pem')]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.executed.status).toBe('match');
    expect(result.executed.outputs.length).toBe(2);
  });

  it('replay refuses a capsule that does not verify, and unpacks nothing from it', () => {
    const src = join(scratch, 'hello-docs', 'hello.agipack');
    const bad = join(scratch, 'tampered.agipack');
    const bytes = readFileSync(src);
    bytes[bytes.length >> 1] ^= 0x01;
    writeFileSync(bad, bytes);
    const r = capsule(['replay', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/does not verify/);
  });
});
