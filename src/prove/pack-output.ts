import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256File, sha256Hex } from '../hash/sha256.js';
import type { PackedFile } from '../record/types.js';
import type { ZipWriter } from '../zip/write.js';

/**
 * Where prove puts each pack file: the proof pack folder being staged, the `.agipack` being
 * written, or both. A run file is read once from where the run left it: into the archive,
 * hashed as it is written (and copied into the folder in the same pass); a folder-only pack
 * copies it and hashes the copy. Either way the digest is of the bytes the pack holds.
 */
export class PackOutput {
  constructor(
    private readonly staging: string | null,
    readonly zip: ZipWriter | null,
  ) {}

  async addFile(path: string, source: string): Promise<PackedFile> {
    const copy = this.stagedPath(path);
    let digest;
    if (this.zip) digest = await this.zip.addFile(path, source, copy ?? undefined);
    else {
      copyFileSync(source, copy!);
      digest = await sha256File(copy!);
    }
    return { path, sha256: digest.sha256, size_bytes: digest.size };
  }

  async addDocument(path: string, content: string | Buffer): Promise<PackedFile> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const copy = this.stagedPath(path);
    if (copy !== null) writeFileSync(copy, bytes);
    const digest = this.zip ? await this.zip.addBytes(path, bytes) : { sha256: sha256Hex(bytes), size: bytes.length };
    return { path, sha256: digest.sha256, size_bytes: digest.size };
  }

  private stagedPath(path: string): string | null {
    if (this.staging === null) return null;
    const target = join(this.staging, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    return target;
  }
}
