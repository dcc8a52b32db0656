// Start-up and small-input benchmark: what a user waits for on the commands that do little work.
//   - `capsule --help` against a bare `node -e 0` (target ≤ 2×);
//   - `capsule verify X.agipack --strict` of a small capsule against AGILAB's verifier on the
//     same capsule (target ≤ 1.0×);
//   - `capsule prove M --export X.agipack` of a small manifest against AGILAB's prove of it
//     (target ≤ 1.0×).
// Each pair runs REPS times, interleaved, so load changes hit both alike; medians of wall time,
// and of CPU time (user + sys, from /usr/bin/time), which a shared machine disturbs less.
// The AGILAB rows need ../shared/reference/agilab and python3; without them they are skipped
// with a reason. Prints the section and replaces `## start-up` in bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/startup.mjs [REPS]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timed, writeAgilabRun } from './agilab-run.mjs';
import { wasShared, writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const reps = Number(process.argv[2] ?? 11);
const AGILAB = resolve('..', 'shared', 'reference', 'agilab');
const agilabMissing = !existsSync(join(AGILAB, 'agilab', 'evidence', 'evidence_contract.py'))
  ? `${AGILAB} is absent`
  : spawnSync('python3', ['-c', 'import cryptography']).status !== 0 ? 'python3 with cryptography is missing' : null;
if (!existsSync(cli)) {
  console.error(`bench/startup.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
if (agilabMissing) console.error(`bench/startup.mjs: AGILAB rows skipped: ${agilabMissing}`);
const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const env = { ...process.env, PYTHONPATH: AGILAB };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Both commands `reps` times, alternating; medians. Wall time is taken here around the run (GNU
 * time's own is in hundredths, too coarse at a tenth of a second), CPU from GNU time.
 */
function race(a, b) {
  const runs = [[], []];
  for (let i = 0; i < reps; i++) {
    [a, b].forEach(([cmd, args], k) => {
      const start = process.hrtime.bigint();
      const t = timed(cmd, args, env);
      runs[k].push({ ...t, wall: Number(process.hrtime.bigint() - start) / 1e9 });
    });
  }
  return runs.map((rs) => ({ wall: median(rs.map((t) => t.wall)), cpu: median(rs.map((t) => t.cpu)) }));
}

const capsule = (args) => [process.execPath, [cli, ...args]];
const agilab = (args) => ['python3', ['-W', 'ignore', '-m', 'agilab.evidence.evidence_contract', ...args]];
const fmt = (x, d = 3) => x.toFixed(d);
const rows = [];
function row(label, ours, peerLabel, peer, target) {
  const ratios = `**${fmt(ours.wall / peer.wall, 2)}×** | ${fmt(ours.cpu / peer.cpu, 2)}×`;
  const times = (t) => `${fmt(t.wall)} | ${fmt(t.cpu)}`;
  rows.push(`| ${label} | ${times(ours)} | ${peerLabel} | ${times(peer)} | ${ratios} | ${target} |`);
}

{
  const [ours, node] = race(capsule(['--help']), [process.execPath, ['-e', '0']]);
  row('`capsule --help`', ours, '`node -e 0`', node, '≤ 2×');
}
if (!agilabMissing) {
  // A first proof's size: one 18-byte metrics artifact.
  const manifest = writeAgilabRun(join(dir, 'run'), 'bench-small', [
    { name: 'metrics.json', sizeBytes: 18, write: (path) => writeFileSync(path, '{"accuracy": 0.9}\n') },
  ]);
  const agipack = join(dir, 'small.agipack');
  timed(...capsule(['prove', manifest, '--export', agipack]));
  const [v, va] = race(capsule(['verify', agipack, '--strict']), agilab(['verify', agipack, '--strict']));
  row('`capsule verify X.agipack --strict` (small capsule)', v, "AGILAB's `verify --strict`, same capsule",
    va, '≤ 1.0×');
  const [p, pa] = race(
    capsule(['prove', manifest, '--export', join(dir, 'ours.agipack')]),
    agilab(['prove', manifest, '--export', join(dir, 'agilab.agipack')]),
  );
  row('`capsule prove M --export X.agipack` (small manifest)', p, "AGILAB's `prove --export`, same manifest",
    pa, '≤ 1.0×');
}
rmSync(dir, { recursive: true, force: true });

const load = loadavg()[0];
const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores)`;
const section = `## start-up

Small inputs, where start-up is most of the time: the built CLI against its floor or peer, ${reps} runs each,
interleaved; medians of wall time (taken around each run) and of CPU time (user + sys, \`/usr/bin/time\`, in
hundredths). The small capsule and manifest:
an AGILAB run manifest with one 18-byte metrics artifact. The CLI loads each command's code only when that command
runs (one chunk per command under \`dist/cli/\`), so \`--help\` reads commander and the command list only.
${machine}, load average ${load.toFixed(1)} at the end${wasShared(load)
    ? ': the machine was shared with other jobs, so absolute times are inflated; the ratios, measured in the same run,'
      + ' are what count'
    : ''}.

| Command | Wall (s) | CPU (s) | Peer or floor | Its wall (s) | Its CPU (s) | Wall ratio | CPU ratio | Target |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
${agilabMissing ? `\nAGILAB rows skipped: ${agilabMissing}.\n` : ''}
Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/startup.mjs [reps]\`.
`;
process.stdout.write(`${section}\n`);
writeResultsSection('start-up', section);
