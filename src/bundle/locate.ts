import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';

/** A bundle is named by its file or by its folder (which then holds bundle.json). */
export function locateBundleFile(arg: string): string {
  const full = resolve(arg);
  if (!existsSync(full) || !statSync(full).isDirectory()) return full;
  const inside = join(full, 'bundle.json');
  if (existsSync(inside)) return inside;
  throw new CapsuleError('bundle_folder_empty', `${arg}: is a folder with no bundle.json in it; give the bundle file, or run \`capsule init ${arg}\` to write one`, { file: arg });
}
