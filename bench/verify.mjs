// Verify benchmark: `capsule verify --strict` of a capsule of random artifacts
// (256 MiB and 1 GiB by default) against `openssl dgst -sha256` of the same file, the floor
// for reading and hashing it once. Rounds alternate the two, so both see the same load;
// the figure is the ratio of the medians (target <= 1.5x) and the peak RSS (target <= 128 MiB).
// Replaces the `## verify` section of bench/RESULTS.md.
//   CAPSULE_CLI=dist/cli.js node bench/verify.mjs [MiB...]  (ROUNDS=3 by default)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed, writeRun } from './capsule-run.mjs';
import { wasShared, writeResultsSection } from './results.mjs';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const rounds = Number(process.env.ROUNDS ?? 3);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(256, 1024);
if (!existsSync(cli)) {
  console.error(`bench/verify.mjs: CLI not found at ${cli} (set CAPSULE_CLI or run npm run package)`);
  process.exit(2);
}
const root = mkdtempSync(join(tmpdir(), 'bench-verify-'));
// Node's own SHA-256 of the file, read once in 4 MiB pieces: one of the two hashes any verifier takes.
// The mandatory work alone (one read, the two SHA-256s and the CRC-32 over both threads, no checks).
const FLOOR = fileURLToPath(new URL('verify-floor.mjs', import.meta.url));
const NODE_SHA256 = "const h=require('crypto').createHash('sha256');require('fs').createReadStream(process.argv[1],"
  + "{highWaterMark:4<<20}).on('data',(c)=>h.update(c)).on('end',()=>console.log(h.digest('hex')))";
/** SHA-256 throughput (MB/s) of 4 MiB blocks: the system openssl, with its SHA extensions masked off, and Node. */
const NODE_SPEED = `const c=require('crypto');const b=c.randomBytes(4<<20);let best=1e9;
  for(let r=0;r<5;r++){const t=process.hrtime.bigint();const h=c.createHash('sha256');
  for(let i=0;i<16;i++)h.update(b);h.digest();best=Math.min(best,Number(process.hrtime.bigint()-t)/1e6);}
  console.log(64*1.048576/(best/1000))`;
