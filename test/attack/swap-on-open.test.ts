import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * An attacker who can replace the capsule on disk while a command runs (a shared runner, a
 * download still landing) swaps it right after the verifier's Nth open of the path, for every
 * N the command makes. The command must then either fail or report exactly the bytes that were
 * signed, and must write nothing outside its scratch folder.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const HOOK = resolve('test/attack/swap-on-open.cjs');
const AGILAB_RUN = resolve('test/fixtures/capsule/agilab-run/run_manifest.json');
const TINY_RUN = resolve('test/fixtures/capsule/tiny-run/run_manifest.json');

let dir: string;
let signed: Buffer;
let signedSha: string;
let signedRunId: string;
let policy: string;
let unsignedOther: Buffer;
let hostile: Buffer;

function capsule(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--require', HOOK, CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = tempDir('capsule-swap-');
  const key = join(dir, 'key.pem');
  const keygen = JSON.parse(capsule(['keygen', '--out', key, '--json']).stdout) as { public_key_sha256: string };
  const a = join(dir, 'signed.agipack');
  expect(capsule(['prove', AGILAB_RUN, '--export', a]).code).toBe(0);
  expect(capsule(['sign', a, '--key', key, '--signer', 'ci@example.org']).code).toBe(0);
  signed = readFileSync(a);
  signedSha = sha256Hex(signed);
  signedRunId = (JSON.parse(readFileSync(AGILAB_RUN, 'utf8')) as { run_id: string }).run_id;
  policy = join(dir, 'trust.json');
  writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [keygen.public_key_sha256] }));
  const b = join(dir, 'other.agipack');
  expect(capsule(['prove', TINY_RUN, '--export', b]).code).toBe(0);
  unsignedOther = readFileSync(b);
  // Entries that climb out of wherever they are unpacked: never verified, only ever swapped in.
  const h = join(dir, 'hostile.agipack');
  execFileSync('python3', ['-c', [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1], "w")',
    'z.writestr("run_manifest.snapshot.json", open(sys.argv[2]).read())',
    'for i in range(1, 5): z.writestr("../" * i + f"escape-{i}.txt", "escaped\\n")',
    'z.close()',
  ].join('\n'), h, TINY_RUN]);
  hostile = readFileSync(h);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  opens: number;
}

/** Runs the command on a fresh copy of the signed capsule; swaps `swapIn` in after open `after` (0: never). */
function runSwapped(name: string, args: (capsulePath: string) => string[], swapIn: Buffer, after: number): Run & { root: string } {
  const root = join(dir, `${name}-${after}`);
  const tmp = join(root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const target = join(root, 'run.agipack');
  writeFileSync(target, signed);
  copyFileSync(join(dir, 'signed.agipack.sig.json'), `${target}.sig.json`);
  const replacement = join(root, 'swap-in.agipack');
  writeFileSync(replacement, swapIn);
  const countFile = join(root, 'opens');
  const r = capsule(args(target), { SWAP_TARGET: target, SWAP_WITH: replacement, SWAP_AFTER: String(after), SWAP_COUNT_FILE: countFile, TMPDIR: tmp });
  return { ...r, opens: Number(readFileSync(countFile, 'utf8')), root };
}

/** Every open the command makes, and one more (a swap after the last open changes nothing it reads). */
function everyOpen(name: string, args: (capsulePath: string) => string[], swapIn: Buffer, check: (r: Run & { root: string }) => void): number {
  const baseline = runSwapped(name, args, swapIn, 0);
  check(baseline);
  expect(baseline.opens).toBeGreaterThan(0);
  for (let n = 1; n <= baseline.opens + 1; n++) check(runSwapped(name, args, swapIn, n));
  return baseline.opens;
}

function noCrash(r: Run): void {
  expect(r.code, r.stderr).not.toBe(70);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** Nothing is left behind outside the command's scratch folder (which it removes). */
function nothingWrittenOutside(root: string): void {
  expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  const expected = new Set(['opens', 'run.agipack', 'run.agipack.sig.json', 'swap-in.agipack', 'tmp']);
  expect(readdirSync(root).filter((f) => !expected.has(f))).toEqual([]);
  expect(readdirSync(join(root, '..')).filter((f) => f.startsWith('escape'))).toEqual([]);
}

describe('a capsule swapped on disk after the Nth open', () => {
  it('verify never passes on bytes that were not signed', () => {
    const opens = everyOpen('verify', (c) => ['verify', c, '--trust-policy', policy, '--strict', '--json'], unsignedOther, (r) => {
      noCrash(r);
      if (r.code !== 0) return;
      const report = JSON.parse(r.stdout) as { status: string; capsule: { sha256: string }; checks: { id: string; details: Record<string, unknown> }[] };
      expect(report.status).toBe('pass');
      expect(report.capsule.sha256).toBe(signedSha);
      expect(report.checks.find((c) => c.id === 'run_manifest_snapshot_valid')?.details.run_id).toBe(signedRunId);
    });
    expect(opens).toBe(1);
  });

  it('replay prints the signed capsule\'s plan or fails, and writes nothing outside its scratch folder', () => {
    everyOpen('replay', (c) => ['replay', c, '--json'], hostile, (r) => {
      noCrash(r);
      nothingWrittenOutside(r.root);
      if (r.code === 0) expect((JSON.parse(r.stdout) as { run_id: string }).run_id).toBe(signedRunId);
    });
  });

  it('view shows the signed capsule\'s facts under its sha256, or says it failed', () => {
    everyOpen('view', (c) => ['view', c, '--trust-policy', policy, '--json'], unsignedOther, (r) => {
      noCrash(r);
      if (r.code !== 0) return;
      const model = JSON.parse(r.stdout) as { source: { sha256: string }; run: { run_id: string } | null; verification: { status: string } };
      expect(model.verification.status).toBe('pass');
      expect(model.source.sha256).toBe(signedSha);
      expect(model.run?.run_id).toBe(signedRunId);
    });
  });
});
