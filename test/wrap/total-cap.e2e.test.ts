import { spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunManifest } from '../../src/manifest/types.js';

/** `capsule run` and `capsule prove` of outputs a capsule cannot hold, as a user runs them: the built CLI. */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const GiB = 1024 ** 3;

function capsule(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('capsule run -- CMD whose outputs add up to more than 16 GiB', () => {
  // Sparse files (truncate): 18 GiB of outputs that take no disk, each under the 8 GiB per-entry cap.
  const cwd = mkdtempSync(join(tmpdir(), 'capsule-total-cap-e2e-'));
  const script = 'mkdir big && truncate -s 6G big/a.bin big/b.bin big/c.bin && echo made';
  const r = capsule(['run', '--out', 'run', '--output', 'big/*', '--', 'sh', '-c', script], cwd);
  const run = join(cwd, 'run');

  it('fails with capsule_too_large naming the run folder, the outputs and the cap: one line, exit 1, no stack', () => {
    expect(r.status, r.stderr).toBe(1);
    const line = r.stderr.split('\n').find((l) => l.startsWith('capsule: error'));
    expect(line).toBeDefined();
    expect(line).toContain(`capsule: error [capsule_too_large]: ${run}: the files to pack add up to ${18 * GiB} bytes`);
    expect(line).toContain('17179869184 bytes (16.00 GiB) a capsule may hold in total');
    expect(line).toContain('big/a.bin (6442450944 bytes)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('copied nothing and wrote no capsule, and keeps what was recorded: the outputs, the logs, the chain', () => {
    expect(readdirSync(run)).not.toContain('sh.agipack');
    expect(existsSync(join(run, 'artifacts', 'big'))).toBe(false);
    for (const f of ['a', 'b', 'c']) expect(statSync(join(cwd, 'big', `${f}.bin`)).size).toBe(6 * GiB);
    expect(readFileSync(join(run, 'logs', 'stdout.log'), 'utf8')).toBe('made\n');
    const events = readFileSync(join(run, 'evidence', 'events.jsonl'), 'utf8');
    expect(events).toContain('"error_type":"capsule_too_large"');
  });
});

describe('capsule prove of a run folder whose files add up to more than 16 GiB', () => {
  it('fails with capsule_too_large naming the manifest: exit 1, nothing written', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'capsule-total-cap-prove-'));
    const run = join(cwd, 'run');
    cpSync(join(ROOT, 'test/fixtures/capsule/agilab-run'), run, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(run, 'run_manifest.json'), 'utf8')) as RunManifest;
    for (const n of ['a', 'b', 'c']) {
      writeFileSync(join(run, 'artifacts', `${n}.bin`), '');
      truncateSync(join(run, 'artifacts', `${n}.bin`), 6 * GiB);
      manifest.artifacts.push({ exists: true, kind: 'data', name: n, path: `artifacts/${n}.bin`, size_bytes: 6 * GiB });
    }
    writeFileSync(join(run, 'run_manifest.json'), JSON.stringify(manifest));
    const r = capsule(['prove', 'run/run_manifest.json', '--export', 'run.agipack'], cwd);
    expect(r.status, r.stderr).toBe(1);
    const head = 'capsule: error [capsule_too_large]: run/run_manifest.json: the files to pack add up to';
    expect(r.stderr).toContain(head);
    expect(r.stderr).toContain('artifacts/a.bin (6442450944 bytes)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(cwd)).toEqual(['run']);
  });
});
