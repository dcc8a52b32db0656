// Overhead of `capsule run examples/hello`: whole wall time minus the job's own run time
// (the `run` stage), i.e. what validate, place, evidence, prove, sign, verify and decide
// cost. Target ≤ 0.5 s on a 2-core machine. Prints a table with the per-stage medians and
// the floors for the capsule it produced (openssl dgst -sha256, sha256sum, unzip -t), and
// replaces the `## run` section of bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/run.mjs [repetitions] [bundle]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wasShared, writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const reps = Number(process.argv[2] ?? 7);
const bundle = resolve(process.argv[3] ?? 'examples/hello');
if (!existsSync(cli)) {
  console.error(`bench/run.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const root = mkdtempSync(join(tmpdir(), 'bench-run-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(3);

// A private, empty cache folder, so the first run is a first run on this machine: it is reported
// on its own row (a bundle that may run in a VM pays placement's KVM probe there, once per boot).
const env = { ...process.env, XDG_CACHE_HOME: join(root, 'cache') };

function wall(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, env });
  return { r, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const warmUp = wall(process.execPath, [cli, 'run', bundle, '--out', join(root, 'warm-up'), '--json']);
if (warmUp.r.status !== 0) {
  console.error(`the warm-up run exited ${warmUp.r.status}:\n${warmUp.r.stderr.slice(0, 2000)}`);
  process.exit(1);
}
const runs = [];
let capsule;
for (let i = 0; i < reps; i++) {
  const out = join(root, `run-${i}`);
  const { r, ms } = wall(process.execPath, [cli, 'run', bundle, '--out', out, '--json']);
  if (r.status !== 0) {
    console.error(`run ${i} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  const result = JSON.parse(r.stdout);
  const stages = Object.fromEntries(result.stages.map((s) => [s.stage, s.durationMs]));
  runs.push({ ms, job: stages.run, stages });
  capsule = result.capsulePath;
}
const stageNames = Object.keys(runs[0].stages);
const firstStages = Object.fromEntries(JSON.parse(warmUp.r.stdout).stages.map((s) => [s.stage, s.durationMs]));
const firstOverhead = warmUp.ms - firstStages.run;
const floors = [
  ['openssl dgst -sha256', 'openssl', ['dgst', '-sha256', capsule]],
  ['sha256sum', 'sha256sum', [capsule]],
  ['unzip -t', 'unzip', ['-tq', capsule]],
].map(([label, cmd, args]) => [label, median(Array.from({ length: reps }, () => wall(cmd, args).ms))]);

const overhead = median(runs.map((r) => r.ms - r.job));
const load = loadavg()[0];
const lines = [
  '## run',
  '',
  `\`capsule run ${bundle.replace(`${process.cwd()}/`, '')} --out DIR --json\` (process executor, generated dev key), ${reps} runs, medians.`,
  `Overhead = wall time − the job's own run time (the \`run\` stage), after one first run with an empty cache (its own row). Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average ${load.toFixed(1)} at the end${wasShared(load) ? ': the machine was shared with other jobs, which inflates every figure here' : ''}.`,
  '',
  '| measure | median (s) |',
  '|---|---|',
  `| wall time, whole \`capsule run\` | ${seconds(median(runs.map((r) => r.ms)))} |`,
  `| the job itself (\`run\` stage) | ${seconds(median(runs.map((r) => r.job)))} |`,
  `| overhead of the first run on this machine (empty cache, one run) | ${seconds(firstOverhead)} |`,
  `| **overhead** (target ≤ 0.5 s) | **${seconds(overhead)}** |`,
  ...stageNames.map((s) => `| stage \`${s}\` | ${seconds(median(runs.map((r) => r.stages[s])))} |`),
  ...floors.map(([label, ms]) => `| \`${label}\` on the capsule (${(readFileSync(capsule).length / 1024).toFixed(1)} KiB) | ${seconds(ms)} |`),
  '',
  'The remainder of the overhead beyond the stages is Node start-up and module loading of the bundled CLI.',
  'Regenerate: `CAPSULE_CLI=dist/cli.js node bench/run.mjs [repetitions] [bundle]`.',
  '',
];
console.log(lines.join('\n'));
writeResultsSection('run', lines.join('\n'));
rmSync(root, { recursive: true, force: true });
