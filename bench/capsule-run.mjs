// Shared by the capsule benchmarks: a timed child process, and a run folder to pack.
import { spawnSync } from 'node:child_process';
import { writeAgilabRun, writeRandomFile } from './agilab-run.mjs';

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

/** A run folder with an AGILAB manifest declaring one artifact of `mib` MiB of random (incompressible) bytes. */
export function writeRun(dir, mib) {
  return writeAgilabRun(dir, `bench-${mib}`, [
    { name: 'model.bin', sizeBytes: mib * 2 ** 20, write: (path) => writeRandomFile(path, mib) },
  ]);
}
