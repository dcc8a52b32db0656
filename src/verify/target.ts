import { existsSync, statSync } from 'node:fs';

/**
 * What every command taking "a capsule or a run" calls a capsule: anything that is neither a
 * folder nor a .json manifest (a tampered or truncated file is still verified as a capsule).
 */
export function isCapsuleTarget(target: string): boolean {
  if (existsSync(target) && statSync(target).isDirectory()) return false;
  return !target.endsWith('.json');
}
