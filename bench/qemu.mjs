// QEMU executor benchmark: a full VM run of examples/hello (initramfs build, boot, module
// loads, job, results tar, poweroff, results read back, hashes) against a bare boot of the
// same kernel with the same QEMU arguments and an initramfs whose init only powers off.
// Runs alternate (so host load hits both alike); medians are reported with their ratio.
// Compiles the executor with tsc into build/qemu-bench first. Prints a table and replaces
// the `## qemu` section of bench/RESULTS.md.
//   node bench/qemu.mjs [repetitions]      (needs scripts/guest-kernel.sh to have run)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, closeSync, ftruncateSync, lstatSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeResultsSection } from './results.mjs';

const reps = Number(process.argv[2] ?? 5);
const out = resolve('build', 'qemu-bench');
const entries = ['src/execute/qemu/executor.ts', 'src/execute/qemu/cpio.ts', 'src/bundle/validate.ts', 'src/bundle/run-command.ts', 'src/execute/env.ts'];
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...entries, '--outDir', out, '--rootDir', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--resolveJsonModule', '--strict'], { stdio: 'inherit' });
// tsc emits only .ts sources; the precompiled schema validators are plain CommonJS beside them.
copyFileSync('src/schemas/validators.generated.cjs', join(out, 'src', 'schemas', 'validators.generated.cjs'));
const load = (p) => import(join(out, p));
const { qemuExecutor } = await load('src/execute/qemu/executor.js');
const { CpioWriter } = await load('src/execute/qemu/cpio.js');
const { validateBundle } = await load('src/bundle/validate.js');
const { runCommand } = await load('src/bundle/run-command.js');
const { buildRunEnv } = await load('src/execute/env.js');

const scratch = mkdtempSync(join(tmpdir(), 'bench-qemu-'));
const hello = resolve('examples', 'hello');

async function vmRun(i) {
  const root = join(scratch, `run-${i}`);
  cpSync(hello, join(root, 'workspace'), { recursive: true });
  const bundle = validateBundle(join(hello, 'bundle.json'));
  const { argv, cwd } = runCommand(bundle);
  const env = buildRunEnv(bundle.bundle, process.env);
  const placement = { site: 'bench', executor: 'qemu', intent: 'qemu', accel: 'tcg', rejected: [], warnings: [], inventory: { source: 'probe' }, decidedAt: new Date().toISOString() };
  const t0 = performance.now();
  const result = await qemuExecutor.run({ bundle, placement, workspace: join(root, 'workspace'), logsDir: join(root, 'logs'), argv, cwd, env: env.env, secretValues: [], timeoutSeconds: 120, logCapBytes: 1 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 'pass') throw new Error(`hello failed in the VM: ${result.diagnostics.join('; ')}`);
  return { seconds, result };
}

/** The same QEMU argv with an initramfs whose /init powers off at once, and a fresh results disk. */
function bareArgv(qemuArgv) {
  const initrd = join(scratch, 'bare.cpio');
  const w = CpioWriter.open(initrd);
  w.add({ name: 'bin', type: 'dir', mode: 0o755 });
  w.add({ name: 'bin/busybox', type: 'file', mode: 0o755, source: '/bin/busybox', size: lstatSync('/bin/busybox').size });
  w.add({ name: 'init', type: 'file', mode: 0o755, data: Buffer.from('#!/bin/busybox sh\n/bin/busybox poweroff -f\n') });
  w.endArchive();
  w.close();
  const disk = join(scratch, 'bare.img');
  const fd = openSync(disk, 'w');
  ftruncateSync(fd, 1 << 30);
  closeSync(fd);
  return qemuArgv.map((a) => (a.endsWith('initrd.cpio') ? initrd : a.includes('results.img') ? a.replace(/file=[^,]*results\.img/, `file=${disk}`) : a));
}

function bareBoot(argv) {
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`bare boot exited ${r.status}`);
  return (performance.now() - t0) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const vm = [];
const bare = [];
let details;
const loadBefore = loadavg()[0];
for (let i = 0; i < reps; i++) {
  const run = await vmRun(i);
  vm.push(run.seconds);
  details ??= run.result.details;
  bare.push(bareBoot(bareArgv(details.qemu_argv)));
}
rmSync(scratch, { recursive: true, force: true });

const ratio = median(vm) / median(bare);
const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
const table = [
  '| Run | Median (s) | All runs (s) |',
  '|---|---|---|',
  `| bare boot to poweroff (same kernel, same argv, init = poweroff -f) | ${median(bare).toFixed(2)} | ${fmt(bare)} |`,
  `| \`examples/hello\` in the VM (whole executor run) | ${median(vm).toFixed(2)} | ${fmt(vm)} |`,
  `| **ratio** (target ≤ 1.2×) | **${ratio.toFixed(2)}×** | |`,
].join('\n');
console.log(table);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const section = `## qemu

\`examples/hello\` run by the QEMU executor (build the initramfs with the workspace payload,
boot, load the virtio modules, run the job, tar the results onto the virtio-blk disk,
power off, read the results back, hash kernel/QEMU) against a bare boot of the same kernel
with the same QEMU argv and an initramfs whose init only runs \`poweroff -f\`. ${reps}
repetitions, alternating; medians. Accel ${details.accel}, machine ${details.machine},
kernel ${details.kernel.release}, ${details.qemu.version}; ${cpu} (${cpus().length} cores),
load average ${loadBefore.toFixed(1)} at start (other jobs share this machine, so
absolute times vary between runs; the alternation keeps the ratio fair).

${table}

Regenerate: \`node bench/qemu.mjs [repetitions]\` (after \`scripts/guest-kernel.sh\`).
`;
writeResultsSection('qemu', section);
