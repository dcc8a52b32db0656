import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChainRecorder } from '../../src/chain/recorder.js';
import { PARALLEL_MIN_BYTES } from '../../src/chain/workers.js';
import { generateSigningKey, type SigningKey } from '../../src/keys/ed25519.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * `capsule chain verify` under the attack of test/attack/swap-on-open.test.ts: the log is
 * replaced on disk right after the command's Nth open of its path, for every N it makes. The
 * verdict and every fact reported (final hash, event count, errors) must be those of the bytes
 * that were there when it opened the file, whatever is swapped in: a log that passes as well,
 * or one that fails. Small logs are read on the main thread, big ones (≥ PARALLEL_MIN_BYTES)
 * in batches by worker threads: both are swapped.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const HOOK = resolve('test/attack/swap-on-open.cjs');

let dir: string;
let policy: string;
const logs: Record<'small' | 'otherSmall' | 'big' | 'otherBig' | 'broken', Buffer> = {} as never;

/** A sealed chain of `events` events; `tag` makes its bytes (and final hash) its own. */
function sealedLog(path: string, key: SigningKey, tag: string, events: number, noteBytes = 200): Buffer {
  const r = ChainRecorder.create(path, { start: { agent_id: tag } });
  const note = 'x'.repeat(noteBytes);
  for (let i = 0; i < events; i++) {
    r.append('TOOL_CALL', { tool_name: `${tag}-${i}`, args_hash: 'ab'.repeat(32), note });
  }
  r.end({ status: 'success' });
  r.seal(key, { authority: 'test', serverVersion: '1' });
  r.close();
  return readFileSync(path);
}

function capsule(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, ['--require', HOOK, CLI, ...args], {
    encoding: 'utf8', env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = tempDir('capsule-chain-swap-');
  const { key } = generateSigningKey('chain swap test');
  policy = join(dir, 'trust.json');
  writeFileSync(policy, JSON.stringify({ allowed_public_key_sha256: [key.publicKeySha256] }));
  logs.small = sealedLog(join(dir, 'small.jsonl'), key, 'small', 20);
  logs.otherSmall = sealedLog(join(dir, 'other-small.jsonl'), key, 'other', 30);
  // Big enough for the worker threads, in few lines (the recorder syncs every line it writes).
  const bigEvents = Math.ceil((PARALLEL_MIN_BYTES * 1.25) / 16_000);
  logs.big = sealedLog(join(dir, 'big.jsonl'), key, 'big', bigEvents, 16_000);
  logs.otherBig = sealedLog(join(dir, 'other-big.jsonl'), key, 'other-big', bigEvents + 7, 16_000);
  // One payload byte flipped on line 6: its event hash no longer matches.
  const text = logs.small.toString('utf8').split('\n');
  text[5] = text[5]!.replace('small-4', 'small-5');
  logs.broken = Buffer.from(text.join('\n'));
  expect(logs.big.length).toBeGreaterThan(PARALLEL_MIN_BYTES);
});

interface Verified {
  code: number | null;
  report: Record<string, unknown>;
  opens: number;
}

/** `chain verify` of a fresh copy of `original`, with `swapIn` put in its place after open `after` (0: never). */
function verifySwapped(name: string, original: Buffer, swapIn: Buffer, after: number): Verified {
  const root = join(dir, `${name}-${after}`);
  mkdirSync(root, { recursive: true });
  const target = join(root, 'events.jsonl');
  writeFileSync(target, original);
  const replacement = join(root, 'swap-in.jsonl');
  writeFileSync(replacement, swapIn);
  const countFile = join(root, 'opens');
  const r = capsule(['chain', 'verify', target, '--trust-policy', policy, '--json'],
    { SWAP_TARGET: target, SWAP_WITH: replacement, SWAP_AFTER: String(after), SWAP_COUNT_FILE: countFile });
  expect(r.code, r.stderr).not.toBe(70);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect([0, 1], r.stderr).toContain(r.code);
  // The report names the file it was given; everything else in it is about the bytes read.
  const { file, ...report } = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(file).toBe(target);
  return { code: r.code, report, opens: Number(readFileSync(countFile, 'utf8')) };
}

/** Swapped after every open the command makes, and one more: each reports exactly what the unswapped run reports. */
function sameAfterEverySwap(name: string, original: Buffer, swapIn: Buffer): Verified {
  const baseline = verifySwapped(name, original, swapIn, 0);
  expect(baseline.opens).toBe(1);
  for (let n = 1; n <= baseline.opens + 1; n++) {
    const swapped = verifySwapped(name, original, swapIn, n);
    expect(swapped.code).toBe(baseline.code);
    expect(swapped.report).toEqual(baseline.report);
  }
  // And the swapped-in log, verified on its own, says something else: the swap would have shown.
  const other = verifySwapped(`${name}-alone`, swapIn, swapIn, 0);
  expect(other.report).not.toEqual(baseline.report);
  return baseline;
}

describe('an event log swapped on disk after the Nth open', () => {
  it('a small sealed log keeps its verdict and facts when another passing log is swapped in', () => {
    const b = sameAfterEverySwap('small', logs.small, logs.otherSmall);
    expect(b.code).toBe(0);
    expect(b.report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE', event_count: 23 });
  });

  it('a failing log stays failed, with the same errors, when a passing one is swapped in', () => {
    const b = sameAfterEverySwap('broken', logs.broken, logs.small);
    expect(b.code).toBe(1);
    expect(b.report.status).toBe('FAIL');
    expect(JSON.stringify(b.report.errors)).toContain('event_hash_mismatch');
  });

  it('a big log read by worker threads keeps its verdict and facts when another is swapped in', () => {
    const b = sameAfterEverySwap('big', logs.big, logs.otherBig);
    expect(b.code).toBe(0);
    expect(b.report).toMatchObject({ status: 'PASS', classification: 'AUTHORITATIVE_EVIDENCE' });
  });

  it('a big log stays as it was read when a small failing one is swapped in', () => {
    const b = sameAfterEverySwap('big-broken', logs.big, logs.broken);
    expect(b.code).toBe(0);
  });
});
