import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CapsuleError } from '../../errors.js';
import { sha256File } from '../../hash/sha256.js';
import { guestKernelHint, recordedKernelPath } from './kernels.js';
import { findQemu } from './probe.js';
import { qemuPlacing } from './placing.js';
import { createLogSink, type LogSink } from '../logs.js';
import { liveEcho } from '../echo.js';
import type { Executor, LogRecord, RunRequest, RunResult } from '../types.js';
import { buildQemuArgv, type QemuLaunch } from './argv.js';
import { GUEST_MARK } from './guest-init.js';
import { findStaticBusybox, hostTscKhz, qemuVersion } from './host-tools.js';
import { buildInitramfs } from './initramfs.js';
import { chooseGuestKernel, findGuestKernels, type GuestKernel } from './kernel.js';
import { GUEST_MODULES, moduleLoadOrder } from './modules.js';
import { collectGuestResults, type GuestResults } from './results.js';
import { runResult } from '../result.js';
import { planContainment, spawnContained, superviseJob, type ContainmentRecord } from '../contain/index.js';
import { containmentDetails } from '../contain/record.js';

export interface QemuExecutorOptions {
  /** Size of the sparse raw disk the guest writes its results onto (default 1 GiB). */
  resultsDiskBytes?: number;
  /** SIGTERM to QEMU at the timeout, SIGKILL this long after (default 2 s). */
  killGraceMs?: number;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_RESULTS_DISK_BYTES = 1 << 30;
const DEFAULT_MEM_MIB = 512;

/** Runs the bundle in a micro-VM: the guest kernel, our busybox init, the workspace as initramfs payload. */
export function createQemuExecutor(options: QemuExecutorOptions = {}): Executor {
  return { kind: 'qemu', ...qemuPlacing, run: (req) => runInVm(req, options) };
}

export const qemuExecutor: Executor = createQemuExecutor();

interface VmSetup {
  binary: string;
  kernel: GuestKernel;
  busybox: string;
}

/** Everything the VM needs from the host, or why it cannot start (each a diagnostic, never an exception). */
function resolveSetup(req: RunRequest, env: NodeJS.ProcessEnv): VmSetup | string {
  const vm = req.bundle.bundle.spec.executor.vm ?? {};
  if (vm.initrd) return `vm.initrd is not supported: the qemu executor builds the initramfs itself (busybox init + workspace payload)`;
  const binary = req.placement.qemu?.binary ?? findQemu(env);
  if (!binary || !existsSync(binary)) return `QEMU not found (${binary ?? 'qemu-system-x86_64 not on PATH'}): install qemu-system-x86`;
  const busybox = findStaticBusybox(env);
  if ('problem' in busybox) return busybox.problem;
  const needs = { ninep: vm.hostUserland === true };
  const explicit = vm.kernel ? resolve(req.bundle.dir, vm.kernel) : undefined;
  if (explicit && !existsSync(explicit)) return `guest kernel ${explicit} (vm.kernel) does not exist`;
  const kernel = explicit ? chooseGuestKernel(explicit, [], needs) : chooseGuestKernel(req.placement.qemu?.kernel, findGuestKernels(env), needs);
  if (!kernel) {
    const what = explicit ? `the kernel ${explicit} (vm.kernel) has no usable modules${needs.ninep ? ' or lacks 9p/overlay' : ''}` : `no guest kernel${needs.ninep ? ' with 9p and overlay modules (vm.hostUserland needs the generic kernel)' : ''} found`;
    return `${what}: ${guestKernelHint(env)}`;
  }
  return { binary, kernel, busybox: busybox.path };
}

/** A QEMU run with the guest's results read back (their exit code wins over the console mark). */
interface VmOutcome extends Omit<QemuRun, 'markedExitCode' | 'containment'> {
  exitCode: number | null;
  results: GuestResults | null;
}

async function runInVm(req: RunRequest, options: QemuExecutorOptions): Promise<RunResult> {
  const startedAt = new Date();
  const diagnostics: string[] = [];
  const details: Record<string, unknown> = { io_channel: 'workspace in as initramfs payload; results out as a tar on a virtio-blk raw disk' };
  mkdirSync(req.logsDir, { recursive: true });
  const sink = (name: string) => createLogSink(join(req.logsDir, name), { capBytes: req.logCapBytes, secretValues: req.secretValues });
  const sinks = { stdout: sink('stdout.log'), stderr: sink('stderr.log'), console: sink('console.log') };
  let outcome: VmOutcome | null = null;

  const setup = resolveSetup(req, options.env ?? process.env);
  if (typeof setup === 'string') diagnostics.push(setup);
  else {
    const scratch = mkdtempSync(join(tmpdir(), 'capsule-qemu-'));
    try {
      outcome = await bootAndCollect(req, options, setup, scratch, sinks.console, details);
    } catch (err) {
      diagnostics.push(err instanceof CapsuleError ? err.message : `qemu executor failed before the guest ran: ${(err as Error).message}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  const logs = finishLogs(req, sinks, outcome?.results ?? null);
  details.console_log = logs.console;
  if (outcome) diagnostics.push(...explainOutcome(outcome, req, details));
  return runResult('qemu', req, startedAt, {
    pass: outcome !== null && outcome.exitCode === 0 && diagnostics.length === 0,
    exitCode: outcome?.exitCode ?? null,
    signal: outcome?.signal ?? null,
    timedOut: outcome?.timedOut ?? false,
    logs: { stdout: logs.stdout, stderr: logs.stderr },
    diagnostics,
    details,
  });
}

/** Stores the guest's stdout/stderr (capped, hashed, redacted) and closes the console log. */
function finishLogs(req: RunRequest, sinks: Record<'stdout' | 'stderr' | 'console', LogSink>, results: GuestResults | null): Record<'stdout' | 'stderr' | 'console', LogRecord> {
  const echo = liveEcho(req);
  const record = (stream: 'stdout' | 'stderr') => {
    const s = sinks[stream];
    // The guest's output arrives when it powers off, so live output is replayed at the end.
    echo(stream, s.write(results?.[stream] ?? Buffer.alloc(0)));
    const { record, tail } = s.close();
    echo(stream, tail, true);
    return record;
  };
  return { stdout: record('stdout'), stderr: record('stderr'), console: sinks.console.close().record };
}

/** The failure reasons an outcome carries; none means the guest ran, reported and wrote its results back. */
function explainOutcome(o: VmOutcome, req: RunRequest, details: Record<string, unknown>): string[] {
  const d: string[] = [];
  if (o.timedOut) d.push(`guest hung: no poweroff within ${req.timeoutSeconds} s (boot included); QEMU was sent SIGTERM then SIGKILL. A VM that timed out is always a failure: it wrote no results`);
  if (o.panic) d.push(`kernel panic in the guest: ${o.panic} (see console.log)`);
  if (o.resultsMark === 'failed') d.push(`results disk full or unwritable (${Number(details.results_disk_bytes) / (1 << 20)} MiB): ${o.resultsError || 'tar failed'}; outputs were not all written back`);
  if (o.results?.truncated && o.resultsMark !== 'failed' && !o.timedOut && !o.panic) d.push('the results archive on the disk is cut off: the guest died while writing it');
  if (o.results && o.results.refused.length > 0) d.push(`guest results not written back: ${o.results.refused.slice(0, 5).join('; ')}`);
  if (o.exitCode === null && !o.timedOut && !o.panic) d.push(`guest never reported an exit code (QEMU exited ${o.qemuExit ?? o.signal}${o.qemuStderr ? `: ${o.qemuStderr}` : ''}); see console.log`);
  return d;
}

async function bootAndCollect(req: RunRequest, options: QemuExecutorOptions, setup: VmSetup, scratch: string, consoleSink: LogSink, details: Record<string, unknown>): Promise<VmOutcome> {
  const vm = req.bundle.bundle.spec.executor.vm ?? {};
  const machine = setup.kernel.microvm ? 'microvm' : 'pc';
  const accel = req.placement.accel === 'kvm' ? 'kvm' : 'tcg';
  const hostUserland = vm.hostUserland === true;
  const network = vm.network === true;
  const modules = moduleLoadOrder(setup.kernel.modulesDir!, [
    ...(machine === 'microvm' ? GUEST_MODULES.blockMmio : GUEST_MODULES.blockPci),
    ...(hostUserland ? GUEST_MODULES.ninep : []),
    ...(network ? GUEST_MODULES.net : []),
  ]);
  // Inside the guest only busybox exists unless the host's userland is shared.
  const env = { ...req.env, TMPDIR: '/tmp', ...(hostUserland ? {} : { PATH: '/bin', HOME: '/tmp' }) };
  const initrd = buildInitramfs(join(scratch, 'initrd.cpio'), {
    busybox: setup.busybox,
    modulesDir: setup.kernel.modulesDir!,
    init: { modules, hostUserland, network },
    job: { argv: req.argv, cwd: req.cwd, env },
    workspace: req.workspace,
    skip: req.skip,
    skipFolder: req.skipFolder,
  });
  const disk = join(scratch, 'results.img');
  const diskBytes = options.resultsDiskBytes ?? DEFAULT_RESULTS_DISK_BYTES;
  const fd = openSync(disk, 'w', 0o600);
  ftruncateSync(fd, diskBytes);
  closeSync(fd);

  const tscKhz = accel === 'tcg' ? hostTscKhz() : null;
  const launch: QemuLaunch = {
    kernel: setup.kernel.bootPath,
    initrd: initrd.path,
    machine,
    accel,
    memMiB: vm.memMiB ?? DEFAULT_MEM_MIB,
    vcpu: vm.vcpu ?? 1,
    kernelParams: tscKhz ? [`tsc_early_khz=${tscKhz}`] : [],
    disks: [{ id: 'results', path: disk, readonly: false }],
    shares: hostUserland ? [{ tag: 'hostroot', path: '/', readonly: true }] : [],
    network,
  };
  const argv = buildQemuArgv(launch);
  const [kernelDigest, qemuDigest] = await Promise.all([sha256File(setup.kernel.bootPath), sha256File(setup.binary)]);
  // No machine paths in evidence: a kernel kept in the bundle folder is recorded relative to it,
  // one from a guest-kernel folder under that folder's name, the per-run scratch as <scratch>.
  const bundleDir = `${realpathSync(req.bundle.dir)}/`;
  const recorded = (p: string) => recordedKernelPath(p, options.env ?? process.env).split(bundleDir).join('').split(scratch).join('<scratch>');
  Object.assign(details, {
    kernel: { path: recorded(setup.kernel.path), boot_path: recorded(setup.kernel.bootPath), release: setup.kernel.release, sha256: kernelDigest.sha256, modules },
    // The payload holds the run's environment: its digest would fingerprint secret values, so it is left out when there are any.
    initrd: { sha256: initrd.systemSha256, ...(req.secretValues.length === 0 ? { payload_sha256: initrd.payloadSha256 } : {}), payload_files: initrd.payloadFiles, busybox: setup.busybox },
    qemu: { binary: setup.binary, sha256: qemuDigest.sha256, version: qemuVersion(setup.binary) },
    qemu_argv: [setup.binary, ...argv].map(recorded),
    accel,
    machine,
    mem_mib: launch.memMiB,
    vcpu: launch.vcpu,
    host_userland: hostUserland,
    network,
    results_disk_bytes: diskBytes,
  });

  const run = await runQemu(setup.binary, argv, req.timeoutSeconds * 1000, options.killGraceMs ?? 2000, consoleSink);
  if (run.containment) details.containment = containmentDetails(run.containment, req.secretValues);
  const results = run.timedOut ? null : collectGuestResults(disk, req.workspace, req.skip, req.skipFolder);
  if (results) details.results = { files_written: results.files.length, refused: results.refused, truncated: results.truncated };
  return { ...run, exitCode: results?.exitCode ?? run.markedExitCode, results };
}

interface QemuRun {
  timedOut: boolean;
  signal: string | null;
  qemuExit: number | null;
  panic: string | null;
  resultsMark: 'written' | 'failed' | null;
  resultsError: string;
  markedExitCode: number | null;
  qemuStderr: string;
  containment: ContainmentRecord | null;
}

/** Runs QEMU contained like any job; reads the serial console line by line for the guest's marks and panics. */
async function runQemu(binary: string, argv: string[], timeoutMs: number, graceMs: number, consoleSink: LogSink): Promise<QemuRun> {
  const r: QemuRun = { timedOut: false, signal: null, qemuExit: null, panic: null, resultsMark: null, resultsError: '', markedExitCode: null, qemuStderr: '', containment: null };
  let partial = '';
  const onLine = (line: string) => {
    if (r.panic === null && line.includes('Kernel panic')) r.panic = line.replace(/^\[[^\]]*\]\s*/, '').trim();
    if (line.startsWith(GUEST_MARK.exitCode)) r.markedExitCode = Number(line.slice(GUEST_MARK.exitCode.length).trim());
    if (line.startsWith(GUEST_MARK.resultsWritten)) r.resultsMark = 'written';
    if (line.startsWith(GUEST_MARK.resultsFailed)) {
      r.resultsMark = 'failed';
      r.resultsError = line.slice(GUEST_MARK.resultsFailed.length).trim();
    }
  };
  const plan = planContainment();
  if ('problem' in plan) return { ...r, qemuStderr: plan.problem };
  const job = spawnContained([binary, ...argv], { plan });
  job.stdout.on('data', (chunk: Buffer) => {
    consoleSink.write(chunk);
    const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
    partial = lines.pop()!.slice(-4096);
    lines.forEach(onLine);
  });
  job.stderr.on('data', (chunk: Buffer) => {
    consoleSink.write(chunk);
    r.qemuStderr = (r.qemuStderr + chunk.toString('utf8')).slice(-1000);
  });
  const { exit, timedOut, containment } = await superviseJob(job, { timeoutMs, graceMs });
  onLine(partial);
  if (exit.failed) r.qemuStderr = `cannot start ${binary}: ${exit.failed.code}`;
  r.qemuStderr = r.qemuStderr.trim().split('\n').filter((l) => !l.includes('terminating on signal')).slice(-3).join(' | ');
  return { ...r, timedOut, qemuExit: exit.code, signal: exit.signal, containment };
}
