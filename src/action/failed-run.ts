import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lastLines, readFileTail } from '../fsio/tail.js';
import { asBoolean, asNumber, asRecord, asString } from '../json/untrusted.js';
import { describeRunFailure } from '../manifest/run-failure.js';

/** Why the job failed and the end of its stderr, as the job summary shows them without a click. */
export interface FailedRun {
  why: string;
  /** The stored stderr is already redacted (bundle secrets and the `redact` input) and capped. */
  stderr: { path: string; lines: string[]; cut: boolean } | null;
}

/** Read from the run folder this run just wrote; null when the job itself did not fail. */
export function readFailedRun(manifestPath: string): FailedRun | null {
  if (!existsSync(manifestPath)) return null;
  const manifest = asRecord(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const ext = asRecord(manifest.proof_capsule);
  const execution = asRecord(ext.execution);
  const why = describeRunFailure({
    status: asString(manifest.status),
    exitCode: asNumber(execution.exit_code),
    signal: asString(execution.signal),
    timedOut: asBoolean(execution.timed_out),
    limitSeconds: asNumber(asRecord(ext.bundle).max_run_seconds),
  });
  if (why === null) return null;
  const relative = asString(asRecord(asRecord(execution.logs).stderr).path) ?? 'logs/stderr.log';
  const file = path.join(path.dirname(manifestPath), relative);
  if (!existsSync(file)) return { why, stderr: null };
  const read = readFileTail(file);
  const tail = lastLines(read.text);
  return { why, stderr: tail.lines.length === 0 ? null : { path: relative, lines: tail.lines, cut: tail.cut || read.cut } };
}
