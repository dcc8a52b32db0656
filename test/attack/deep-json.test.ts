import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';
import { openCapsule } from '../../src/zip/opened.js';
import { buildTinyCapsule, tempDir } from '../prove/build-capsule.js';
import { buildRawZip } from '../zip/zip-bytes.js';

/**
 * Every command that reads a JSON (or TOML) file given on its command line, fed one nested
 * 100,000 levels deep: a clear error naming the file and exit 2, or (where the file is an
 * input to a named check) that check failing with exit 1. Never exit 70, never a stack trace.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const DEPTH = 100_000;
const AGILAB_RUN = resolve('test/fixtures/capsule/agilab-run/run_manifest.json');
const BUNDLE = resolve('examples/hello/bundle.json');

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let deepArray: string;
let deepObject: string;
let deepToml: string;
let manifest: string;
let agipack: string;

beforeAll(() => {
  dir = tempDir('capsule-deep-');
  deepArray = join(dir, 'deep-array.json');
  writeFileSync(deepArray, '['.repeat(DEPTH) + ']'.repeat(DEPTH));
  deepObject = join(dir, 'deep-object.json');
  writeFileSync(deepObject, '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH));
  deepToml = join(dir, 'deep.toml');
  writeFileSync(deepToml, `allowed_signers = ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`);
  mkdirSync(join(dir, 'run'));
  manifest = join(dir, 'run', 'run_manifest.json');
  copyFileSync(AGILAB_RUN, manifest);
  agipack = join(dir, 'run.agipack');
  expect(capsule('prove', AGILAB_RUN, '--export', agipack).code).toBe(0);
});

/** The deep file as one complete event-log line (a final line without its newline is not read). */
function asLine(deep: string): string {
  const line = `${deep}.jsonl`;
  writeFileSync(line, `${readFileSync(deep, 'utf8')}\n`);
  return line;
}

/** [what, argv given the deep file, exit codes allowed] */
const commands: [string, (deep: string) => string[], number[]][] = [
  ['validate (bundle)', (d) => ['validate', d], [2]],
  ['run (bundle)', (d) => ['run', d, '--out', join(dir, `out-${Math.random().toString(16).slice(2)}`)], [2]],
  ['place (bundle)', (d) => ['place', d], [2]],
  ['place (inventory)', (d) => ['place', BUNDLE, '--inventory', d], [2]],
  ['prove (run manifest)', (d) => ['prove', d, '--output-dir', join(dir, `pack-${Math.random().toString(16).slice(2)}`)], [2]],
  ['prove (policy)', (d) => ['prove', manifest, '--policy', d, '--output-dir', join(dir, `pack-${Math.random().toString(16).slice(2)}`)], [2]],
  ['verify (run manifest)', (d) => ['verify', d], [1, 2]],
  ['verify (signature)', (d) => ['verify', agipack, '--signature', d], [1]],
  ['verify (trust policy)', (d) => ['verify', agipack, '--trust-policy', d], [1, 2]],
  ['view (trust policy)', (d) => ['view', agipack, '--trust-policy', d, '--json'], [1, 2]],
  ['replay (run manifest)', (d) => ['replay', d], [2]],
  ['story (run manifest)', (d) => ['story', d], [2]],
  ['cards (run manifest)', (d) => ['cards', d], [2]],
  ['export-lineage (run manifest)', (d) => ['export-lineage', d], [2]],
  ['export-traces (run manifest)', (d) => ['export-traces', d], [2]],
  ['policy-check (run manifest)', (d) => ['policy-check', d], [2]],
  ['policy-check (policy)', (d) => ['policy-check', manifest, '--policy', d], [2]],
  ['policy-check (trust policy)', (d) => ['policy-check', manifest, '--trust-policy', d], [2]],
  ['promotion-dossier (policy)', (d) => ['promotion-dossier', manifest, '--policy', d, '--output-dir', join(dir, `dossier-${Math.random().toString(16).slice(2)}`)], [2]],
  ['metadata-store (store)', (d) => ['metadata-store', manifest, '--store', d], [2]],
  ['chain verify (trust policy)', (d) => ['chain', 'verify', join(dir, 'none.jsonl'), '--trust-policy', d], [2]],
  ['chain verify (event line)', (d) => ['chain', 'verify', asLine(d)], [1, 2]],
  ['chain replay (event line)', (d) => ['chain', 'replay', asLine(d)], [1, 2]],
  ['replay (trust policy)', (d) => ['replay', agipack, '--trust-policy', d], [2]],
  ['diff (run manifest)', (d) => ['diff', d, manifest], [1, 2]],
];

