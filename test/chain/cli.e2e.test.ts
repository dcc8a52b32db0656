import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schemas/registry.js';

const cli = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const fixture = (name: string) => resolve('test/fixtures/chain', name);

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('capsule chain verify (built CLI)', () => {
  it('exit 0 and AUTHORITATIVE for the sealed fixture under its trust policy', () => {
    const r = capsule('chain', 'verify', fixture('sealed.jsonl'), '--trust-policy', fixture('trust-policy.json'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validateAgainst('chain-report', report)).toEqual([]);
    expect(report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE', event_count: 13 });
  });

  it('--public-key trusts that key', () => {
    const r = capsule('chain', 'verify', fixture('sealed.jsonl'), '--public-key', fixture('seal-key.pub.pem'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS AUTHORITATIVE_EVIDENCE');
  });

  it('an unsealed chain passes (exit 0) but is NON_AUTHORITATIVE', () => {
    const r = capsule('chain', 'verify', fixture('unsealed.jsonl'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS NON_AUTHORITATIVE_EVIDENCE');
  });

  it.each([
    ['tampered-payload.jsonl', [], 'line 6 seq 6 [event_hash_mismatch]'],
    ['swapped.jsonl', [], '[line_order]'],
    ['truncated.jsonl', [], 'line 13 [truncated_final_line]'],
    ['sealed.jsonl', ['--trust-policy', fixture('trust-policy-other-key.toml')], 'line 13 seq 13 [seal_key_untrusted]'],
  ])('exit 1 for %s, naming the line, seq and rule', (name, extra, expected) => {
    const r = capsule('chain', 'verify', fixture(name), ...extra);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL NON_AUTHORITATIVE_EVIDENCE');
    expect(r.stdout).toContain(expected);
  });

  it('exit 2 for an unreadable chain or trust policy', () => {
    const missing = capsule('chain', 'verify', fixture('absent.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('absent.jsonl: cannot read event chain: ENOENT');
    const badPolicy = capsule('chain', 'verify', fixture('sealed.jsonl'), '--trust-policy', fixture('sealed.jsonl'));
    expect(badPolicy.code).toBe(2);
  });
});

describe('capsule chain replay (built CLI)', () => {
  it('prints one frame per event', () => {
    const r = capsule('chain', 'replay', fixture('sealed.jsonl'), '--json');
    expect(r.code).toBe(0);
    const replay = JSON.parse(r.stdout);
    expect(validateAgainst('replay-frames', replay)).toEqual([]);
    expect(replay.frames).toHaveLength(13);
  });

  it('refuses a tampered chain with exit 1 and prints no frames', () => {
    const r = capsule('chain', 'replay', fixture('tampered-payload.jsonl'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('event_hash_mismatch');
  });
});
