import { constants } from 'node:os';
import type { ValidatedBundle } from '../bundle/types.js';
import type { Placement } from '../execute/placement.js';
import type { RunResult } from '../execute/types.js';
import { agentplaneIntent, agentplaneLane, bundleRef, governanceContext } from './common.js';

/**
 * agentplane needs an integer exit code: a signal death is reported as 128 + signal (the
 * shell's convention), a process that never started as -1. The real values are kept in
 * x-proofcapsule.
 */
function agentplaneExitCode(r: RunResult): number {
  if (r.exitCode !== null) return r.exitCode;
  const n = r.signal ? constants.signals[r.signal as NodeJS.Signals] : undefined;
  return n !== undefined ? 128 + n : -1;
}

export interface RunArtifactRefs {
  bundlePath: string;
  stdoutRef: string;
  stderrRef: string;
}

/** agentplane RunArtifact, with executor facts (for qemu: kernel/initrd/QEMU hashes and argv from details). */
export function buildRunArtifact(vb: ValidatedBundle, placement: Placement, result: RunResult, refs: RunArtifactRefs): Record<string, unknown> {
  const g = governanceContext(vb);
  return {
    kind: 'RunArtifact',
    bundle: bundleRef(vb),
    bundlePath: refs.bundlePath,
    capturedAt: result.finishedAt,
    lane: agentplaneLane(vb.bundle.spec.policy.lane),
    executor: placement.site,
    backendIntent: agentplaneIntent(placement),
    status: result.status === 'pass' ? 'success' : 'failure',
    exitCode: agentplaneExitCode(result),
    stdoutRef: refs.stdoutRef,
    stderrRef: refs.stderrRef,
    ...(g ? { governanceContext: g } : {}),
    'x-proofcapsule': {
      lane: vb.bundle.spec.policy.lane,
      executor: result.executor,
      accel: placement.accel,
      argv: result.argv,
      cwd: result.cwd,
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      signal: result.signal,
      diagnostics: result.diagnostics,
      details: result.details,
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      durationSeconds: result.durationSeconds,
    },
  };
}