describe('JSON nested 100,000 deep', () => {
  // Arrays and objects take turns, so each shape reaches every kind of reader.
  it.each(commands.map(([what, argv, codes], i) => (i % 2 === 0
    ? { what: `${what}, arrays`, argv, codes, file: () => deepArray }
    : { what: `${what}, objects`, argv, codes, file: () => deepObject })))('$what: a named error, no stack trace', ({ argv, codes, file }) => {
    const r = capsule(...argv(file()));
    expect(codes, `exit ${r.code}\n${r.stderr}`).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    // A signature document is capped at 64 KiB, so a deep one is refused by its size first.
    expect(r.stdout + r.stderr).toMatch(/nested deeper than|json_too_deep|larger than the 65536 bytes/);
  });

  it('a TOML trust policy or promotion policy nested 100,000 deep is refused the same way', () => {
    for (const argv of [['policy-check', manifest, '--policy', deepToml], ['verify', agipack, '--trust-policy', deepToml]]) {
      const r = capsule(...argv);
      expect([1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.stdout + r.stderr).toMatch(/deep\.toml/);
    }
  });

  it('a deep file is read no further than its size cap', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(17 * 1024 ** 2, 0x20));
    const r = capsule('validate', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.json: larger than the 16777216 bytes/);
    expect(readFileSync(big).length).toBe(17 * 1024 ** 2);
  });
});

/** The tiny capsule with one entry replaced by `text`, listed in its manifest with the new digest. */
async function capsuleWith(name: string, text: string): Promise<string> {
  const tiny = await openCapsule(await buildTinyCapsule(tempDir('capsule-deep-entry-')), DEFAULT_LIMITS);
  const base = await Promise.all(tiny.entries.map(async (e) => ({ name: e.record.name, data: await tiny.readEntry(e, 1 << 20) })));
  tiny.close();
  const data = Buffer.from(text);
  const entries = base.map((e) => (e.name === name ? { name, data } : e));
  if (name !== 'agipack-manifest.json') {
    const m = entries.find((e) => e.name === 'agipack-manifest.json')!;
    const manifest = JSON.parse(m.data.toString('utf8'));
    for (const e of manifest.entries) if (e.path === name) Object.assign(e, { sha256: sha256Hex(data), size_bytes: data.length });
    m.data = Buffer.from(stableJson(manifest));
  }
  const path = join(dir, `deep-${name.replace(/\W/g, '-')}.agipack`);
  writeFileSync(path, buildRawZip(entries));
  return path;
}

describe('JSON nested 100,000 deep inside a capsule', () => {
  it.each([
    ['agipack-manifest.json', 'capsule_manifest_schema_supported'],
    ['run_manifest.snapshot.json', 'run_manifest_snapshot_valid'],
    ['agilab_proof_pack.json', 'proof_pack_manifest_valid'],
  ])('%s: %s fails by name in verify and view; replay refuses it', async (name, check) => {
    const path = await capsuleWith(name, '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH));
    const v = capsule('verify', path, '--json');
    expect(v.code, v.stderr).toBe(1);
    const failed = (JSON.parse(v.stdout) as { checks: { id: string; status: string; summary: string }[] }).checks.filter((c) => c.status === 'fail');
    expect(failed.find((c) => c.id === check)?.summary).toMatch(/nested deeper than 128 levels/);
    const view = capsule('view', path, '--json');
    expect(view.code).toBe(1);
    expect(JSON.parse(view.stdout).verification.failed).toContain(check);
    const replay = capsule('replay', path);
    expect(replay.code).toBe(2);
    for (const r of [v, view, replay]) expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
