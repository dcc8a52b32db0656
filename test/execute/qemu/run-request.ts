import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateBundle } from '../../../src/bundle/validate.js';
import { runCommand } from '../../../src/bundle/run-command.js';
import { buildRunEnv } from '../../../src/execute/env.js';
import { sha256Hex } from '../../../src/hash/sha256.js';
import type { RunRequest } from '../../../src/execute/types.js';
import type { Placement } from '../../../src/execute/placement.js';

/** A RunRequest as the pipeline makes one: the bundle folder copied to a fresh workspace. */
export function requestFor(bundleDir: string, executor: 'process' | 'qemu', overrides: Partial<RunRequest> = {}): RunRequest {
  const bundle = validateBundle(join(bundleDir, 'bundle.json'));
  const root = mkdtempSync(join(tmpdir(), 'capsule-qemu-test-'));
  const workspace = join(root, 'workspace');
  cpSync(bundleDir, workspace, { recursive: true });
  const { argv, cwd } = runCommand(bundle);
  const env = buildRunEnv(bundle.bundle, process.env);
  const placement: Placement = {
    site: `local-${executor}`,
    executor,
    intent: bundle.bundle.spec.executor.backendIntent,
    accel: executor === 'qemu' ? 'tcg' : null,
    rejected: [],
    warnings: [],
    inventory: { source: 'probe' },
    decidedAt: '2026-01-01T00:00:00Z',
  };
  return {
    bundle,
    placement,
    workspace,
    logsDir: join(root, 'logs'),
    argv,
    cwd,
    env: env.env,
    secretValues: env.secretValues,
    timeoutSeconds: bundle.bundle.spec.policy.maxRunSeconds,
    logCapBytes: 1 << 20,
    ...overrides,
  };
}

/** sha256 of each named file under `dir` (the declared outputs of a run). */
export function fileHashes(dir: string, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, sha256Hex(readFileSync(join(dir, p)))]));
}
