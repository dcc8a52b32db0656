import { closeSync, lstatSync, mkdirSync, openSync, readSync, readdirSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CapsuleError } from '../errors.js';

/**
 * The file that makes a folder a run's: created exclusively (O_EXCL) before anything runs, so
 * of two runs given one `--out` exactly one gets it. Staging recognises earlier run folders
 * inside a bundle folder by it. Never packed.
 */
export const RUN_CLAIM_FILE = '.capsule-run';

/**
 * Claims `root` for this run: it must be new or empty, and the claim file is created
 * atomically. The loser of a race, or a folder that already holds anything, is refused
 * (exit 2, `out_dir_not_empty`) before the job starts. With `numbered` (a default out folder,
 * not one the user chose), a taken `root` moves on to `root-2`, `root-3`, ...: two runs in one
 * second, or at once, each get a folder of their own and neither fails.
 */
export function claimRunFolder(root: string, numbered = false): string {
  for (let n = 2, dir = root; ; dir = `${root}-${n++}`) {
    try {
      return claimOne(dir);
    } catch (err) {
      if (!numbered || !(err instanceof CapsuleError) || err.code !== 'out_dir_not_empty' || n > 1000) throw err;
    }
  }
}

function claimOne(root: string): string {
  const dir = resolve(root);
  mkdirSync(dirname(dir), { recursive: true });
  try {
    mkdirSync(dir);
  } catch (err) {
    if (codeOf(err) !== 'EEXIST') throw unusable(dir, `cannot be made (${codeOf(err)})`);
  }
  const notEmpty = () => new CapsuleError('out_dir_not_empty',
    `${dir}: already holds files (an earlier run, or a run going on now); choose another --out or remove it — `
    + 'runs never overwrite evidence', { file: dir });
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    throw unusable(dir, `is not a folder this run can use (${codeOf(err)})`);
  }
  if (entries.length > 0) throw notEmpty();
  let fd: number;
  try {
    fd = openSync(join(dir, RUN_CLAIM_FILE), 'wx', 0o644);
  } catch (err) {
    if (codeOf(err) === 'EEXIST') throw notEmpty();
    throw unusable(dir, `cannot be claimed (${codeOf(err)})`);
  }
  writeSync(fd, claimLine(process.pid, new Date()));
  closeSync(fd);
  return dir;
}

const claimLine = (pid: number, at: Date) => `capsule run, pid ${pid}, claimed ${at.toISOString()}\n`;
/** The claim file as claimOne writes it: one claim line (or none yet, in the instant after it is created). */
const CLAIM_LINE = /^(capsule run, pid \d+, claimed \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n)?$/;

/**
 * Whether `dir` is a run folder (this run's, an earlier one, or one going on now): it holds the
 * claim file as a run writes it, a regular file of one claim line. A file of that name with
 * anything else in it (a user's own) does not make a folder a run's.
 */
export function isRunFolder(dir: string): boolean {
  const path = join(dir, RUN_CLAIM_FILE);
  let fd: number;
  try {
    if (!lstatSync(path).isFile()) return false;
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(128);
    return CLAIM_LINE.test(head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('latin1'));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code;
const unusable = (dir: string, why: string) => new CapsuleError('out_dir_unusable', `${dir}: ${why}`, { file: dir });
