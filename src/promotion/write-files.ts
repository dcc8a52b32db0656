import { join } from 'node:path';
import type { GeneratedFile } from '../record/types.js';
import { writeFileAtomic } from '../fsio/atomic.js';

/** Writes generated documents under `dir` (atomically each); shell scripts get the execute bit. Returns the paths written. */
export function writeGeneratedFiles(dir: string, files: GeneratedFile[]): string[] {
  return files.map((file) => {
    const path = join(dir, file.path);
    writeFileAtomic(path, file.content, file.path.endsWith('.sh') ? 0o755 : 0o644);
    return path;
  });
}
