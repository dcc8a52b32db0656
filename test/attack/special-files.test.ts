import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../prove/build-capsule.js';

/**
 * An attacker with write access to the folder being verified puts a FIFO, a device or a socket
 * where the capsule, its signature, the trust policy, a public key, an event log or a recorded
 * output should be. Every command must end with a verdict or a refusal naming the file: before
 * the fix each of these opens or reads waited for ever (a FIFO no one writes to) or never ended
 * (/dev/zero), so each run here is given a deadline and a timeout is a failure.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const AGILAB_RUN = resolve('test/fixtures/capsule/agilab-run/run_manifest.json');
const DEADLINE_MS = 30_000;

let dir: string;
let agipack: string;
let policy: string;
let publicKey: string;
let runFolder: string;

function capsule(...args: string[]) {
  const options = { encoding: 'utf8', timeout: DEADLINE_MS, killSignal: 'SIGKILL' } as const;
  const r = spawnSync(process.execPath, [CLI, ...args], options);
  return { code: r.status, stdout: r.stdout, out: r.stdout + r.stderr, timedOut: r.status === null };
}

function mkfifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A listening Unix socket at `path`: open() of it fails (ENXIO), it must still be named. */
function socketAt(path: string): string {
  execFileSync('python3', ['-c', 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', path]);
  return path;
}

/** Ended on its own, neither a crash nor a stack trace. */
function ended(r: ReturnType<typeof capsule>): void {
  expect(r.timedOut, `still running after ${DEADLINE_MS / 1000} s`).toBe(false);
  expect(r.code, r.out).not.toBe(70);
  expect(r.out).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  dir = tempDir('capsule-special-');
  const key = join(dir, 'key.pem');
  const keygen = JSON.parse(capsule('keygen', '--out', key, '--json').stdout) as { public_key_sha256: string };
  publicKey = `${key}.pub`;
  agipack = join(dir, 'signed.agipack');
  expect(capsule('prove', AGILAB_RUN, '--export', agipack).code).toBe(0);
  expect(capsule('sign', agipack, '--key', key).code).toBe(0);
  policy = join(dir, 'trust.json');
  writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [keygen.public_key_sha256] }));
  const bundle = join(dir, 'bundle');
  mkdirSync(bundle);
  writeFileSync(join(bundle, 'job.sh'), 'mkdir -p out\necho hi > out/hi.txt\n');
  writeFileSync(join(bundle, 'bundle.json'), JSON.stringify({
    apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle',
    metadata: {
      name: 'special', version: '1.0.0', createdAt: '2026-01-01T00:00:00Z', licensePolicy: { allowAGPL: false },
    },
    spec: {
      run: { argv: ['/bin/sh', 'job.sh'] }, executor: { backendIntent: 'process' },
      outputs: [{ path: 'out/hi.txt', kind: 'file' }],
      validations: [{ label: 'exits 0', kind: 'exit-code', equals: 0 }],
      policy: { maxRunSeconds: 30, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
    },
  }));
  runFolder = join(dir, 'run');
  expect(capsule('run', join(bundle, 'bundle.json'), '--out', runFolder, '--executor', 'process').code).toBe(0);
}, 120_000);

describe('a FIFO, device or socket where verify expects a file', { timeout: 180_000 }, () => {
  it('the signed capsule verifies under its policy (so each case below fails for its own reason)', () => {
    for (const anchor of [['--trust-policy', policy], ['--public-key', publicKey]]) {
      const r = capsule('verify', agipack, ...anchor);
      expect(r.code, r.out).toBe(0);
    }
  });

  it.each([
    ['the signature found beside the capsule', (p: string) => ['verify', p, '--trust-policy', policy],
      'capsule_signature_present', '.sig.json'],
    ['the trust policy', (p: string) => ['verify', agipack, '--trust-policy', p],
      'capsule_trust_policy_loaded', 'trust'],
    ['a public key', (p: string) => ['verify', agipack, '--public-key', p], 'capsule_public_key_loaded', 'key'],
    ['the capsule', (p: string) => ['verify', p], 'capsule_exists', 'capsule'],
  ])('%s: fails that check, naming the file', (_what, args, check, role) => {
    for (const kind of ['fifo', 'device', 'socket'] as const) {
      const root = join(dir, `${check}-${kind}`);
      mkdirSync(root);
      const capsulePath = join(root, 'c.agipack');
      cpSync(agipack, capsulePath);
      let planted: string;
      if (role === '.sig.json') planted = `${capsulePath}.sig.json`;
      else if (role === 'capsule') planted = join(root, 'planted.agipack');
      else planted = join(root, `planted-${role}`);
      if (kind === 'fifo') mkfifo(planted);
      else if (kind === 'device') symlinkSync('/dev/zero', planted);
      else socketAt(planted);
      const r = capsule(...args(role === '.sig.json' ? capsulePath : planted));
      ended(r);
      expect(r.code, `${kind}: ${r.out}`).toBe(1);
      expect(r.out, kind).toMatch(new RegExp(`FAIL\\s+${check}: ${planted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('a pipe whose writer is slow to write is still read (process substitution)', () => {
    const options = { encoding: 'utf8', timeout: DEADLINE_MS } as const;
    const script = `"$0" "$1" verify "$2" --trust-policy <(sleep 1; cat "$3")`;
    const r = spawnSync('bash', ['-c', script, process.execPath, CLI, agipack, policy], options);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('view and replay end with the signature a FIFO: the page says it is unsigned, replay does not unpack', () => {
    const root = join(dir, 'view-replay');
    mkdirSync(root);
    const capsulePath = join(root, 'c.agipack');
    cpSync(agipack, capsulePath);
    mkfifo(`${capsulePath}.sig.json`);
    const view = capsule('view', capsulePath, '--trust-policy', policy);
    ended(view);
    expect(view.code, view.out).toBe(1);
    expect(readFileSync(`${capsulePath}.html`, 'utf8')).toContain('capsule_signature_present');
    const replay = capsule('replay', capsulePath, '--execute', '--trust-policy', policy);
    ended(replay);
    expect(replay.code, replay.out).toBe(2);
    expect(replay.out).toContain('FIFO');
  });

  it('chain verify of a FIFO is refused by name, exit 2', () => {
    const fifo = mkfifo(join(dir, 'events.jsonl'));
    const r = capsule('chain', 'verify', fifo);
    ended(r);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain(`${fifo}: is not a regular file`);
  });
});

describe('a FIFO or device where a run folder recorded an output', { timeout: 120_000 }, () => {
  it.each([
    ['a FIFO', (p: string) => mkfifo(p)],
    ['a symlink to /dev/zero', (p: string) => symlinkSync('/dev/zero', p)],
  ])('%s: outputs_match_recorded_hashes fails, naming it', (what, plant) => {
    const copy = join(dir, `run-${what.replace(/\W+/g, '-')}`);
    cpSync(runFolder, copy, { recursive: true, verbatimSymlinks: true });
    const output = join(copy, 'artifacts', 'out', 'hi.txt');
    rmSync(output);
    plant(output);
    const r = capsule('verify', copy);
    ended(r);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/FAIL\s+outputs_match_recorded_hashes: output \S*hi\.txt is not a regular file/);
  });

  it('the untouched copy passes (so the case above fails for its own reason)', () => {
    const copy = join(dir, 'run-untouched');
    cpSync(runFolder, copy, { recursive: true, verbatimSymlinks: true });
    const r = capsule('verify', copy);
    expect(r.code, r.out).toBe(0);
  });
});
