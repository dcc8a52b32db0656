import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CapsuleError } from '../errors.js';
import { buildStandardExports } from '../exports/standard.js';
import { buildProvenance, provenanceSubjects } from '../exports/provenance.js';
import { stableJson } from '../json/write.js';
import type { SigningKey } from '../keys/ed25519.js';
import type { LoadedRunManifest } from '../manifest/read.js';
import type { RunManifest } from '../manifest/types.js';
import { DEFAULT_LIMITS, refuseAboveTotalCap } from '../zip/limits.js';
import { ZipWriter } from '../zip/write.js';
import { comparePaths } from '../zip/canonical.js';
import { CAPSULE_MANIFEST_NAME, PROOF_PACK_INDEX_NAME, SNAPSHOT_NAME, capsuleManifestOf, type CapsuleManifest } from './capsule-manifest.js';
import { completeRecords, planArtifacts } from './artifacts.js';
import { CARDS, STANDARDS, indexFiles, type ProofPackIndex } from './pack-index.js';
import { PACK_TOO_LARGE_HINT, PackOutput } from './pack-output.js';
import { refuseUnpackable } from './pack-limits.js';
import { recordOf } from '../record/load.js';
import type { GeneratedFile, PackedFile, RunRecord } from '../record/types.js';

export interface PackOptions {
  /** Write the proof pack directory here (replacing a previous pack there, never other content). */
  outputDir?: string;
  /** Write the `.agipack` archive here. */
  exportPath?: string;
  /** Signs the DSSE provenance. */
  key?: SigningKey;
  /** Files above this size are referenced by hash instead of packed (default: the verifier's per-entry cap, 8 GiB). */
  copyCapBytes?: number;
  /**
   * The documents the stages after the pack decide (verification report, promotion files),
   * built from the record once the run files are in: the pack only assembles them.
   */
  documents: (record: RunRecord) => GeneratedFile[];
}

export interface PackResult {
  packDir?: string;
  capsulePath?: string;
  /** sha256 of the capsule when exported, else of the root index. */
  sha256: string;
  limitations: string[];
  record: RunRecord;
  index: ProofPackIndex;
  /** agipack-manifest.json, when exported. */
  capsuleManifest?: CapsuleManifest;
}

/** Run-folder trees copied when the manifest's proof_capsule block is present. */
const RUN_FOLDERS = ['evidence', 'agentplane', 'logs', 'bundle', 'artifacts'];
/** The AGILAB root set every pack has (docs/capsule.md), besides the index itself. */
const ROOT_SET = [SNAPSHOT_NAME, 'verification-report.json', 'policy-report.json', ...Object.values(STANDARDS), 'metadata-store-entry.json', ...Object.values(CARDS)];

/**
 * Builds the proof pack from a run manifest and the run folder beside it, then (with
 * `exportPath`) the deterministic `.agipack`. Every timestamp comes from the record's one
 * time rule, so the same manifest gives the same bytes. The run's files go in first, each
 * read once and hashed as it is written; then the documents built from those digests; then
 * the root index and the capsule manifest, which list them all.
 */
