import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processExecutor } from '../../src/execute/process.js';
import { buildRunEnv } from '../../src/execute/env.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { runCommand } from '../../src/bundle/run-command.js';
import { collectOutputs } from '../../src/collect/outputs.js';
import { evaluateGates } from '../../src/collect/gates.js';
import type { Placement } from '../../src/execute/placement.js';

const placement: Placement = { site: 'local-process', executor: 'process', intent: 'process', accel: null, rejected: [], warnings: [], inventory: { source: 'probe' }, decidedAt: '2026-01-01T00:00:00.000Z' };

async function runExample(name: string) {
  const vb = validateBundle(`examples/${name}/bundle.json`);
  const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
  cpSync(vb.dir, workspace, { recursive: true });
  const { argv, cwd } = runCommand(vb);
  const { env, secretValues } = buildRunEnv(vb.bundle, process.env);
  const result = await processExecutor.run({ bundle: vb, placement, workspace, logsDir: `${workspace}-logs`, argv, cwd, env, secretValues, timeoutSeconds: vb.bundle.spec.policy.maxRunSeconds, logCapBytes: 1 << 20 });
  const { outputs } = await collectOutputs(workspace, vb.bundle.spec.outputs);
  const gates = evaluateGates(vb.bundle.spec.validations ?? [], { exitCode: result.exitCode, outputs, workspace });
  return { result, outputs, gates };
}

describe('examples on the process executor', () => {
  it('train: a real training run whose gates pass and whose outputs hash the same every time', async () => {
    const first = await runExample('train');
    expect(first.result.status).toBe('pass');
    expect(first.gates.map((g) => [g.label, g.status])).toEqual([['exits 0', 'pass'], ['accuracy >= 0.8', 'pass']]);
    expect(first.outputs.map((o) => o.path)).toEqual(['out/metrics.json', 'out/model.json']);
    const second = await runExample('train');
    expect(second.outputs).toEqual(first.outputs);
  });

  it('hello passes all gates; failing fails its gate', async () => {
    const hello = await runExample('hello');
    expect(hello.gates.every((g) => g.status === 'pass')).toBe(true);
    expect(hello.outputs).toHaveLength(2);
    const failing = await runExample('failing');
    expect(failing.gates).toEqual([expect.objectContaining({ status: 'fail', summary: 'exit code 3 ≠ 0' })]);
  });
});
