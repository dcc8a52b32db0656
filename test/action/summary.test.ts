import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/action/inputs.js';
import { cell } from '../../src/action/markdown.js';
import type { ActionOutcome } from '../../src/action/outcome.js';
import { renderComment, renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js';
import type { DecisionKind } from '../../src/promotion/types.js';
import { fakePipelineResult } from './pipeline-result.js';

function outcome(decision: DecisionKind, gateCount = 2): ActionOutcome {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
  const result = fakePipelineResult(dir, decision, gateCount);
  return {
    inputs: parseActionInputs(() => '', { workspace: dir, actionRoot: '/opt/action', runnerTemp: dir }),
    result,
    failedRun: null,
    next: '',
    files: [
      { role: 'capsule', path: result.capsulePath, size: result.capsuleSize, sha256: result.capsuleSha256 },
      { role: 'signature', path: result.signaturePath, size: 21, sha256: 'c'.repeat(64) },
    ],
    upload: { status: 'uploaded', name: 'proof-capsule', id: 42, url: 'https://github.com/o/r/actions/runs/1/artifacts/42', size: 100 },
    warnings: ['dev key warning'],
    failures: [],
    fails: decision === 'block',
    actionRoot: '/opt/action',
  };
}

describe('renderSummary', () => {
  it('says the evidence class is self-attested when the run verified under its own trust policy, and only then', () => {
    const own = outcome('promote');
    expect(renderSummary(own)).toMatch(/\| Evidence class \| `AUTHORITATIVE_EVIDENCE` under the run's own trust policy \(self-attested/);
    expect(renderComment(own)).toContain('self-attested');
    const theirs = { ...own, result: { ...own.result, selfAnchored: false } };
    expect(renderSummary(theirs)).toMatch(/\| Evidence class \| `AUTHORITATIVE_EVIDENCE` \|/);
    expect(renderComment(theirs)).not.toContain('self-attested');
  });

  it('puts the decision and its reason before anything else', () => {
    const md = renderSummary(outcome('block'));
    expect(md.startsWith('## ⛔ Block: hello\n\n**Why:** gate gate-0 failed')).toBe(true);
    expect(md).toContain('this check fails (fail-on: block)');
    expect(md.indexOf('**Why:**')).toBeLessThan(md.indexOf('### Validations'));
  });

  it('shows a failed job\'s stderr tail right after why, in a fence its own backticks cannot close', () => {
    const o = outcome('block');
    o.failedRun = { why: 'the job exited with code 3', stderr: { path: 'logs/stderr.log', lines: ['Traceback (most recent call last):', 'some ```` fence', '<img src=x onerror=alert(1)>'], cut: true } };
    const md = renderSummary(o);
    const why = md.indexOf('**Why:**');
    const tail = md.indexOf('**The job failed:** the job exited with code 3. Last 3 lines of its stderr (`logs/stderr.log`, redacted):');
    expect(why).toBeGreaterThan(0);
    expect(tail).toBeGreaterThan(why);
    expect(tail).toBeLessThan(md.indexOf('**Blockers:**'));
    expect(md).toContain('`````text\nTraceback (most recent call last):\nsome ```` fence\n<img src=x onerror=alert(1)>\n`````');
    expect(md.slice(0, tail)).not.toContain('<details>');
    expect(renderComment(o)).toContain('**The job failed:**');
    o.failedRun = { why: 'the job was killed by SIGKILL', stderr: null };
    expect(renderSummary(o)).toContain('**The job failed:** the job was killed by SIGKILL. It wrote nothing to stderr.');
  });

  it('has a validations table, a one-line timeline, the files with hashes and verify commands', () => {
    const o = outcome('promote');
    const md = renderSummary(o);
    expect(md).toContain('| gate-0 | ✅ pass | gate 0 \\| checked |');
    expect(md).toContain('### Timeline (123 ms)\n\n✅ validate 3 ms → ✅ run 120 ms → ✅ gate 0 ms\n');
    expect(md).not.toContain('```mermaid');
    expect(md).toContain(`| hello.agipack | ${o.result.capsuleSize} B | \`${o.result.capsuleSha256}\` |`);
    expect(md).toContain('[proof-capsule](https://github.com/o/r/actions/runs/1/artifacts/42)');
    expect(md).toContain(`node /opt/action/dist/cli.js verify ${o.result.capsulePath} --signature ${o.result.signaturePath} --require-signature --strict`);
    expect(md).toContain('capsule verify hello.agipack --signature hello.agipack.sig.json --trust-policy trust-policy.json --require-signature --strict');
    expect(md).toContain(`"allowed_public_key_sha256": [\n    "${'a'.repeat(64)}"`);
    expect(md).toContain('> [!WARNING]\n> dev key warning');
  });

  it('shows markup from a bundle as text', () => {
    const o = outcome('block');
    o.result.gates[0]!.summary = '<img src=x onerror=alert(1)>';
    expect(renderSummary(o)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('stays under the 1 MiB limit with 100,000 gates, cutting the table with a note', () => {
    const md = renderSummary(outcome('block', 100_000));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/_\d+ more rows not shown to stay under the size limit; the full list is in run_manifest.json in the capsule._/);
    expect(md.startsWith('## ⛔ Block')).toBe(true);
    expect(md).toContain('### Verify and replay');
  });

  it('cuts even a summary whose fixed parts are too long, and says so', () => {
    const md = renderSummary(outcome('promote'), 2000);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2000);
    expect(md).toContain('_Cut to fit the size limit; the full record is in the capsule._');
  });
});

describe('renderComment', () => {
  it('carries the decision, the gates and the artifact link under the comment limit', () => {
    const md = renderComment(outcome('block', 5000));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    expect(md.startsWith('## ⛔ Block')).toBe(true);
    expect(md).toContain('Capsule: [proof-capsule](https://github.com/o/r/actions/runs/1/artifacts/42)');
  });
});

describe('cell', () => {
  it('escapes markup outside code spans only, and pipes and line breaks everywhere', () => {
    expect(cell('run `capsule verify <capsule>.agipack` then <b>a|b</b>\nnext')).toBe('run `capsule verify <capsule>.agipack` then &lt;b&gt;a\\|b&lt;/b&gt;<br>next');
    expect(cell('x'.repeat(400)).length).toBe(301);
  });
});
