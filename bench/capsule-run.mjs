// Shared by the capsule benchmarks: a timed child process, and a run folder to pack.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a command under GNU time: wall seconds, CPU seconds (user + system, all threads) and peak RSS (KiB). */
export function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name) => Number((r.stderr.match(new RegExp(`${name}: (.*)`)) ?? [])[1]?.trim().split(':')
    .reduce((a, p) => a * 60 + Number(p), 0));
  return {
    code: r.status, stdout: r.stdout, stderr: r.stderr,
    seconds: field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'),
    cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rssKiB: field('Maximum resident set size \\(kbytes\\)'),
  };
}

/** Prove copies an artifact of at most this size into the capsule (larger ones are referenced by hash). */
const COPY_CAP_MIB = 512;

/** A run folder with an AGILAB manifest and `mib` MiB of random (incompressible) artifacts, each one prove copies. */
export function writeRun(dir, mib) {
  mkdirSync(join(dir, 'artifacts'), { recursive: true });
  const parts = Math.ceil(mib / COPY_CAP_MIB);
  const artifacts = [];
  for (let p = 0; p < parts; p++) {
    const size = Math.min(COPY_CAP_MIB, mib - p * COPY_CAP_MIB);
    const name = parts === 1 ? 'model' : `model-${p}`;
    const fd = openSync(join(dir, 'artifacts', `${name}.bin`), 'w');
    for (let i = 0; i < size; i++) writeSync(fd, randomBytes(1 << 20));
    closeSync(fd);
    artifacts.push({ name, path: `artifacts/${name}.bin`, kind: 'model', exists: true, size_bytes: size * 2 ** 20 });
  }
  const manifest = {
    schema_version: 1, kind: 'agilab.run_manifest', run_id: `bench-${mib}`, path_id: 'bench/capsule',
    label: 'capsule bench', status: 'pass',
    command: { label: 'bench', argv: ['true'], cwd: '.', env_overrides: {} },
    environment: {
      python_version: '', python_executable: '', platform: process.platform,
      repo_root: '', active_app: '', app_name: '',
    },
    timing: {
      started_at: '2026-01-01T00:00:00Z', finished_at: '2026-01-01T00:01:00Z',
      duration_seconds: 60, target_seconds: null,
    },
    artifacts,
    validations: [], created_at: '2026-01-01T00:01:00Z',
  };
  writeFileSync(join(dir, 'run_manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return join(dir, 'run_manifest.json');
}
