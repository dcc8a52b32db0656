import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** One archive member; a file's bytes come from `data` or are streamed from `source`. */
export type CpioEntry =
  | { name: string; type: 'dir'; mode: number }
  | { name: string; type: 'file'; mode: number; data: Uint8Array }
  | { name: string; type: 'file'; mode: number; source: string; size: number }
  | { name: string; type: 'symlink'; target: string };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const COPY_CHUNK = 1 << 20;

/**
 * A streaming writer of the cpio "newc" format the kernel unpacks as an initramfs. Output is
 * deterministic (inode numbers in write order, uid/gid/mtime 0); several archives may be
 * written one after another into the same file, which the kernel reads as one tree.
 */
export class CpioWriter {
  private ino = 1;
  private hash: Hash = createHash('sha256');
  private offset = 0;

  constructor(private readonly fd: number) {}

  static open(path: string): CpioWriter {
    return new CpioWriter(openSync(path, 'w', 0o600));
  }

  add(entry: CpioEntry): void {
    if (entry.type === 'dir') return this.member(entry.name, S_IFDIR | entry.mode, 2, 0, () => {});
    if (entry.type === 'symlink') {
      const target = Buffer.from(entry.target);
      return this.member(entry.name, S_IFLNK | 0o777, 1, target.length, () => this.write(target));
    }
    if ('data' in entry) return this.member(entry.name, S_IFREG | entry.mode, 1, entry.data.length, () => this.write(entry.data));
    const source = entry.source;
    this.member(entry.name, S_IFREG | entry.mode, 1, entry.size, () => this.copy(source, entry.size));
  }

  /** Ends the current archive (TRAILER!!!) and returns the SHA-256 of its bytes; the next add() starts a new one. */
  endArchive(): string {
    this.member('TRAILER!!!', 0, 1, 0, () => {});
    const digest = this.hash.digest('hex');
    this.hash = createHash('sha256');
    this.offset = 0;
    this.ino = 1;
    return digest;
  }

  close(): void {
    closeSync(this.fd);
  }

  private member(name: string, mode: number, nlink: number, size: number, body: () => void): void {
    const nameBytes = Buffer.from(`${name}\0`);
    const fields = [this.ino++, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, nameBytes.length, 0];
    this.write(Buffer.from('070701' + fields.map((f) => f.toString(16).padStart(8, '0')).join(''), 'ascii'));
    this.write(nameBytes);
    this.pad();
    body();
    this.pad();
  }

  private copy(source: string, size: number): void {
    const fd = openSync(source, 'r');
    try {
      const buf = Buffer.alloc(COPY_CHUNK);
      let left = size;
      while (left > 0) {
        const n = readSync(fd, buf, 0, Math.min(COPY_CHUNK, left), null);
        // A file that shrank while being packed would desynchronise the archive.
        if (n === 0) throw new Error(`${source} shrank while it was packed into the initramfs`);
        this.write(buf.subarray(0, n));
        left -= n;
      }
    } finally {
      closeSync(fd);
    }
  }

  private pad(): void {
    const rest = this.offset % 4;
    if (rest !== 0) this.write(Buffer.alloc(4 - rest));
  }

  private write(bytes: Uint8Array): void {
    writeSync(this.fd, bytes);
    this.hash.update(bytes);
    this.offset += bytes.length;
  }
}
