import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * A temp file beside `path`, to be renamed onto it: a random name, made new (O_EXCL), so nothing
 * planted in the folder (a link at a name that could be guessed) is written through.
 */
export function createTempBeside(path: string, mode = 0o644): { tmp: string; fd: number } {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  return { tmp, fd: openSync(tmp, 'wx', mode) };
}

/**
 * Writes via a temp file in the same folder, fsync, then rename: a reader sees the old
 * file or the new one, never half of it, and a crash loses nothing already recorded. The temp
 * file is createTempBeside's: whoever else may write to the folder (the one being verified, for a
 * page beside a capsule) cannot have planted a link there to write through.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const { tmp, fd } = createTempBeside(path, mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    // Node names the temp file in a failed rename; the user named `path` (a folder, say).
    if (err instanceof Error && 'path' in err) Object.assign(err, { path, dest: undefined });
    throw err;
  }
}
