import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../prove/build-capsule.js';

/**
 * `replay --execute` runs a recorded bundle on this host: only a capsule whose signature
 * verifies under --trust-policy / --public-key, unless --allow-untrusted says otherwise (loudly).
 * The job appends a line to a marker file outside its workspace, so a run cannot go unseen.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

let dir: string;
let marker: string;
let out: string;
let agipack: string;
let publicKey: string;

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const runs = () => (existsSync(marker) ? readFileSync(marker, 'utf8').split('\n').filter(Boolean).length : 0);

beforeAll(() => {
  dir = tempDir('capsule-gate-');
  marker = join(dir, 'ran.txt');
  const bundleDir = join(dir, 'bundle');
  mkdirSync(bundleDir);
  writeFileSync(join(bundleDir, 'job.sh'), `mkdir -p out\necho hi > out/hi.txt\necho ran >> '${marker}'\n`);
  writeFileSync(join(bundleDir, 'bundle.json'), JSON.stringify({
    apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle',
    metadata: { name: 'gate', version: '1.0.0', createdAt: '2026-01-01T00:00:00Z', licensePolicy: { allowAGPL: false } },
    spec: {
      run: { argv: ['/bin/sh', 'job.sh'] }, executor: { backendIntent: 'process' },
      outputs: [{ path: 'out/hi.txt', kind: 'file' }], validations: [{ label: 'exits 0', kind: 'exit-code', equals: 0 }],
      policy: { maxRunSeconds: 30, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
    },
  }));
  out = join(dir, 'out');
  const r = capsule('run', join(bundleDir, 'bundle.json'), '--out', out, '--executor', 'process');
  expect(r.code, r.stderr).toBe(0);
  expect(runs()).toBe(1);
  agipack = join(out, 'gate.agipack');
  publicKey = join(out, 'keys', 'dev-signing-key.pub.pem');
});

describe('replay --execute', () => {
  it('does not run an unsigned capsule, and says how to', () => {
    renameSync(`${agipack}.sig.json`, join(dir, 'aside.sig.json'));
    try {
      for (const anchor of [[], ['--public-key', publicKey]]) {
        const r = capsule('replay', agipack, '--execute', ...anchor);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/not run, because|no detached signature|does not verify/);
      }
      expect(runs()).toBe(1);
    } finally {
      renameSync(join(dir, 'aside.sig.json'), `${agipack}.sig.json`);
    }
  });

  it('does not run a signed capsule whose key nothing anchors', () => {
    const r = capsule('replay', agipack, '--execute');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not run, because the capsule's origin is not verified: no trust anchor was given \(--trust-policy or --public-key\)\. Give.*--allow-untrusted/s);
    expect(runs()).toBe(1);
  });

  it('does not run a run folder: nothing proves who wrote its bundle', () => {
    const r = capsule('replay', join(out, 'run_manifest.json'), '--execute');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a run folder carries no signature/);
    expect(runs()).toBe(1);
  });

  it('runs a capsule signed by an anchored key', () => {
    const r = capsule('replay', agipack, '--execute', '--json', '--public-key', publicKey);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).executed.status).toBe('match');
    expect(runs()).toBe(2);
  });

  it('--allow-untrusted runs it anyway, and says so on stderr and in the result', () => {
    const r = capsule('replay', agipack, '--execute', '--json', '--allow-untrusted');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/WARNING: --allow-untrusted: running on this host a bundle nobody vouched for/);
    expect(JSON.parse(r.stdout).executed.notes[0]).toMatch(/^run with --allow-untrusted: the capsule's origin is not verified/);
    expect(runs()).toBe(3);
  });
});
