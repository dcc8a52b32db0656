/**
 * Recorded text (a run id, a label, an entry name, a check summary quoting one) made safe for a
 * terminal. A capsule is written by whoever made it: raw, an ESC in its run id could conceal
 * every line after it (`ESC[8m`) and draw a PASS of its own, a carriage return or cursor move
 * could overwrite a FAIL line, a bidi override could reorder what a reviewer reads. Each such
 * character is shown as its escape (`\x1b`, `\r`, `\u202e`) instead; everything else is kept.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\r') return '\\r';
  if (c === '\n') return '\\n';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text for a terminal, its own line breaks and tabs kept (a message that lists problems one a line). */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One recorded value on one line: a line break in it is shown as `\n`, so it cannot start a line of its own. */
export function terminalField(text: string): string {
  return text.replace(UNSAFE_OR_NEWLINE, visible);
}
