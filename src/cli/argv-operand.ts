/**
 * The operand a command line names after `verb`, read before commander parses it, as commander will
 * read it: the first argument that is neither an option nor the value of one of `valueOptions`, or
 * the one after `--`; null when the line is not that verb's or names none. The early starts of worker
 * threads (early-worker.ts, early-chain-workers.ts) guess their file with it.
 */
export function operandAfter(
  args: readonly string[], verb: readonly string[], valueOptions: readonly string[],
): string | null {
  if (verb.some((word, i) => args[i] !== word)) return null;
  for (let i = verb.length; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1] ?? null;
    if (valueOptions.includes(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}
