// Prove benchmark: `capsule prove M --export X.agipack` of a run whose manifest declares one
// random (incompressible) artifact, 512 MiB and 1 GiB by default, against `openssl dgst -sha256`
// of the artifact (target ≤ 2.5×), REPS times interleaved; medians of wall time, peak RSS from
// /usr/bin/time -v (target: flat, ≤ 128 MiB). prove reads the artifact once, where the run left
// it, and streams it into the ZIP (stored: it is 8 MiB or more), its SHA-256 and CRC-32 taken on
// one worker thread and the capsule's SHA-256 on another while the main thread writes; the
// documents that list the digest come after it. Prints the section and replaces `## prove` in
// bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/prove.mjs [REPS] [MiB...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timed, writeAgilabRun, writeRandomFile } from './agilab-run.mjs';
import { wasShared, writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const reps = Number(process.argv[2] ?? 3);
const sizes = process.argv.slice(3).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(512, 1024);
if (!existsSync(cli)) {
  console.error(`bench/prove.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-prove-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Whether prove packs the artifact: above its copy cap (8 GiB) it is referenced, not packed (a limitation says so). */
function packs(manifest) {
  const out = join(dir, 'probe.agipack');
  const r = spawnSync(process.execPath, [cli, 'prove', manifest, '--export', out, '--json'], { encoding: 'utf8' });
  rmSync(out, { force: true });
  return !JSON.parse(r.stdout).limitations.some((l) => l.includes('copy cap'));
}

const rows = [];
const allRuns = [];
for (const mib of sizes) {
  const run = join(dir, `run-${mib}`);
  const manifest = writeAgilabRun(run, `bench-prove-${mib}`, [
    { name: 'model.bin', sizeBytes: mib * 2 ** 20, write: (path) => writeRandomFile(path, mib) },
  ]);
  const artifact = join(run, 'artifacts', 'model.bin');
  const prove = [];
  const openssl = [];
  const copy = [];
  for (let i = 0; i < reps; i++) {
    const out = join(dir, `out-${i}.agipack`);
    // Outside the timing: the disk takes the dirty pages of what was written before (the artifact,
    // the last capsule), so one run does not pay for another's writeback.
    spawnSync('sync');
    prove.push(timed(process.execPath, [cli, 'prove', manifest, '--export', out]));
    rmSync(out);
    openssl.push(timed('openssl', ['dgst', '-sha256', artifact]));
    // A plain copy writes as many bytes as prove: what the kernel charges for taking pages for them.
    spawnSync('sync');
    const copied = join(dir, `copy-${i}.bin`);
    copy.push(timed('cp', [artifact, copied]));
    rmSync(copied);
  }
  const p = median(prove.map((t) => t.wall));
  const o = median(openssl.map((t) => t.wall));
  const cpu = (ts) => median(ts.map((t) => t.cpu)).toFixed(2);
  const rss = (Math.max(...prove.map((t) => t.rssKiB)) / 1024).toFixed(1);
  const packed = packs(manifest);
  const verdict = packed ? 'yes' : 'no (above the copy cap: referenced)';
  const ratio = `**${(p / o).toFixed(2)}×**`;
  const target = packed ? '≤ 2.5×, ≤ 128 MiB' : '';
  const c = median(copy.map((t) => t.wall));
  const cells = [mib, verdict, p.toFixed(2), cpu(prove), `**${rss}**`, o.toFixed(2), cpu(openssl), ratio, target,
    c.toFixed(2)];
  rows.push(`| ${cells.join(' | ')} |`);
  const list = (ts) => ts.map((t) => t.wall.toFixed(2)).join(', ');
  allRuns.push(`${mib} MiB: prove ${list(prove)}; openssl ${list(openssl)}; cp ${list(copy)}`);
  rmSync(run, { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });

const HEADER = [
  '| Artifact (MiB) | Packed | `prove --export` (s) | Its CPU (s) | Peak RSS (MiB) | `openssl dgst -sha256` (s) |',
  ' Its CPU (s) | Wall ratio | Target | `cp` of the artifact (s) |\n|---|---|---|---|---|---|---|---|---|---|',
].join('');
const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores)`;
const load = loadavg()[0];
const section = `## prove

\`capsule prove M --export X.agipack\` (built CLI) of a run whose manifest declares one random artifact, against
\`openssl dgst -sha256\` of the artifact, ${reps} runs each, interleaved; medians of wall time and of CPU time
(user + sys, all threads), peak RSS the largest of the runs (\`/usr/bin/time -v\`); \`sync\` before each run,
outside the timing, so that no run pays for the writeback of the artifact or of the last run's capsule.
prove reads the artifact once, where the run left it, and streams it into the ZIP (stored), its SHA-256 and
CRC-32 taken on one worker thread and the capsule's SHA-256 on another while the main thread writes, the
documents that list the digest after it; openssl makes one read and one SHA-256 pass. An artifact above
prove's copy cap (8 GiB, the verifier's per-entry cap) would be referenced, not packed: the Packed column says
which. A \`cp\` of the artifact, in the same rounds, writes as many bytes as prove (all runs are listed
below the table). ${machine}, load average
${load.toFixed(1)} at the end${wasShared(load) ? ': the machine was shared with other jobs' : ''};
the ratio, measured in the same run, is what counts.

${HEADER}
${rows.join('\n')}

All runs (s): ${allRuns.join('; ')}.
Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/prove.mjs [reps] [MiB...]\`.
`;
process.stdout.write(`${section}\n`);
writeResultsSection('prove', section);
