// A job that prints N bytes (default 2 GiB) on stdout in one endless line, run by the built
// CLI with its stderr a pipe this script reads (as a CI runner does). Peak RSS from
// /usr/bin/time -v (target ≤ 256 MiB whatever N is); wall time against the floor of running
// the same job into sha256sum (what hashing the stream costs at least). Replaces the
// `## output` section of bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/output.mjs [bytes]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const bytes = Number(process.argv[2] ?? 2 * 1024 ** 3);
if (!existsSync(cli)) {
  console.error(`bench/output.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const root = mkdtempSync(join(tmpdir(), 'bench-output-'));
const bundle = join(root, 'loud');
cpSync(resolve('test', 'fixtures', 'output', 'loud'), bundle, { recursive: true });
const manifest = JSON.parse(readFileSync(join(bundle, 'bundle.json'), 'utf8'));
manifest.spec.run.argv = ['/bin/sh', 'loud.sh', String(bytes)];
writeFileSync(join(bundle, 'bundle.json'), JSON.stringify(manifest));

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** The CLI under /usr/bin/time, its stderr read through a pipe; resolves with wall time, peak RSS and what it echoed. */
function runCli(out) {
  const report = join(root, 'time.txt');
  const t0 = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-v', '-o', report, process.execPath, cli, 'run', join(bundle, 'bundle.json'), '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let echoed = 0;
  child.stdout.resume();
  child.stderr.on('data', (c) => (echoed += c.length));
  return new Promise((done) => child.on('close', (code) => {
    const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'))?.[1] ?? 0) / 1024;
    done({ code, seconds: Number(process.hrtime.bigint() - t0) / 1e9, rss, echoed });
  }));
}

const floor = timed('/bin/sh', ['-c', `sh ${join(bundle, 'loud.sh')} ${bytes} 2>/dev/null | sha256sum`]);
const out = join(root, 'out');
const run = await runCli(out);
if (run.code !== 0) {
  console.error(`capsule run exited ${run.code}`);
  process.exit(1);
}
const recorded = JSON.parse(readFileSync(join(out, 'run_manifest.json'), 'utf8')).proof_capsule.execution.logs.stdout;
const verify = spawnSync(process.execPath, [cli, 'verify', join(out, 'loud.agipack'), '--trust-policy', join(out, 'keys', 'trust-policy.local.json'), '--strict'], { encoding: 'utf8' });
rmSync(root, { recursive: true, force: true });

const mib = (n) => (n / 1024 ** 2).toFixed(1);
const lines = [
  '## output',
  '',
  `A job printing ${mib(bytes)} MiB of \`x\` on stdout (one line, no newline) through \`capsule run\`, the CLI's stderr a pipe`,
  'read by the benchmark (as a CI runner reads it). The stored log keeps the first 4 MiB, the whole stream is hashed,',
  'the live echo stops after 1 MiB and says so. Peak RSS from `/usr/bin/time -v`; the floor is the same job piped into',
  `\`sha256sum\`. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average ${loadavg()[0].toFixed(1)} at the end.`,
  '',
  '| measure | value |',
  '|---|---|',
  `| stdout bytes recorded (sha256 of the whole stream) | ${recorded.bytes} (${recorded.truncated ? `stored ${mib(recorded.storedBytes)} MiB` : 'all stored'}) |`,
  `| bytes echoed on the CLI's stderr | ${run.echoed} |`,
  `| **peak RSS of capsule run** (target ≤ 256 MiB) | **${run.rss.toFixed(1)} MiB** |`,
  `| wall time, whole \`capsule run\` | ${run.seconds.toFixed(2)} s |`,
  `| floor: job \\| sha256sum | ${floor.toFixed(2)} s |`,
  `| ratio | ${(run.seconds / floor).toFixed(2)}× |`,
  `| the run's capsule, \`verify --strict\` | ${verify.status === 0 ? 'pass' : `FAIL (exit ${verify.status})`} |`,
  '',
  'Regenerate: `CAPSULE_CLI=dist/cli.js node bench/output.mjs [bytes]`.',
];
console.log(lines.join('\n'));
writeResultsSection('output', lines.join('\n'));
if (run.rss > 256 || verify.status !== 0) process.exit(1);
