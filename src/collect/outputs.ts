import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { CapsuleError } from '../errors.js';
import { sha256File } from '../hash/sha256.js';
import type { OutputKind } from '../bundle/types.js';
import { isInside, relativePathProblem } from '../bundle/paths.js';

export interface CollectedOutput {
  path: string;
  kind: OutputKind;
  sha256: string;
  size_bytes: number;
}

/** Every regular file (or symlink) under `root` as a posix relative path; symlinked folders are not entered. */
function walk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(root, child));
    if (st.isDirectory()) out.push(...walk(root, child));
    else if (st.isFile() || st.isSymbolicLink()) out.push(child);
  }
  return out;
}

/** A symlink is collected only when it resolves to a regular file inside the workspace. */
function insideRegularFile(realRoot: string, file: string): boolean {
  try {
    const real = realpathSync(file);
    return isInside(realRoot, real) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/**
 * The declared outputs found in the workspace, by glob, hashed while streaming, sorted by
 * path. Nothing outside the workspace is read: globs with `..` or absolute paths are
 * refused, and symlinks pointing out are skipped.
 */
export async function collectOutputs(workspace: string, outputs: { path: string; kind: OutputKind }[]): Promise<CollectedOutput[]> {
  for (const o of outputs) {
    const problem = relativePathProblem(o.path);
    if (problem) throw new CapsuleError('output_path_invalid', `output glob ${JSON.stringify(o.path)} ${problem}`);
  }
  const realRoot = realpathSync(workspace);
  const matchers = outputs.map((o) => ({ kind: o.kind, match: picomatch(o.path.replace(/^\.\//, ''), { dot: true }) }));
  const found: { path: string; kind: OutputKind }[] = [];
  for (const rel of walk(realRoot)) {
    const m = matchers.find((x) => x.match(rel));
    if (m && insideRegularFile(realRoot, join(realRoot, rel))) found.push({ path: rel, kind: m.kind });
  }
  const collected: CollectedOutput[] = [];
  for (const f of found) {
    const { sha256, size } = await sha256File(join(realRoot, f.path));
    collected.push({ path: f.path, kind: f.kind, sha256, size_bytes: size });
  }
  return collected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// The gates read what was collected; the pipeline takes both from here.
export { evaluateGates, type GateResult, type GateContext } from './gates.js';
