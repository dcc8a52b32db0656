import { describe, expect, it } from 'vitest';
import { processExecutor } from '../../../src/execute/process.js';
import { CONTAINMENT_ENV, planContainment, type ContainmentKind } from '../../../src/execute/contain/index.js';
import type { ContainmentRecord } from '../../../src/execute/contain/index.js';
import { requestFor } from '../qemu/run-request.js';
import { DAEMONS_BUNDLE, VARIANTS, newMark, processesMarked, sleep } from './jobs.js';

const KINDS: ContainmentKind[] = ['cgroup', 'pid-namespace', 'subreaper'];

/** Runs one daemon variant under one containment kind; returns the run and what /proc holds after. */
async function runVariant(kind: ContainmentKind, variant: string, ending: 'then-exit' | 'then-hang') {
  const mark = newMark();
  const req = requestFor(DAEMONS_BUNDLE, 'process', { argv: ['/bin/sh', 'daemons.sh', variant, ending], timeoutSeconds: ending === 'then-hang' ? 0.6 : 30 });
  req.env = { ...req.env, CAPSULE_TEST_MARK: mark };
  const before = process.env[CONTAINMENT_ENV];
  process.env[CONTAINMENT_ENV] = kind;
  try {
    const result = await processExecutor.run(req);
    // Longer than the delayed daemon's delay and several re-fork periods: anything that escaped would show by now.
    await sleep(500);
    return { result, left: processesMarked(mark) };
  } finally {
    if (before === undefined) delete process.env[CONTAINMENT_ENV];
    else process.env[CONTAINMENT_ENV] = before;
  }
}

describe.each(KINDS)('containment %s', (kind) => {
  const plan = planContainment(kind);
  const skip = 'problem' in plan ? plan.problem : false;

  it.skipIf(skip)('is what the machine offers (or skipped with the reason)', () => {
    expect(plan).toMatchObject({ kind });
  });

  describe.each(VARIANTS)('%s', (variant) => {
    it.skipIf(skip)('normal exit: nothing of the job is left, and the record names the containment and what it killed', async () => {
      const { result, left } = await runVariant(kind, variant, 'then-exit');
      expect(left).toEqual([]);
      expect(result.exitCode).toBe(0);
      const record = result.details.containment as ContainmentRecord;
      expect(record.kind).toBe(kind);
      expect(record.killed_count).toBeGreaterThan(0);
      expect(record.killed.map((p) => p.name).join(' ')).toMatch(/sleep|sh|setsid/);
      expect(record.killed.every((p) => Number.isInteger(p.pid) && p.pid > 0)).toBe(true);
      expect(result.diagnostics.join('\n')).toMatch(/still alive at its end and were killed/);
    });

    it.skipIf(skip)('timeout: nothing of the job is left, the job itself included', async () => {
      const { result, left } = await runVariant(kind, variant, 'then-hang');
      expect(left).toEqual([]);
      expect(result).toMatchObject({ status: 'fail', timedOut: true });
      const record = result.details.containment as ContainmentRecord;
      expect(record.kind).toBe(kind);
      expect(record.sent_sigterm_count).toBeGreaterThan(0);
      if (variant === 'ignore-sigterm') expect(record.killed.map((p) => p.pid)).toContain(result.details.pid);
    });
  });
});

describe('containment choice', () => {
  it('an unknown CAPSULE_CONTAINMENT value is refused, naming the choices', () => {
    expect(planContainment('chroot')).toEqual({ problem: 'CAPSULE_CONTAINMENT=chroot is not one of auto, cgroup, pid-namespace, subreaper, process-group' });
  });

  it('auto takes the strongest kind available and says why each stronger one was not', () => {
    const plan = planContainment('auto');
    if ('problem' in plan) throw new Error(plan.problem);
    const stronger = ['cgroup', 'pid-namespace', 'subreaper', 'process-group'].slice(0, ['cgroup', 'pid-namespace', 'subreaper', 'process-group'].indexOf(plan.kind));
    expect(Object.keys(plan.unavailable)).toEqual(stronger);
  });

  it('process-group, the last resort, is recorded and warned about in the run', async () => {
    const { result, left } = await runVariant('process-group', 'setsid-double-fork', 'then-hang');
    // It cannot find the setsid daemon, as it warns: the test kills it by its mark.
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left.length).toBeGreaterThan(0);
    expect((result.details.containment as ContainmentRecord).kind).toBe('process-group');
    expect(result.diagnostics.join('\n')).toMatch(/process group only .*a job that calls setsid can outlive its run/);
  });
});
