import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** What our own writer packs, our own verifier must pass: outputs that compress very well. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'capsule-own-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a run whose outputs are zeros, repeated text and a sparse file, with an AUTHOR env key', () => {
  it('promotes, and its own capsule verifies --strict; AUTHOR is not taken for a secret', () => {
    const out = join(scratch, 'out');
    const r = spawnSync(process.execPath, [CLI, 'run', resolve(ROOT, 'test', 'fixtures', 'output', 'compressible'), '--out', out, '--json'], { cwd: scratch, encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.outputs.map((o: { path: string }) => o.path)).toEqual(['out/repeated.log', 'out/sparse.img', 'out/zeros-20m.bin', 'out/zeros-2m.bin']);
    const v = spawnSync(process.execPath, [CLI, 'verify', result.capsulePath, '--trust-policy', join(out, 'keys', 'trust-policy.local.json'), '--strict', '--json'], { encoding: 'utf8' });
    expect(v.status, v.stdout).toBe(0);
    expect(JSON.parse(v.stdout).checks.filter((c: { status: string }) => c.status !== 'pass')).toEqual([]);

    const manifest = JSON.parse(readFileSync(join(out, 'run_manifest.json'), 'utf8'));
    expect(manifest.command.env_overrides).toEqual({ AUTHOR: 'Ada Lovelace', KEYBOARD_LAYOUT: 'us' });
    expect(readFileSync(join(out, 'logs', 'stdout.log'), 'utf8')).toBe('made by Ada Lovelace\n');
  }, 200_000);
});
