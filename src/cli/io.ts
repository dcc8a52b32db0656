import { CapsuleError } from '../errors.js';
import { stableJson } from '../json/write.js';

/** Documented exit codes (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** Checked and failed: verification failed, chain FAIL, decision block. */
  failed: 1,
  /** Bad input: unreadable or invalid file, bad usage. */
  badInput: 2,
  /** Decision manual-review: evidence is fine but a human must decide. */
  manualReview: 3,
  internal: 70,
} as const;

/** For repeatable options: `--public-key a.pem --public-key b.pem`. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Human progress goes to stderr so stdout stays clean for --json. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(stableJson(value));
}

/**
 * Wraps a command action: a CapsuleError becomes one clear line naming the file and exit 2;
 * anything else is a bug, reported with its stack and exit 70.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void> | number | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (err) {
      if (err instanceof CapsuleError) {
        process.stderr.write(`capsule: error [${err.code}]: ${err.message}\n`);
        process.exitCode = EXIT.badInput;
      } else {
        process.stderr.write(`capsule: internal error: ${(err as Error).stack ?? String(err)}\n`);
        process.exitCode = EXIT.internal;
      }
    }
  };
}
