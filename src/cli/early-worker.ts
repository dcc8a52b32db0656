import { statSync } from 'node:fs';
import { isCapsuleTarget } from '../verify/target.js';
import { operandAfter } from './argv-operand.js';

/**
 * `capsule verify`'s options that take a value (test/cli/early-worker.e2e.test.ts checks this
 * against the command's own): the target is the first argument that is neither an option nor one's value.
 */
export const VERIFY_VALUE_OPTIONS: readonly string[] = ['--signature', '--trust-policy', '--public-key'];

/** The target a `capsule verify` argv names, as commander will read it; null for any other command. */
export function verifyTargetOf(args: readonly string[]): string | null {
  return operandAfter(args, ['verify'], VERIFY_VALUE_OPTIONS);
}

/** The hash module, once a verify of a capsule asked for it early (it holds the worker started ahead). */
let hashing: Promise<typeof import('../hash/shared-sha256.js')> | null = null;

/**
 * Before the CLI's code loads, for a verify of a capsule: the verifier's code starts loading beside
 * the CLI's (the command imports the same modules and finds them loaded or on their way), and when
 * the capsule is large enough for the hash worker (prestartHashWorker decides, with the scan's own
 * threshold), the worker starts booting. The worker holds nothing open and does not keep the process
 * alive until the pass takes it, so a usage error, a vanished file or a wrong guess costs only its
 * start. Any other command loads nothing here: the hash module is imported only for a verify.
 */
export function prestartForArgv(args: readonly string[]): void {
  const target = verifyTargetOf(args);
  if (target === null || !isCapsuleTarget(target)) return;
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat?.isFile()) return;
  // Any failure to load is the command's to report, when it imports the module itself.
  hashing = import('../hash/shared-sha256.js');
  hashing.then((m) => m.prestartHashWorker(stat.size)).catch(() => undefined);
  import('../verify/capsule.js').then((m) => m.loadLaterChecks()).catch(() => undefined);
}

/** Stops the worker prestartForArgv started if no pass took it (the verify ended first, or never read the file). */
export async function dropEarlyWorker(): Promise<void> {
  await hashing?.then((m) => m.dropPrestartedHashWorker()).catch(() => undefined);
}
