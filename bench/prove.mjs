// Prove benchmark: `capsule prove M --export X.agipack` of a run whose manifest declares one
// random (incompressible) artifact, 512 MiB (the largest prove copies by default) and 1 GiB by
// default, against `openssl dgst -sha256` of the artifact (target ≤ 2.5×), REPS times
// interleaved; medians of wall time, peak RSS from /usr/bin/time -v (target: flat). prove copies
// the artifact into the pack and hashes the copy, then streams it into the ZIP (stored: it is
// 8 MiB or more) while hashing it again and computing its CRC-32. Prints the section and
// replaces `## prove` in bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/prove.mjs [REPS] [MiB...]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const reps = Number(process.argv[2] ?? 3);
const sizes = process.argv.slice(3).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(512, 1024);
if (!existsSync(cli)) {
  console.error(`bench/prove.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-prove-'));

function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name) => Number((r.stderr.match(new RegExp(`${name}: (.*)`)) ?? [])[1]?.trim().split(':').reduce((a, p) => a * 60 + Number(p), 0));
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 800)}`);
  return { seconds: field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)'), rssKiB: field('Maximum resident set size \\(kbytes\\)') };
}
/** Whether prove packs the artifact: above the copy cap it is referenced, not copied (a limitation says so). */
function timedLimitations(manifest) {
  const out = join(dir, 'probe.agipack');
  const r = spawnSync(process.execPath, [cli, 'prove', manifest, '--export', out, '--json'], { encoding: 'utf8' });
  rmSync(out, { force: true });
  return JSON.parse(r.stdout).limitations.some((l) => l.includes('copy cap')) ? 'no (above the 512 MiB copy cap: referenced)' : 'yes';
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
const allRuns = [];
for (const mib of sizes) {
  const run = join(dir, `run-${mib}`);
  mkdirSync(join(run, 'artifacts'), { recursive: true });
  const artifact = join(run, 'artifacts', 'model.bin');
  const fd = openSync(artifact, 'w');
  const block = randomBytes(1 << 20);
  for (let i = 0; i < mib; i++) {
    block.writeUInt32LE(i, 0);
    writeSync(fd, block);
  }
  closeSync(fd);
  const manifest = join(run, 'run_manifest.json');
  writeFileSync(manifest, `${JSON.stringify({
    schema_version: 1, kind: 'agilab.run_manifest', run_id: `bench-prove-${mib}`, path_id: 'bench/prove', label: 'prove bench', status: 'pass',
    command: { label: 'bench', argv: ['true'], cwd: '.', env_overrides: {} },
    environment: { python_version: '', python_executable: '', platform: process.platform, repo_root: '', active_app: '', app_name: '' },
    timing: { started_at: '2026-01-01T00:00:00Z', finished_at: '2026-01-01T00:01:00Z', duration_seconds: 60, target_seconds: null },
    artifacts: [{ name: 'model', path: 'artifacts/model.bin', kind: 'model', exists: true, size_bytes: mib * 2 ** 20 }],
    validations: [], created_at: '2026-01-01T00:01:00Z',
  }, null, 2)}\n`);

  const prove = [];
  const openssl = [];
  for (let i = 0; i < reps; i++) {
    const out = join(dir, `out-${i}.agipack`);
    prove.push(timed(process.execPath, [cli, 'prove', manifest, '--export', out]));
    rmSync(out);
    openssl.push(timed('openssl', ['dgst', '-sha256', artifact]));
  }
  const p = median(prove.map((t) => t.seconds));
  const o = median(openssl.map((t) => t.seconds));
  const rss = Math.max(...prove.map((t) => t.rssKiB)) / 1024;
  const size = (statSync(artifact).size / 2 ** 20).toFixed(0);
  const packed = timedLimitations(manifest);
  rows.push(`| ${size} | ${packed} | ${p.toFixed(2)} | **${rss.toFixed(1)}** | ${o.toFixed(2)} | **${(p / o).toFixed(2)}×** | ${packed === 'yes' ? '≤ 2.5×, flat memory' : ''} |`);
  allRuns.push(`${size} MiB: prove ${prove.map((t) => t.seconds.toFixed(2)).join(', ')}; openssl ${openssl.map((t) => t.seconds.toFixed(2)).join(', ')}`);
  rmSync(run, { recursive: true, force: true });
}
rmSync(dir, { recursive: true, force: true });

const section = `## prove

\`capsule prove M --export X.agipack\` (built CLI) of a run whose manifest declares one random artifact,
against \`openssl dgst -sha256\` of the artifact, ${reps} runs each, interleaved; medians of wall time, peak RSS the
largest of the runs (\`/usr/bin/time -v\`). prove copies the artifact into the pack and hashes the copy, then
writes it into the ZIP (stored) while hashing it again and computing its CRC-32: against openssl's one read and
one SHA-256 pass. An artifact above prove's copy cap (512 MiB) is not copied: the row says so. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores),
load average ${loadavg()[0].toFixed(1)} at the end: the machine was shared with other jobs; the ratio, measured in the same run, is what counts.

| Artifact (MiB) | Packed | \`prove --export\` (s) | Peak RSS (MiB) | \`openssl dgst -sha256\` (s) | Ratio | Target |
|---|---|---|---|---|---|---|
${rows.join('\n')}

All runs (s): ${allRuns.join('; ')}.
Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/prove.mjs [reps] [MiB]\`.
`;
process.stdout.write(`${section}\n`);
writeResultsSection('prove', section);
