import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CapsuleError } from '../errors.js';
import type { VerificationReport } from '../verify/report.js';
import { verifyCapsule } from '../verify/capsule.js';
import { readZipLayout } from '../zip/read.js';
import { openEntryData } from '../zip/entry.js';

/** Entries past this size are not unpacked for replay (the verifier's own caps apply first). */
const ENTRY_LIMIT = 4 * 1024 ** 3;

/**
 * Unpacks a capsule into `dir` only after it verified (paths safe, inventory and hashes
 * match), so nothing is written from an archive that could escape or lie about its content.
 */
export async function extractVerifiedCapsule(capsulePath: string, dir: string, options: { signaturePath?: string; trustPolicyPath?: string } = {}): Promise<VerificationReport> {
  const report = await verifyCapsule(capsulePath, { ...options, strict: false });
  if (report.status !== 'pass') {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.summary}`);
    throw new CapsuleError('capsule_not_verified', `${capsulePath}: does not verify, so it is not unpacked:\n  ${failed.join('\n  ')}`, { file: capsulePath }, { report });
  }
  for (const entry of readZipLayout(capsulePath).entries) {
    const target = join(dir, ...entry.name.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    await pipeline(openEntryData(capsulePath, entry, ENTRY_LIMIT), createWriteStream(target, { flags: 'wx', mode: 0o644 }));
  }
  return report;
}