function throughput() {
  const speed = (env) => {
    const args = ['speed', '-evp', 'sha256', '-bytes', String(4 << 20), '-seconds', '1'];
    const r = spawnSync('openssl', args, { encoding: 'utf8', env });
    return Number((r.stdout.match(/^sha256\s+([\d.]+)k/m) ?? [])[1] ?? NaN) / 1000;
  };
  const node = Number(spawnSync(process.execPath, ['-e', NODE_SPEED], { encoding: 'utf8' }).stdout);
  return { openssl: speed(process.env), noShaExt: speed({ ...process.env, OPENSSL_ia32cap: ':~0x20000000' }), node };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
try {
  for (const mib of sizes) {
    const dir = join(root, `run-${mib}`);
    const capsule = join(root, `run-${mib}.agipack`);
    const prove = timed(process.execPath, [cli, 'prove', writeRun(dir, mib), '--export', capsule]);
    if (prove.code !== 0) throw new Error(`prove of ${mib} MiB failed: exit ${prove.code}\n${prove.stderr}`);
    rmSync(dir, { recursive: true, force: true });
    const packed = statSync(capsule).size;
    if (packed < mib * 2 ** 20) throw new Error(`${mib} MiB of artifacts packed to ${packed} bytes: not copied`);
    const verify = [];
    const openssl = [];
    const node = [];
    const floor = [];
    const bare = [];
    for (let i = 0; i < rounds; i++) {
      bare.push(timed(process.execPath, ['-e', '0']));
      const v = timed(process.execPath, [cli, 'verify', capsule, '--strict', '--json']);
      if (v.code !== 0 || JSON.parse(v.stdout).status !== 'pass') {
        throw new Error(`verify of ${mib} MiB did not pass: exit ${v.code}\n${v.stdout.slice(0, 2000)}`);
      }
      verify.push(v);
      const o = timed('openssl', ['dgst', '-sha256', capsule]);
      openssl.push(o);
      node.push(timed(process.execPath, ['-e', NODE_SHA256, capsule]));
      const fl = timed(process.execPath, [FLOOR, capsule]);
      const digest = o.stdout.trim().split('= ').at(-1);
      if (fl.code !== 0 || fl.stdout.split(' ')[0] !== digest || fl.stdout.split(' ')[1] !== digest) {
        throw new Error(`verify-floor.mjs: digests of ${mib} MiB are not ${digest}: ${fl.stdout}${fl.stderr}`);
      }
      floor.push(fl);
    }
    const v = median(verify.map((r) => r.seconds));
    const o = median(openssl.map((r) => r.seconds));
    const vCpu = median(verify.map((r) => r.cpuSeconds));
    const oCpu = median(openssl.map((r) => r.cpuSeconds));
    const n = median(node.map((r) => r.seconds));
    const f = median(floor.map((r) => r.seconds));
    const fCpu = median(floor.map((r) => r.cpuSeconds));
    const start = median(bare.map((r) => r.seconds));
    const rssMiB = Math.max(...verify.map((r) => r.rssKiB)) / 1024;
    rows.push({
      mib, capsuleMiB: packed / 2 ** 20, verify: v, openssl: o, ratio: v / o, vCpu, oCpu, node: n,
      floor: f, fCpu, start, rssMiB,
    });
    rmSync(capsule, { force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const fmt = (x, d = 2) => x.toFixed(d);
const cores = cpus().length;
/**
 * The least wall time any schedule of CPU seconds `cpu` can take on this machine: Node's start runs on one
 * core (nothing else can start before it), the rest spread perfectly over every core.
 */
const bestWall = (cpu, start) => start + Math.max(0, cpu - start) / cores;
const mbs = throughput();
const speedRatio = Math.abs(mbs.node / mbs.openssl - 1) < 0.1
  ? "Node's within 10% of openssl's"
  : `Node's ${fmt(mbs.node / mbs.openssl)}× openssl's`;
const load = loadavg()[0];
const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), load average `
  + `${fmt(load, 1)} at the end of the run`
  + `${wasShared(load) ? ' (other work shared the machine: both sides of each ratio saw it)' : ''}`;
const columns = ['Capsule (MiB)', '`verify --strict` (s)', '`openssl dgst -sha256` (s)', 'wall ratio (target ≤ 1.5)',
  'mandatory work alone (s)', 'its ratio to openssl', 'verify / mandatory work', 'verify CPU (s)',
  'mandatory work CPU (s)', `its best wall on ${cores} cores, × openssl`, 'openssl CPU (s)', 'Node SHA-256 once (s)',
  'verify peak RSS (MiB, target ≤ 128)'];
const cells = (r) => [fmt(r.capsuleMiB, 1), fmt(r.verify), fmt(r.openssl), `${fmt(r.ratio)}×`,
  fmt(r.floor), `${fmt(r.floor / r.openssl)}×`, `${fmt(r.verify / r.floor)}×`, fmt(r.vCpu),
  fmt(r.fCpu), `${fmt(bestWall(r.fCpu, r.start) / r.openssl)}×`, fmt(r.oCpu), fmt(r.node), fmt(r.rssMiB, 1)];
const lines = [columns, columns.map(() => '---'), ...rows.map(cells)].map((row) => `| ${row.join(' | ')} |`);
const section = `## verify

\`capsule verify X.agipack --strict --json\` of a capsule holding one random (stored) artifact of the
capsule's size, written by \`capsule prove\`, against \`openssl dgst -sha256\` of the same file in the same run:
${rounds} alternating rounds, medians; the largest peak RSS of the rounds (\`/usr/bin/time -v\`).
Verify reads the file once, in 256 KiB aligned reads into shared buffers (each chunk read by whichever
thread needs it first): a worker thread takes the whole-file SHA-256 and the main thread each entry's
SHA-256 and CRC-32 (\`zlib.crc32\`; deflated entries inflated) from the same buffers; when the worker
would wait for the main thread it takes the CRC-32 of chunks the main thread has yet to reach, so two
cores share the work. CPU is user + system
time of all threads: verify hashes every byte twice (the file's SHA-256 and its entry's) and takes a
CRC-32 of it, so on a machine whose cores are all busy, where a second thread buys nothing, its wall
ratio tends to its CPU ratio. "Mandatory work alone" is bench/verify-floor.mjs: the work the format and
the report require of any verifier of this capsule and nothing else (no checks, no modules): Node
starts, spawns a worker on its first line, reads the file once in 256 KiB slots of shared memory, the
worker takes the whole-file SHA-256 (the report's \`capsule.sha256\`, the bytes a signature is over) and
a CRC-32, the main thread the SHA-256 of the same bytes (the entry's digest the manifest records); its
digests are checked against openssl's. It is the floor for verify on this runtime and machine: where it
is itself above 1.5× openssl, no verify built on it can meet that target here. "Its best wall" bounds
any verifier that does that work, however well it shares it: Node's start (\`node -e 0\`,
${fmt(rows[0]?.start ?? NaN)} s at the first size, measured in the same rounds) on one core, then the rest of
the floor's CPU seconds spread perfectly over all ${cores} cores with nothing waiting, as a ratio to openssl's
wall. "Node SHA-256 once" is
\`crypto.createHash('sha256')\` over the file in 4 MiB reads, nothing else: one of verify's two hashes.
SHA-256 of 4 MiB blocks in memory, measured in this run: ${fmt(mbs.openssl, 0)} MB/s by
\`openssl speed\`, ${fmt(mbs.noShaExt, 0)} MB/s with its SHA extensions masked off, ${fmt(mbs.node, 0)} MB/s
in Node (${speedRatio}).
${machine}.

${lines.join('\n')}

Regenerate: \`CAPSULE_CLI=dist/cli.js node bench/verify.mjs\` (sizes in MiB as arguments, \`ROUNDS=\` for the count).
`;
process.stdout.write(`${section}\n`);
writeResultsSection('verify', section);
