import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
    expect(missing.stderr).toContain('absent.jsonl: cannot read event chain: does not exist; check the path');
    const badPolicy = capsule('chain', 'verify', fixture('sealed.jsonl'), '--trust-policy', fixture('sealed.jsonl'));
    expect(badPolicy.code).toBe(2);
  });

  it('a big chain whose worker threads started before a bad --public-key was read: exit 2 at once', () => {
    // 64 MiB, sparse: big enough for workers, which start before the options are read.
    const dir = mkdtempSync(join(tmpdir(), 'chain-cli-big-'));
    const path = join(dir, 'big.jsonl');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 64 << 20);
    closeSync(fd);
    try {
      const r = spawnSync(process.execPath, [cli, 'chain', 'verify', path, '--public-key', join(dir, 'absent.pem')],
        { encoding: 'utf8', timeout: 20_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('absent.pem: cannot read public key');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('workers started as the CLI starts, for a big file named on the command line, never keep it running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chain-cli-early-'));
    const path = join(dir, 'big.jsonl');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 64 << 20);
    closeSync(fd);
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'chain', 'verify', ...args],
      { encoding: 'utf8', timeout: 20_000 });
    try {
      // A usage error and --help end the CLI before the command takes the workers.
      const usage = run(path, '--no-such-option');
      expect([usage.signal, usage.status]).toEqual([null, 2]);
      expect(usage.stderr).toContain("unknown option '--no-such-option'");
      const help = run(path, '--help');
      expect([help.signal, help.status]).toEqual([null, 0]);
      expect(help.stdout).toContain('Usage: capsule chain verify');
      // The file is what commander reads as <events> (the value of --public-key is not it), with or without `--`.
      for (const args of [['--json', '--', path], ['--public-key', path, fixture('unsealed.jsonl'), '--json']]) {
        const r = run(...args);
        expect(r.signal).toBeNull();
        if (args[0] === '--public-key') {
          expect(r.status).toBe(2);
          expect(r.stdout).toContain('public_key_invalid');
        } else {
          expect(r.status).toBe(1);
          expect(JSON.parse(r.stdout)).toMatchObject({ file: path, status: 'FAIL' });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('capsule chain verify reads any spelling, bounded (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chain-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const vector = resolve('..', 'shared', 'reference', 'agentops', 'verifier', 'test_vectors', 'valid_session.jsonl');

  it.skipIf(!existsSync(vector))('an AgentOps json.dumps log passes with a note; --canonical-lines fails it', () => {
    const r = capsule('chain', 'verify', vector, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validateAgainst('chain-report', report)).toEqual([]);
    expect(report.notes).toEqual([expect.objectContaining({ rule: 'line_not_canonical', line: 1 })]);
    const strict = capsule('chain', 'verify', vector, '--canonical-lines');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('line 1 seq 1 [line_not_canonical]');
  });

  it('a line nested 100,000 deep: exit 1 naming json_too_deep, no stack trace', () => {
    const path = join(dir, 'deep.jsonl');
    writeFileSync(path, `{"seq":1,"payload":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);
    const r = capsule('chain', 'verify', path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 1 [json_too_deep]');
    expect(r.stderr).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/time'))('a one-line 1.5 GiB log is refused (line_too_long) in at most 256 MiB', () => {
    const path = join(dir, 'one-line.jsonl');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"seq":1,"payload":{"blob":"');
    ftruncateSync(fd, 1.5 * 2 ** 30); // sparse: 1.5 GiB of NUL bytes and no newline
    closeSync(fd);
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'chain', 'verify', path], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('line 1 [line_too_long]');
    const rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    expect(rssKiB).toBeLessThanOrEqual(256 * 1024);
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
