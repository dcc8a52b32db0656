// Shared by the benchmarks that prove or verify a run: an AGILAB run folder with its artifacts,
// and GNU time around a command.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `dir` becomes a run folder: run_manifest.json (agilab.run_manifest v1) declaring each artifact
 * of the list, `{ name, sizeBytes, write(path) }`, which `write` creates at artifacts/<name>.
 * Returns the manifest's path.
 */
export function writeAgilabRun(dir, runId, artifacts) {
  mkdirSync(join(dir, 'artifacts'), { recursive: true });
  for (const a of artifacts) a.write(join(dir, 'artifacts', a.name));
  const manifest = {
    schema_version: 1, kind: 'agilab.run_manifest', run_id: runId, path_id: 'bench/run', label: runId,
    status: 'pass',
    command: { label: 'bench', argv: ['true'], cwd: '.', env_overrides: {} },
    environment: {
      python_version: '', python_executable: '', platform: process.platform,
      repo_root: '', active_app: '', app_name: '',
    },
    timing: {
      started_at: '2026-01-01T00:00:00Z', finished_at: '2026-01-01T00:01:00Z',
      duration_seconds: 60, target_seconds: null,
    },
    artifacts: artifacts.map((a) => ({
      name: a.name, path: `artifacts/${a.name}`, kind: 'model', exists: true, size_bytes: a.sizeBytes,
    })),
    validations: [], created_at: '2026-01-01T00:01:00Z',
  };
  const path = join(dir, 'run_manifest.json');
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

/** Writes `mib` MiB of random (incompressible) bytes to `path`, one fresh MiB at a time. */
export function writeRandomFile(path, mib) {
  const fd = openSync(path, 'w');
  for (let i = 0; i < mib; i++) writeSync(fd, randomBytes(1 << 20));
  closeSync(fd);
}

/** Runs a command under `/usr/bin/time -v`: wall and CPU seconds, peak RSS (KiB); throws unless it exits 0. */
export function timed(cmd, args, env = process.env) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env });
  const field = (label) => {
    const text = (r.stderr.match(new RegExp(`${label}: (.*)`)) ?? [])[1]?.trim() ?? 'NaN';
    return Number(text.split(':').reduce((a, p) => a * 60 + Number(p), 0));
  };
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 800)}`);
  return {
    wall: field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'),
    cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    rssKiB: field('Maximum resident set size \\(kbytes\\)'),
  };
}
