import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256File, sha256Hex } from '../hash/sha256.js';
import type { PackedFile } from '../record/types.js';
import { DEFAULT_LIMITS, refuseAboveTotalCap, type SizedFile } from '../zip/limits.js';
import type { ZipWriter } from '../zip/write.js';

/** What to do when a run's files add up to more than a capsule may hold. */
export const PACK_TOO_LARGE_HINT = 'Keep large files outside the run folder (an artifact outside it is recorded '
  + 'by path, not packed), or pack fewer; the run folder itself is unchanged.';

/**
 * Where prove puts each pack file: the proof pack folder being staged, the `.agipack` being
 * written, or both. A run file is read once from where the run left it: into the archive,
 * hashed as it is written (and copied into the folder in the same pass); a folder-only pack
 * copies it and hashes the copy. Either way the digest is of the bytes the pack holds.
 * The run files were held to the archive's total cap before the archive was begun; each
 * document is held to it before it is written, so no archive the verifier refuses is finished.
 */
export class PackOutput {
  private readonly archived: SizedFile[] = [];

  constructor(
    private readonly staging: string | null,
    readonly zip: ZipWriter | null,
    /** The manifest packed: what a refusal names. */
    private readonly source: string,
    private readonly maxTotalBytes = DEFAULT_LIMITS.maxTotalBytes,
  ) {}

  async addFile(path: string, source: string): Promise<PackedFile> {
    const copy = this.stagedPath(path);
    let digest;
    if (this.zip) {
      digest = await this.zip.addFile(path, source, copy ?? undefined);
      this.archived.push({ path, size: digest.size });
    } else {
      copyFileSync(source, copy!);
      digest = await sha256File(copy!);
    }
    return { path, sha256: digest.sha256, size_bytes: digest.size };
  }

  async addDocument(path: string, content: string | Buffer): Promise<PackedFile> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const copy = this.stagedPath(path);
    if (copy !== null) writeFileSync(copy, bytes);
    const digest = this.zip
      ? await this.addArchiveDocument(path, bytes)
      : { sha256: sha256Hex(bytes), size: bytes.length };
    return { path, sha256: digest.sha256, size_bytes: digest.size };
  }

  /** A document of the archive alone (its own manifest), held to the total cap first. */
  addArchiveDocument(path: string, content: string | Buffer): Promise<{ sha256: string; size: number }> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.archived.push({ path, size: bytes.length });
    refuseAboveTotalCap(this.archived, this.source, PACK_TOO_LARGE_HINT, this.maxTotalBytes);
    return this.zip!.addBytes(path, bytes);
  }

  private stagedPath(path: string): string | null {
    if (this.staging === null) return null;
    const target = join(this.staging, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    return target;
  }
}
