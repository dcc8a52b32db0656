import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import { planContainment, spawnContained, superviseJob } from '../execute/contain/index.js';
import { KILL_GRACE_MS } from '../execute/process.js';
import type { RunManifest } from '../manifest/types.js';

/** What AGILAB's `replay --execute` reports of the recorded command, plus how it ended. */
export interface CommandReplay {
  status: 'pass' | 'fail';
  returncode: number | null;
  stdout: string;
  stderr: string;
  timed_out: boolean;
  notes: string[];
}

/** Each stream is kept up to this many bytes (AGILAB keeps all; a runaway job must not fill memory). */
const STREAM_CAP = 4 * 1024 * 1024;
/** No --timeout: wait as long as a timer can (a larger delay would fire at once). */
const NO_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Runs a manifest's recorded command as AGILAB's `replay --execute` does: its argv, in its
 * cwd, with the caller's environment plus the recorded env overrides. A relative cwd is the
 * manifest's folder's (AGILAB's is the caller's; ours does not depend on where you stand), and
 * a redacted override is left to the caller's environment instead of being set to the
 * placeholder. Runs under the same containment as a bundle's job; never throws for what the
 * command does.
 */
export async function replayRecordedCommand(manifest: RunManifest, manifestDir: string, options: {
  timeoutSeconds?: number;
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void;
} = {}): Promise<CommandReplay> {
  const { argv, cwd: recorded, env_overrides: overrides } = manifest.command;
  if (argv.length === 0) {
    const why = 'the manifest records no command (argv is empty), so there is nothing to re-run';
    throw new CapsuleError('replay_no_command', `${manifestDir}: ${why}`, { file: manifestDir });
  }
  const cwd = recorded === '' ? manifestDir : isAbsolute(recorded) ? recorded : resolve(manifestDir, recorded);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    const why = `the recorded working directory is not here, so ${JSON.stringify(argv[0])} cannot run as recorded`;
    throw new CapsuleError('replay_cwd_missing', `${cwd}: ${why}`, { file: cwd });
  }
  const notes: string[] = recorded === cwd ? [] : [`ran in ${cwd} (recorded cwd: ${JSON.stringify(recorded)})`];
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === '<redacted>') {
      notes.push(`${name} was redacted in the record: ${name in process.env ? 'your value is used' : 'not set'}`);
    }
    else env[name] = value;
  }
  const plan = planContainment();
  if ('problem' in plan) throw new CapsuleError('containment_unavailable', plan.problem);
  const job = spawnContained(argv, { cwd, env, plan });
  const streams = { stdout: capture('stdout', options.onOutput), stderr: capture('stderr', options.onOutput) };
  job.stdout.on('data', streams.stdout.push);
  job.stderr.on('data', streams.stderr.push);
  const seconds = options.timeoutSeconds;
  const timeoutMs = seconds === undefined ? NO_TIMEOUT_MS : Math.max(1, Math.round(seconds * 1000));
  const { exit, timedOut } = await superviseJob(job, { timeoutMs, graceMs: KILL_GRACE_MS });
  if (timedOut) {
    const kill = `every process of the command was sent SIGTERM, SIGKILL after ${KILL_GRACE_MS / 1000} s`;
    notes.push(`timed out after ${seconds} s: ${kill}`);
  }
  if (exit.failed) notes.push(`cannot run ${JSON.stringify(argv[0])}: ${exit.failed.step} ${exit.failed.code}`);
  for (const s of Object.values(streams)) {
    if (s.dropped > 0) notes.push(`${s.name}: ${s.dropped} bytes past the ${STREAM_CAP}-byte cap not kept`);
  }
  return {
    status: exit.code === 0 && !timedOut ? 'pass' : 'fail', returncode: exit.code,
    stdout: streams.stdout.text(), stderr: streams.stderr.text(), timed_out: timedOut, notes,
  };
}

function capture(name: 'stdout' | 'stderr', onOutput?: (stream: 'stdout' | 'stderr', text: string) => void) {
  const chunks: Buffer[] = [];
  let kept = 0;
  const s = {
    name,
    dropped: 0,
    push: (chunk: Buffer) => {
      onOutput?.(name, chunk.toString('utf8'));
      const room = STREAM_CAP - kept;
      if (room > 0) chunks.push(chunk.subarray(0, room));
      kept += Math.min(room, chunk.length);
      s.dropped += Math.max(0, chunk.length - Math.max(room, 0));
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
  return s;
}
