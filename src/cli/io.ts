import type { Command, CommanderError } from 'commander';
import { asCapsuleError, CapsuleError, categoryOf, EXIT, exitCodeOf } from '../errors.js';
import { stableJson } from '../json/write.js';
import { terminalLines } from '../text/terminal.js';

export { EXIT } from '../errors.js';

/** For repeatable options: `--public-key a.pem --public-key b.pem`. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Human progress goes to stderr so stdout stays clean for --json. */
export function progress(message: string): void {
  process.stderr.write(`${terminalLines(message)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(stableJson(value));
}

/**
 * Prints a failure once: one line (or one block, for a list of problems) on stderr and, with
 * --json, the same as `{error: {code, category, message, file}}` on stdout. Returns the exit code
 * the error's category decides. A stack is printed only for a bug, and only when asked for.
 */
export function reportError(err: unknown, json: boolean): number {
  const known = asCapsuleError(err);
  const error = known ?? new CapsuleError('internal', (err as Error | undefined)?.message ?? String(err));
  const category = categoryOf(error.code);
  if (category === 'internal') {
    const stack = (err as Error | undefined)?.stack ?? '';
    const where = process.env.CAPSULE_DEBUG ? `\n${stack}` : '; CAPSULE_DEBUG=1 shows where';
    const line = `capsule: internal error [${error.code}]: ${terminalLines(error.message)}`;
    process.stderr.write(`${line} (a bug, please report it${where})\n`);
  } else {
    process.stderr.write(`capsule: error [${error.code}]: ${terminalLines(error.message)}\n`);
  }
  const file = error.location.file ?? null;
  if (json) printJson({ error: { code: error.code, category, message: error.message, file } });
  return exitCodeOf(error.code);
}

/** Commander passes the command last; its --json decides whether errors are JSON too. */
function wantsJson(args: unknown[]): boolean {
  const last = args[args.length - 1] as Partial<Command> | undefined;
  return typeof last?.opts === 'function' && last.opts().json === true;
}

/** Wraps a command action: its return value is the exit code; a thrown error is reported once. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<number | void> | number | void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (err) {
      process.exitCode = reportError(err, wantsJson(args));
    }
  };
}

/** "capsule chain verify", for the pointer to --help in a usage error. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * Commander's own errors (unknown option, missing argument, invalid choice) become one usage
 * line and exit 2, like every other usage error; help and version still exit 0. Applied to a
 * command and every subcommand, so the line points at the right --help.
 */
export function reportUsageErrors(cmd: Command): void {
  cmd.configureOutput({ outputError: () => undefined });
  cmd.exitOverride((err: CommanderError) => {
    if (err.exitCode === 0) process.exit(0);
    // Bare `capsule` or `capsule chain`: commander has printed the help already.
    if (err.code !== 'commander.help') {
      // Commander's sentences end in a full stop; ours goes on with "; see ... --help".
      const what = err.message.replace(/^error: /, '').replace(/\n+/g, ' ').trim().replace(/\.$/, '');
      const usage = new CapsuleError('usage', `${commandPath(cmd)}: ${what}; see ${commandPath(cmd)} --help`);
      reportError(usage, process.argv.includes('--json'));
    }
    process.exit(EXIT.badInput);
  });
  for (const sub of cmd.commands) reportUsageErrors(sub);
}
