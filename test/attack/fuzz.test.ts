import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChainFile } from '../../src/chain/verify.js';
import { CapsuleError } from '../../src/errors.js';
import type { VerificationReport, VerifyOptions } from '../../src/verify/report.js';
import { verifyCapsule } from '../../src/verify/capsule.js';
import { buildRunCapsule, type BuiltRunCapsule } from '../prove/build-capsule.js';

/**
 * No input, however bad, is a bug: every mutated capsule, signature, trust policy and chain
 * file ends in a report (or, for a chain file, a CapsuleError: exit 2), never in an error of
 * another kind (exit 70) and never in a check that failed because the code threw. Seeded, so a
 * failure replays; FUZZ_RUNS raises the count (the default keeps each target to seconds).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = 20261201;

let built: BuiltRunCapsule;
let capsuleBytes: Buffer;
let signatureText: string;
let policyPath: string;
let chainText: string;
let n = 0;
const scratch = (name: string) => join(built.dir, `fuzz-${n++}-${name}`);

beforeAll(async () => {
  built = await buildRunCapsule();
  capsuleBytes = readFileSync(built.capsule);
  signatureText = readFileSync(`${built.capsule}.sig.json`, 'utf8');
  policyPath = join(built.dir, 'trust.json');
  writeFileSync(policyPath, JSON.stringify({ allowed_public_key_sha256: [built.key.publicKeySha256] }));
  execFileSync('unzip', ['-q', built.capsule, 'evidence/events.jsonl', '-d', join(built.dir, 'unzipped')]);
  chainText = readFileSync(join(built.dir, 'unzipped', 'evidence', 'events.jsonl'), 'utf8');
});

/** A verify that may fail but must not have thrown, or failed a check by throwing. */
async function report(capsule: string, options: VerifyOptions): Promise<VerificationReport> {
  const r = await verifyCapsule(capsule, { strict: true, ...options });
  const crashed = r.checks.filter((c) => c.details.internal_error === true);
  expect(crashed.map((c) => `${c.id}: ${c.summary}`)).toEqual([]);
  return r;
}

/** Byte edits: flip, overwrite, cut, insert, each at any offset. */
const byteEdit = fc.record({
  op: fc.constantFrom('flip', 'set', 'cut', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
});
type ByteEdit = { op: string; at: number; bytes: Uint8Array };

function edit(input: Buffer, edits: ByteEdit[]): Buffer {
  let b = Buffer.from(input);
  for (const e of edits) {
    const at = Math.floor(e.at * b.length);
    if (e.op === 'flip') {
      if (b.length > 0) b[Math.min(at, b.length - 1)]! ^= e.bytes[0]! | 1;
      continue;
    }
    const after = b.subarray(Math.min(b.length, at + e.bytes.length));
    if (e.op === 'set') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.bytes), after]);
    else if (e.op === 'cut') b = Buffer.concat([b.subarray(0, at), after]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from(e.bytes), b.subarray(at)]);
  }
  return b;
}

const anyValue = fc.jsonValue({ maxDepth: 4 });
/** Any JSON text, text nested up to 100,000 deep, and text that is not JSON at all. */
const anyText = fc.oneof(
  anyValue.map((v) => JSON.stringify(v) ?? ''),
  fc.integer({ min: 1, max: 100_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.string({ maxLength: 200 }),
);

describe('fuzz: nothing ends in an internal error', () => {
  it('mutated capsule bytes (signed, under a trust policy): a report, a pass only for the signed bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(byteEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const bytes = edit(capsuleBytes, edits);
        const path = scratch('x.agipack');
        writeFileSync(path, bytes);
        const r = await report(path, { signaturePath: `${built.capsule}.sig.json`, trustPolicyPath: policyPath });
        if (!bytes.equals(capsuleBytes)) expect(r.status).toBe('fail');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('mutated signature documents: structured and byte-level', async () => {
    const doc = JSON.parse(signatureText) as Record<string, unknown>;
    const structured = fc
      .record({ path: fc.constantFrom(...paths(doc)), value: fc.option(anyValue, { nil: undefined }) })
      .map(({ path, value }) => JSON.stringify(setAt(structuredClone(doc), path, value)));
    const bytes = fc.array(byteEdit, { minLength: 1, maxLength: 3 })
      .map((edits) => edit(Buffer.from(signatureText), edits).toString('latin1'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(structured, bytes, anyText), async (text) => {
        const sig = scratch('sig.json');
        writeFileSync(sig, text, 'latin1');
        const r = await report(built.capsule, { signaturePath: sig, trustPolicyPath: policyPath });
        // Another spelling of the same document may pass (whitespace); another document never.
        if (r.status === 'pass') expect(JSON.parse(text)).toEqual(doc);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('arbitrary trust policies, JSON and TOML', async () => {
    const tomlValue = fc.oneof(fc.string({ maxLength: 30 }), fc.constant('['), fc.constant('"'), fc.nat().map(String));
    const toml = fc.array(fc.tuple(fc.string({ maxLength: 20 }), tomlValue), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k} = ${v}`).join('\n'));
    const POLICY_KEYS = [
      'allowed_public_key_sha256', 'revoked_public_key_sha256', 'allowed_signers',
      'not_after', 'required_evidence_class', 'schema',
    ];
    const policy = fc.oneof(
      anyText.map((text) => ({ ext: 'json', text })),
      fc.dictionary(fc.constantFrom(...POLICY_KEYS), anyValue)
        .map((d) => ({ ext: 'json', text: JSON.stringify(d) })),
      toml.map((text) => ({ ext: 'toml', text })),
    );
    await fc.assert(
      fc.asyncProperty(policy, async ({ ext, text }) => {
        const path = scratch(`policy.${ext}`);
        writeFileSync(path, text);
        await report(built.capsule, { trustPolicyPath: path });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('mutated chain files: a report or a CapsuleError', async () => {
    const lines = chainText.split('\n');
    const lineEdit = fc.oneof(
      fc.record({ line: fc.nat(), text: anyText })
        .map(({ line, text }) => (ls: string[]) => ls.map((l, i) => (i === line % ls.length ? text : l))),
      fc.nat().map((line) => (ls: string[]) => ls.filter((_, i) => i !== line % ls.length)),
      fc.nat().map((line) => (ls: string[]) => [...ls.slice(0, line % ls.length + 1), ...ls.slice(line % ls.length)]),
    );
    const text = fc.oneof(
      fc.array(lineEdit, { minLength: 1, maxLength: 3 }).map((fs) => fs.reduce((ls, f) => f(ls), lines).join('\n')),
      fc.array(byteEdit, { minLength: 1, maxLength: 4 })
        .map((edits) => edit(Buffer.from(chainText), edits).toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const path = scratch('events.jsonl');
        writeFileSync(path, t, 'latin1');
        // (Other JSON spellings of the same events pass by design: no verdict is asserted here.)
        try {
          await verifyChainFile(path, { trustedPublicKeySha256: [built.key.publicKeySha256] });
        } catch (err) {
          expect(err).toBeInstanceOf(CapsuleError);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** Every key path of a JSON object (objects only: arrays are values to replace). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))].filter((p) => p.length > 0);
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): unknown {
  let at = root;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return root;
}
