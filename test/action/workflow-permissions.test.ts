import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Least privilege, read off the parsed workflows: a job that runs code from the repository it
// checked out (the caller's bundles in the reusable workflow, this repository's build in the
// release workflow) must hold no write permission and no OIDC token. Jobs that publish get the
// files by artifact and check out nothing of the caller's.
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: Record<string, string> | string; steps?: Step[]; uses?: string };
type Workflow = { jobs: Record<string, Job> };

const read = (file: string) => parse(fs.readFileSync(file, 'utf8')) as Workflow;

/** Checks out the repository the run is for (no `repository:`), then runs something from it. */
function runsCheckedOutCode(job: Job): boolean {
  const steps = job.steps ?? [];
  const checksOutOwn = steps.some((s) => s.uses?.startsWith('actions/checkout@') && s.with?.repository === undefined);
  return checksOutOwn && steps.some((s) => s.run !== undefined || s.uses?.startsWith('./'));
}

/** What is wrong with each job's permissions, by job id. */
function privilegeFindings(wf: Workflow): string[] {
  const findings: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (!runsCheckedOutCode(job)) continue;
    const p = job.permissions;
    if (p === undefined) findings.push(`${id}: runs checked-out code but declares no permissions (it would get whatever the caller grants)`);
    else if (typeof p === 'string') findings.push(`${id}: runs checked-out code with permissions: ${p}`);
    else for (const [scope, level] of Object.entries(p)) if (level !== 'read' && level !== 'none') findings.push(`${id}: runs checked-out code with ${scope}: ${level}`);
  }
  return findings;
}

describe('workflow permissions', () => {
  const reusable = read('.github/workflows/capsule.yml');

  it('the reusable workflow: the job running bundles holds contents: read and nothing else', () => {
    const runners = Object.entries(reusable.jobs).filter(([, j]) => (j.steps ?? []).some((s) => s.uses === './.proof-capsule-action'));
    expect(runners.map(([id]) => id)).toEqual(['capsule']);
    expect(reusable.jobs.capsule!.permissions).toEqual({ contents: 'read' });
    expect(privilegeFindings(reusable)).toEqual([]);
  });

  it('the reusable workflow: attestation, review check and release run no bundle and get capsules by artifact', () => {
    for (const id of ['attest', 'release']) {
      const steps = reusable.jobs[id]!.steps ?? [];
      expect(steps.some((s) => s.uses?.startsWith('actions/checkout@')), id).toBe(false);
      expect(steps.some((s) => s.uses?.startsWith('actions/download-artifact@') && String(s.with?.pattern).startsWith('capsule-')), id).toBe(true);
    }
    const check = reusable.jobs['review-check']!.steps ?? [];
    expect(check.filter((s) => s.uses?.startsWith('actions/checkout@')).every((s) => s.with?.repository !== undefined)).toBe(true);
  });

  it('the reusable workflow: baselines are fetched with the token by a job running no bundle, and reach the capsule job by artifact', () => {
    const locate = reusable.jobs.locate!.steps ?? [];
    expect(locate.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const fetch = locate.find((s) => s.run?.includes('actions/artifacts'))!;
    expect(fetch.run).toContain('.workflow_run.head_branch == env.BRANCH');
    expect(locate.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'baseline-capsules')).toBe(true);
    // The attest and release jobs download capsules by pattern: baselines must not be among them.
    for (const id of ['attest', 'release']) {
      for (const s of reusable.jobs[id]!.steps ?? []) {
        const pattern = s.with?.pattern;
        if (typeof pattern !== 'string') continue;
        const glob = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        expect(glob.test('baseline-capsules'), `${id}: ${pattern}`).toBe(false);
        expect(glob.test('capsule-jobs-eval-ubuntu-latest'), `${id}: ${pattern}`).toBe(true);
      }
    }
    const capsule = reusable.jobs.capsule!.steps ?? [];
    expect(capsule.some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.name === 'baseline-capsules')).toBe(true);
    expect(capsule.find((s) => s.uses === './.proof-capsule-action')!.with!.baseline).toBe('${{ steps.baseline.outputs.path }}');
    expect(JSON.stringify(capsule)).not.toContain('github.token');
  });

  it('the release workflow: building and testing hold no write; publishing checks out nothing', () => {
    const release = read('.github/workflows/release.yml');
    expect(privilegeFindings(release)).toEqual([]);
    const writers = Object.entries(release.jobs).filter(([, j]) => typeof j.permissions === 'object' && Object.values(j.permissions).includes('write'));
    expect(writers.length).toBeGreaterThan(0);
    for (const [id, job] of writers) expect((job.steps ?? []).some((s) => s.uses?.startsWith('actions/checkout@')), id).toBe(false);
  });

  it('the check itself catches a bundle job given write or left to inherit', () => {
    const granted = structuredClone(reusable);
    granted.jobs.capsule!.permissions = { contents: 'write', 'id-token': 'write' };
    expect(privilegeFindings(granted)).toEqual(['capsule: runs checked-out code with contents: write', 'capsule: runs checked-out code with id-token: write']);
    const inherited = structuredClone(reusable);
    delete inherited.jobs.capsule!.permissions;
    expect(privilegeFindings(inherited)).toEqual(['capsule: runs checked-out code but declares no permissions (it would get whatever the caller grants)']);
  });
});
