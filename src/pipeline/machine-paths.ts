import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunResult } from '../execute/types.js';

/**
 * The run's result with this machine's folders taken out of what the executor wrote down
 * (details, diagnostics): a path inside the run folder becomes relative to it
 * (`logs/console.log`), one inside the bundle folder relative to that, so a capsule never holds
 * a home directory or a runner's workspace, and two machines making the same run record the
 * same text. The run folder goes first: it may lie inside the bundle folder.
 */
export function withoutMachinePaths(result: RunResult, folders: { runFolder: string; bundleDir: string }): RunResult {
  const prefixes = [folders.runFolder, folders.bundleDir]
    .flatMap((dir) => [...new Set([realOrSelf(dir), resolve(dir)])]);
  const strip = (s: string) => prefixes.reduce((t, p) => t.split(`${p}/`).join('').split(p).join('.'), s);
  return { ...result, details: mapStrings(result.details, strip), diagnostics: result.diagnostics.map(strip) };
}

function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}

function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}