export async function buildProofPack(loaded: LoadedRunManifest, options: PackOptions): Promise<PackResult> {
  if (!options.outputDir && !options.exportPath) throw new CapsuleError('usage', 'prove needs --output-dir or --export');
  const manifestPath = loaded.path;
  const folder = dirname(resolve(manifestPath));
  const { createdAt } = recordOf(loaded);
  const staging = options.outputDir ? stagingDirFor(options.outputDir) : null;
  let zip: ZipWriter | null = null;
  try {
    const limitations: string[] = [];
    // A capsule must pass its own verifier, which refuses an entry above its per-entry cap: larger files are referenced by hash.
    const cap = Math.min(options.copyCapBytes ?? Infinity, DEFAULT_LIMITS.maxEntryBytes);
    const reserved = new Set([...ROOT_SET, PROOF_PACK_INDEX_NAME, CAPSULE_MANIFEST_NAME]);
    const artifacts = await planArtifacts(loaded.manifest, manifestPath, cap, reserved);
    limitations.push(...artifacts.limitations);
    const snapshot = snapshotOf(loaded.doc.value as RunManifest, artifacts.repointed);
    if (snapshot !== null) {
      const n = artifacts.repointed.size;
      limitations.push(`${SNAPSHOT_NAME} re-points ${n} absolute artifact ${n === 1 ? 'path' : 'paths'} inside the run folder to where this pack holds ${n === 1 ? 'it' : 'them'}; ${basename(manifestPath)} as the run wrote it has sha256 ${loaded.sha256}`);
    }
    const sources = runFiles(loaded.manifest, folder, cap, limitations, artifacts.copies);
    if (snapshot === null) sources.set(SNAPSHOT_NAME, manifestPath);
    if (options.exportPath) {
      const sized = [...sources].map(([path, source]) => ({ path, size: statSync(source).size }));
      refuseAboveTotalCap(sized, manifestPath, PACK_TOO_LARGE_HINT);
      refuseUnpackable(sized, manifestPath);
      mkdirSync(dirname(resolve(options.exportPath)), { recursive: true });
      zip = new ZipWriter(options.exportPath, createdAt, { expectedBytes: sized.reduce((n, f) => n + f.size, 0) });
    }
    const out = new PackOutput(staging, zip, manifestPath);
    const files: PackedFile[] = [];
    const runPaths = [...sources.keys(), ...(snapshot === null ? [] : [SNAPSHOT_NAME])].sort(comparePaths);
    for (const path of runPaths) {
      files.push(path === SNAPSHOT_NAME && snapshot !== null ? await out.addDocument(path, snapshot) : await out.addFile(path, sources.get(path)!));
    }
    const record: RunRecord = recordOf(loaded, [...files]);
    const generated: GeneratedFile[] = [
      ...options.documents(record),
      ...buildStandardExports(record, { readFile: (p) => readInside(folder, p) }),
      ...buildProvenance(record, provenanceSubjects(record), options.key),
    ];
    const taken = new Set(files.map((f) => f.path));
    for (const g of generated) {
      if (taken.has(g.path) || g.path === PROOF_PACK_INDEX_NAME || g.path === CAPSULE_MANIFEST_NAME) throw new CapsuleError('pack_path_collision', `${g.path}: generated twice (a run file or builder already wrote it)`);
      taken.add(g.path);
    }
    for (const g of generated.sort((a, b) => comparePaths(a.path, b.path))) files.push(await out.addDocument(g.path, g.content));
    for (const name of ROOT_SET) if (!taken.has(name)) limitations.push(`${name} was not produced (its builder is not available)`);
    files.sort((a, b) => comparePaths(a.path, b.path));

    const index: ProofPackIndex = {
      schema: 'agilab.proof_pack.v1', run_id: loaded.manifest.run_id, path_id: loaded.manifest.path_id, status: loaded.manifest.status,
      created_at: createdAt, source_manifest: { path: basename(manifestPath), sha256: files.find((f) => f.path === SNAPSHOT_NAME)!.sha256 }, output_dir: '.',
      files: indexFiles(files), standards: STANDARDS, cards: CARDS, limitations,
      artifacts: completeRecords(artifacts.records, files),
      ...(snapshot === null ? {} : { original_manifest: { path: basename(manifestPath), sha256: loaded.sha256 } }),
    };
    const indexFile = await out.addDocument(PROOF_PACK_INDEX_NAME, stableJson(index));
    files.push(indexFile);
    files.sort((a, b) => comparePaths(a.path, b.path));

    const result: PackResult = { sha256: indexFile.sha256, limitations, record, index };
    if (zip && options.exportPath) {
      const manifest = capsuleManifestOf(index, files);
      await out.addArchiveDocument(CAPSULE_MANIFEST_NAME, stableJson(manifest));
      result.sha256 = await zip.close();
      zip = null;
      result.capsuleManifest = manifest;
      result.capsulePath = options.exportPath;
    }
    if (options.outputDir && staging) {
      replacePackDir(options.outputDir, staging);
      result.packDir = options.outputDir;
    }
    return result;
  } catch (err) {
    zip?.abort();
    throw err;
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Which run files go into the pack, by pack path: with our block, the run folder's
 * evidence/, agentplane/, logs/, bundle/, artifacts/ trees at their manifest-relative paths
 * (so they resolve the same in an unpacked capsule); then the recorded artifacts as planned
 * (planArtifacts). Run-folder files above the cap are referenced by hash.
 */
function runFiles(manifest: RunManifest, folder: string, cap: number, limitations: string[], artifactCopies: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  if (manifest.proof_capsule) {
    for (const root of RUN_FOLDERS) {
      const dir = join(folder, root);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      for (const file of walkFiles(dir)) {
        const rel = toPosix(relative(folder, file));
        const size = statSync(file).size;
        if (size > cap) limitations.push(`artifact ${JSON.stringify(rel)} (${size} bytes) is above the copy cap of ${cap} bytes: referenced by hash, not copied`);
        else out.set(rel, file);
      }
    }
  }
  for (const [rel, source] of artifactCopies) if (!out.has(rel)) out.set(rel, source);
  return out;
}

/**
 * The snapshot's bytes when absolute artifact paths are re-pointed to their place in the
 * pack (so the unpacked capsule is a run folder), or null when it stays a byte copy.
 */
function snapshotOf(manifest: RunManifest, repointed: Map<number, string>): string | null {
  if (repointed.size === 0) return null;
  return stableJson({ ...manifest, artifacts: manifest.artifacts.map((a, i) => (repointed.has(i) ? { ...a, path: repointed.get(i)! } : a)) });
}

function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function readInside(folder: string, rel: string): Buffer | undefined {
  const path = resolve(folder, rel);
  if (!path.startsWith(folder + sep) || !existsSync(path) || statSync(path).size > 64 * 1024 ** 2) return undefined;
  return readFileSync(path);
}

function stagingDirFor(outputDir: string): string {
  const parent = dirname(resolve(outputDir));
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `.${basename(outputDir)}.staging-`));
}

/** Replaces a previous proof pack at `outputDir`, but refuses to delete a folder that is not one. */
function replacePackDir(outputDir: string, staging: string): void {
  if (existsSync(outputDir)) {
    const isPack = existsSync(join(outputDir, PROOF_PACK_INDEX_NAME));
    if (!isPack && readdirSync(outputDir).length > 0) throw new CapsuleError('out_dir_not_empty', `${outputDir}: exists, is not empty and is not a proof pack; refusing to overwrite`, { file: outputDir });
    rmSync(outputDir, { recursive: true, force: true });
  }
  renameSync(staging, outputDir);
}
