import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { capsule, STACK } from './run-cli.js';

// A reviewer who received only a capsule and its signature, in an empty folder, with the built
// CLI: what each verb says when the file is not what it should be.
let review: string;

beforeAll(() => {
  const made = mkdtempSync(join(tmpdir(), 'capsule-reviewer-'));
  const run = capsule(resolve('.'), 'run', 'examples/hello', '--out', join(made, 'run'), '-q');
  expect(run.code, run.stderr).toBe(0);
  review = join(made, 'review');
  mkdirSync(review);
  for (const f of ['hello.agipack', 'hello.agipack.sig.json']) copyFileSync(join(made, 'run', f), join(review, f));
  // The producer's public key, as they would send it apart from the capsule.
  copyFileSync(join(made, 'run', 'keys', 'dev-signing-key.pub.pem'), join(review, 'producer.pub.pem'));
  expect(capsule(review, 'keygen', '--out', 'other.pem').code).toBe(0);
  writeFileSync(join(review, 'empty.agipack'), '');
  writeFileSync(join(review, 'policy.yaml'), 'allowed_public_key_sha256: [abc]\n');
  mkdirSync(join(review, 'a-folder'));
});

const verdict = (stdout: string) => stdout.trimEnd().split('\n').at(-1)!;

describe('verify: the verdict line says why a capsule failed', () => {
  it('a file that is no archive: the verdict names the failed checks, not "integrity only"', () => {
    const r = capsule(review, 'verify', 'empty.agipack');
    expect(r.code).toBe(1);
    expect(verdict(r.stdout)).toBe('FAIL empty.agipack: 2 checks failed: zip_readable, archive_structure_strict');
    expect(r.stdout + r.stderr).not.toContain('integrity only');
    // The checks that could not run are one warning, not one line each.
    const notRun = r.stderr.split('\n').filter((l) => l.includes('not run'));
    expect(notRun).toHaveLength(1);
    expect(notRun[0]).toMatch(/^warning: 13 checks not run, as a check they need failed: archive_canonical_form, /);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
  });

  it('a trust policy that does not load: the verdict names that check, not "anchors no public key"', () => {
    const r = capsule(review, 'verify', 'hello.agipack', '--trust-policy', 'policy.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}capsule_trust_policy_loaded: policy\.yaml:1:1: .*YAML/m);
    expect(verdict(r.stdout)).toBe('FAIL hello.agipack (NON_AUTHORITATIVE_EVIDENCE): '
      + '1 check failed: capsule_trust_policy_loaded');
  });

  it('a pass still says what it proves', () => {
    const r = capsule(review, 'verify', 'hello.agipack', '--strict');
    expect(r.code).toBe(0);
    expect(verdict(r.stdout)).toMatch(/^PASS hello\.agipack \(NON_AUTHORITATIVE_EVIDENCE\): origin not verified: .*integrity only$/);
  });
});

const ARCHIVE_ADVICE = 'hello.agipack is a ZIP archive (a capsule?), not an event log: check a capsule with '
  + '`capsule verify hello.agipack`, which verifies the event log it holds (evidence/events.jsonl)';

describe('chain verify / chain replay given a capsule', () => {
  it('chain verify: one error saying it is an archive and to run capsule verify (exit 1)', () => {
    const r = capsule(review, 'chain', 'verify', 'hello.agipack');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      'hello.agipack: FAIL NON_AUTHORITATIVE_EVIDENCE (0 events, verified through seq 0, unsealed)',
      `  error line 1 [not_an_event_log]: ${ARCHIVE_ADVICE}`,
    ]);
    const json = capsule(review, 'chain', 'verify', 'hello.agipack', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      schema: 'proofcapsule.chain_report.v1', status: 'FAIL', errors: [{ rule: 'not_an_event_log', line: 1 }],
    });
  });

  it('chain replay: one chain_invalid error with the same advice (exit 1)', () => {
    const r = capsule(review, 'chain', 'replay', 'hello.agipack');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('capsule: error [chain_invalid]: hello.agipack: refusing to replay a chain that fails '
      + `verification: line 1 [not_an_event_log] ${ARCHIVE_ADVICE}\n`);
  });
});

describe('view', () => {
  it('--output naming a folder: exit 2 naming that folder, and no temp file left in it', () => {
    const r = capsule(review, 'view', 'hello.agipack', '--output', 'a-folder');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('capsule: error [file_unreadable]: a-folder: is a folder, not a file; '
      + 'give the file inside it\n');
    expect(readdirSync(review).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(STACK.test(r.stderr)).toBe(false);
  });

  it('--baseline naming an empty folder is not called a run folder', () => {
    const r = capsule(review, 'view', 'hello.agipack', '--baseline', 'a-folder');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^capsule: error \[baseline_not_capsule\]: baseline a-folder: is a folder or a manifest, not /);
    expect(existsSync(join(review, 'hello.agipack.html'))).toBe(false);
  });
});

describe('a public key given as the trust anchor', () => {
  it('verify: a --public-key file that is no key is named in its check', () => {
    const r = capsule(review, 'verify', 'hello.agipack', '--public-key', 'policy.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FAIL {2}capsule_public_key_loaded: policy\.yaml: public key is not a PEM "PUBLIC KEY" block$/m);
  });

  it('diff takes --public-key, as verify, view and replay do (its warning offered it)', () => {
    const anchored = capsule(review, 'diff', 'hello.agipack', 'hello.agipack', '--public-key', 'producer.pub.pem');
    expect(anchored.code, anchored.stderr).toBe(0);
    expect(anchored.stderr).not.toContain('origin not verified');
    const unanchored = capsule(review, 'diff', 'hello.agipack', 'hello.agipack');
    expect(unanchored.stderr).toContain('no trust anchor was given (--trust-policy or --public-key)');
    const other = capsule(review, 'diff', 'hello.agipack', 'hello.agipack', '--public-key', 'other.pem.pub');
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^capsule: error \[run_not_verified\]: A hello\.agipack: does not verify under other\.pem\.pub, /);
  });
});
