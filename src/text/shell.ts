import { CapsuleError } from '../errors.js';

/**
 * One POSIX sh word holding exactly `value`: single quotes keep everything literal
 * (`$`, backquotes, backslashes, newlines); an embedded quote becomes '\''.
 * NUL cannot live in a shell word, so it is refused rather than silently cut.
 */
export function shQuote(value: string): string {
  if (value.includes('\0'))
    throw new CapsuleError(
      'shell_nul',
      `cannot quote a value holding a NUL byte for sh: ${JSON.stringify(value.slice(0, 40))}`,
    );
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Names a POSIX shell can export. */
export function isShellName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** A word to paste into a shell as a reader would type it: bare when nothing in it is special, else quoted. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : shQuote(value);
}

/**
 * A command as one short line for a summary: its words as typed, newlines (a `run:` script is
 * several lines) shown as ⏎, cut with … at `max` characters.
 */
export function commandLine(argv: string[], max = 100): string {
  const flat = argv.map(shellWord).join(' ').replace(/\r?\n/g, '⏎');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
