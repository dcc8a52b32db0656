import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { CapsuleError, describeFsError } from '../errors.js';
import type { VerifiedCapsule } from '../verify/capsule.js';

/**
 * Unpacks a capsule into `dir` only after it verified (paths safe and portable, inventory and
 * hashes match), from the bytes that were verified: each entry is read through the one
 * descriptor and must hash to what the verifying pass hashed, so nothing is written from an
 * archive that could escape, lie about its content, or be swapped in after verification.
 * On a failure part of `dir` may be written: the caller owns and removes it.
 */
export async function extractVerifiedCapsule(verified: VerifiedCapsule, dir: string): Promise<void> {
  const { report, capsule } = verified;
  const path = report.capsule.path;
  if (report.status !== 'pass' || capsule === null) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.summary}`);
    throw new CapsuleError('capsule_not_verified', `${path}: does not verify, so it is not unpacked:\n  ${failed.join('\n  ')}`, { file: path }, { report });
  }
  const root = resolve(dir);
  for (const entry of capsule.entries) {
    const target = resolve(join(root, ...entry.record.name.split('/')));
    if (!target.startsWith(root + sep)) throw new CapsuleError('archive_path_unsafe', `${path}!/${entry.record.name}: would be written outside ${root}`, { file: path });
    try {
      mkdirSync(dirname(target), { recursive: true });
      await capsule.copyEntry(entry, createWriteStream(target, { flags: 'wx', mode: 0o644 }));
    } catch (err) {
      if (err instanceof CapsuleError) throw err;
      throw new CapsuleError('capsule_unpack_failed', `${path}!/${entry.record.name}: cannot be unpacked into ${root}: ${describeFsError(err)}`, { file: path });
    }
  }
}
