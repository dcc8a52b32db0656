import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonOf, runPython, type ToolRun } from './oracle.js';
import type { Policies, Side } from './sides.js';

/** What a case's command is given and may use to judge what it did. */
export interface CaseContext {
  /** Which tool this run is for (a case may add a flag only ours has, shown in the table's command). */
  tool: 'agilab' | 'capsule';
  side: Side;
  policies: Policies;
  /** A fresh folder of this tool's own for outputs; also the command's cwd. */
  out: string;
  /** Runs the *other* tool (verb first), to read back what this one wrote. */
  other: (args: string[]) => Promise<ToolRun>;
}

/** A pinned difference: both cells as they must read, and why they differ. */
export interface Difference {
  agilab: string;
  ours: string;
  why: string;
}

export interface CompatCase {
  verb: string;
  /** The AGILAB flags this case exercises; `<manifest>` / `<capsule>` is the positional. */
  flags: string[];
  /** What the input is, for the table. */
  input: string;
  /** Only for one side's files (some inputs only one tool writes). */
  only?: Side['name'];
  prepare?: (c: CaseContext) => void | Promise<void>;
  /** The argv, verb first; the same for both tools. */
  args: (c: CaseContext) => string[] | Promise<string[]>;
  /** What the run did beyond its outcome (status, files, read back by the other tool). */
  verdict?: (r: ToolRun, c: CaseContext) => string | Promise<string>;
  /** Default: both cells must be equal. A Difference pins each cell, per side's files. */
  expect?: Partial<Record<Side['name'], Difference>>;
}

const AGILAB_ROOT_SET = [
  'agilab_proof_pack.json', 'dataset-card.json', 'eval-card.json', 'metadata-store-entry.json', 'model-card.json', 'openlineage.json',
  'otel-trace.json', 'policy-report.json', 'prompt-card.json', 'ro-crate-metadata.json', 'run_manifest.snapshot.json', 'verification-report.json',
];
const DOSSIER_FILES = ['evidence_manifest.json', 'lineage.json', 'mlflow_export.json', 'policy_results.json', 'promotion_decision.json', 'promotion_dossier.md', 'replay.sh', 'run_story.json', 'run_story.md'];
const LINEAGE_FILES = ['openlineage.json', 'otel-trace.json', 'ro-crate-metadata.json'];
const DOSSIER_WHY = 'ours decides a run with an event chain on the class its verified chain earns: without --trust-policy anchoring the seal key it is NON_AUTHORITATIVE, so manual-review (exit 3 under --strict); AGILAB has no chain to weigh';
const CARD_FILES = ['dataset-card.json', 'eval-card.json', 'model-card.json', 'prompt-card.json'];

/** "files ✓" when every expected name is in `dir` (others may be there too), else what is missing. */
function files(dir: string, names: string[]): string {
  const have = existsSync(dir) && statSync(dir).isDirectory() ? new Set(readdirSync(dir)) : new Set<string>();
  const missing = names.filter((n) => !have.has(n));
  return missing.length === 0 ? `${names.length} files ✓` : `missing ${missing.join(', ')}`;
}

function field(r: ToolRun, ...path: string[]): string {
  let v: unknown = jsonOf(r);
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v === undefined ? 'no JSON' : typeof v === 'string' ? v : JSON.stringify(v);
}

const status = (r: ToolRun) => `status ${field(r, 'status')}`;
const schema = (r: ToolRun) => `${field(r, 'schema')}`;

/** The rules that did not pass, by id: the part of a policy report both tools must agree on. */
function failedRules(r: ToolRun): string {
  const rules = (jsonOf(r)?.rules ?? []) as { id: string; status: string }[];
  const failed = rules.filter((x) => x.status === 'fail').map((x) => x.id).sort();
  return `${status(r)}${failed.length ? ` (failed ${failed.join(', ')})` : ''}`;
}

/** The other tool verifies, strictly, the capsule (and signature) this one wrote. */
async function readBack(c: CaseContext, capsule: string, ...extra: string[]): Promise<string> {
  const r = await c.other(['verify', capsule, ...extra, '--strict', '--json']);
  return r.code === 0 ? 'other verifies ✓' : `other rejects: ${failing(r)}`;
}

function failing(r: ToolRun): string {
  const checks = (jsonOf(r)?.checks ?? []) as { id: string; status: string }[];
  return checks.filter((x) => x.status === 'fail').map((x) => x.id).join(', ') || r.stderr.trim().split('\n')[0] || `exit ${r.code}`;
}

/** A copy of the side's run folder with one more artifact declared present that is not there. */
function runWithMissingArtifact(c: CaseContext): string {
  const dest = join(c.out, 'run');
  cpSync(c.side.runFolder, dest, { recursive: true, verbatimSymlinks: true });
  const path = join(dest, 'run_manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8')) as { artifacts: unknown[] };
  m.artifacts.push({ name: 'gone', path: 'gone.bin', kind: 'file', exists: true, size_bytes: 3 });
  writeFileSync(path, `${JSON.stringify(m, null, 2)}\n`);
  return path;
}

/** A copy of the side's manifest beside the original, changed by `edit` (artifact paths still resolve). */
function editedManifest(c: CaseContext, name: string, edit: (m: Record<string, unknown>) => void): string {
  const m = JSON.parse(readFileSync(c.side.manifest, 'utf8')) as Record<string, unknown>;
  edit(m);
  const dest = join(c.out, 'run');
  cpSync(c.side.runFolder, dest, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dest, name), `${JSON.stringify(m, null, 2)}\n`);
  return join(dest, name);
}

/** The capsule with its snapshot's bytes changed and everything else kept: a tampered capsule. */
const TAMPER = `
import sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as a, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as b:
    for info in a.infolist():
        data = a.read(info.filename)
        if info.filename == "run_manifest.snapshot.json":
            data = data.replace(b'"label"', b'"label" ', 1)
        b.writestr(info, data)
`;

async function tampered(c: CaseContext): Promise<string> {
  const dest = join(c.out, 'tampered.agipack');
  const r = await runPython(TAMPER, [c.side.capsule, dest]);
  if (r.code !== 0) throw new Error(`tampering failed: ${r.stderr}`);
  return dest;
}

function copyCapsule(c: CaseContext): string {
  const dest = join(c.out, 'x.agipack');
  if (!existsSync(dest)) copyFileSync(c.side.capsule, dest);
  return dest;
}

const X = (c: CaseContext) => join(c.out, 'x.agipack');

export const CASES: CompatCase[] = [
  // prove
  { verb: 'prove', flags: ['<manifest>', '--output-dir'], input: 'manifest', args: (c) => ['prove', c.side.manifest, '--output-dir', join(c.out, 'pack')], verdict: (_r, c) => files(join(c.out, 'pack'), AGILAB_ROOT_SET) },
  { verb: 'prove', flags: ['--export'], input: 'manifest', args: (c) => ['prove', c.side.manifest, '--export', X(c)], verdict: (_r, c) => readBack(c, X(c)) },
  { verb: 'prove', flags: ['--policy'], input: 'manifest, JSON policy', args: (c) => ['prove', c.side.manifest, '--output-dir', join(c.out, 'pack'), '--policy', c.policies.json], verdict: (_r, c) => packPolicy(c) },
  { verb: 'prove', flags: ['--policy'], input: 'manifest, .tml policy', args: (c) => ['prove', c.side.manifest, '--output-dir', join(c.out, 'pack'), '--policy', c.policies.tml], verdict: (_r, c) => packPolicy(c) },
  { verb: 'prove', flags: ['--metadata-store'], input: 'manifest', args: (c) => ['prove', c.side.manifest, '--output-dir', join(c.out, 'pack'), '--metadata-store', join(c.out, 'store.json')], verdict: (_r, c) => storeVerdict(join(c.out, 'store.json')) },
  { verb: 'prove', flags: ['--json'], input: 'manifest', args: (c) => ['prove', c.side.manifest, '--export', X(c), '--json'], verdict: (r) => `${schema(r)} ${field(r, 'entry_count') === 'no JSON' ? '' : 'entries listed'}` },
  { verb: 'prove', flags: ['<manifest>'], input: '.agipack', args: (c) => ['prove', c.side.capsule, '--output-dir', join(c.out, 'pack')] },
  {
    verb: 'prove', flags: ['<manifest>'], input: 'run folder', args: (c) => ['prove', c.side.runFolder, '--export', X(c)], verdict: (r, c) => (r.code === 0 ? readBack(c, X(c)) : ''),
    expect: extends_('prove', 'crash', 'ok · other verifies ✓'),
  },

  // verify
  { verb: 'verify', flags: ['<manifest>', '--json'], input: 'manifest', args: (c) => ['verify', c.side.manifest, '--json'], verdict: status },
  { verb: 'verify', flags: ['<manifest>'], input: '.agipack', args: (c) => ['verify', c.side.capsule, '--json'], verdict: status },
  { verb: 'verify', flags: ['<manifest>'], input: 'run folder', args: (c) => ['verify', c.side.runFolder, '--json'], verdict: status, expect: extends_('verify', 'ok · status fail', 'ok · status pass') },
  { verb: 'verify', flags: ['<manifest>'], input: 'manifest with an artifact gone', args: (c) => ['verify', runWithMissingArtifact(c), '--json'], verdict: status, expect: stricterExit('ok · status fail') },
  { verb: 'verify', flags: ['--no-artifacts'], input: 'manifest with an artifact gone', args: (c) => ['verify', runWithMissingArtifact(c), '--no-artifacts', '--json'], verdict: status },
  { verb: 'verify', flags: ['--signature'], input: '.agipack + signature', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--json'], verdict: status },
  { verb: 'verify', flags: ['--signature'], input: 'manifest + signature', args: (c) => ['verify', c.side.manifest, '--signature', c.side.signature] },
  { verb: 'verify', flags: ['--trust-policy'], input: '.agipack, JSON trust policy', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--trust-policy', c.side.trustJson, '--json'], verdict: status },
  { verb: 'verify', flags: ['--trust-policy'], input: '.agipack, TOML trust policy', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--trust-policy', c.side.trustToml, '--json'], verdict: status },
  { verb: 'verify', flags: ['--trust-policy'], input: '.agipack, .tml trust policy', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--trust-policy', c.side.trustTml, '--json'], verdict: status },
  { verb: 'verify', flags: ['--require-signature'], input: '.agipack, no signature', prepare: (c) => void copyCapsule(c), args: (c) => ['verify', X(c), '--require-signature', '--json'], verdict: status, expect: stricterExit('ok · status fail') },
  {
    verb: 'verify', flags: ['--require-signature'], input: '.agipack + signature', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--require-signature', '--json'], verdict: status,
    expect: both({ agilab: 'ok · status pass', ours: 'fail · status fail', why: 'ours\' --require-signature asks for a proven origin: a signature that verifies under --trust-policy or --public-key; without an anchor it fails, where AGILAB asks only that a valid signature be there' }),
  },
  { verb: 'verify', flags: ['--strict'], input: '.agipack, signature, trust policy', args: (c) => ['verify', c.side.capsule, '--signature', c.side.signature, '--trust-policy', c.side.trustJson, '--strict'] },
  { verb: 'verify', flags: ['--strict'], input: 'tampered .agipack', args: async (c) => ['verify', await tampered(c), '--strict'] },

  // sign
  { verb: 'sign', flags: ['<capsule>', '--key'], input: '.agipack', prepare: (c) => void copyCapsule(c), args: (c) => ['sign', X(c), '--key', c.side.key], verdict: (_r, c) => readBack(c, X(c), '--signature', `${X(c)}.sig.json`) },
  { verb: 'sign', flags: ['--signature'], input: '.agipack', prepare: (c) => void copyCapsule(c), args: (c) => ['sign', X(c), '--key', c.side.key, '--signature', join(c.out, 'custom.sig.json')], verdict: (_r, c) => readBack(c, X(c), '--signature', join(c.out, 'custom.sig.json')) },
  {
    verb: 'sign', flags: ['--signer', '--issuer'], input: '.agipack', prepare: (c) => {
      copyCapsule(c);
      writeFileSync(join(c.out, 'names.json'), JSON.stringify({ allowed_public_key_sha256: [c.side.keySha256], allowed_signers: ['release-bot'], allowed_issuers: ['https://ci.example'] }));
    },
    args: (c) => ['sign', X(c), '--key', c.side.key, '--signer', 'release-bot', '--issuer', 'https://ci.example'],
    verdict: (_r, c) => readBack(c, X(c), '--signature', `${X(c)}.sig.json`, '--trust-policy', join(c.out, 'names.json')),
  },
  {
    verb: 'sign', flags: ['--generate-key'], input: '.agipack, no key yet', prepare: (c) => void copyCapsule(c), args: (c) => ['sign', X(c), '--key', join(c.out, 'new.pem'), '--generate-key'],
    verdict: async (_r, c) => `key mode ${(statSync(join(c.out, 'new.pem')).mode & 0o777).toString(8)}, ${await readBack(c, X(c), '--signature', `${X(c)}.sig.json`)}`,
  },
  {
    verb: 'sign', flags: ['--force-key'], input: '.agipack, existing key', prepare: (c) => { copyCapsule(c); copyFileSync(c.side.key, join(c.out, 'old.pem')); },
    args: (c) => ['sign', X(c), '--key', join(c.out, 'old.pem'), '--generate-key', '--force-key'],
    verdict: async (_r, c) => `${readFileSync(join(c.out, 'old.pem')).equals(readFileSync(c.side.key)) ? 'key kept' : 'key replaced'}, ${await readBack(c, X(c), '--signature', `${X(c)}.sig.json`)}`,
  },
  { verb: 'sign', flags: ['--generate-key'], input: '.agipack, existing key, no --force-key', prepare: (c) => { copyCapsule(c); copyFileSync(c.side.key, join(c.out, 'old.pem')); }, args: (c) => ['sign', X(c), '--key', join(c.out, 'old.pem'), '--generate-key'], verdict: (_r, c) => (readFileSync(join(c.out, 'old.pem')).equals(readFileSync(c.side.key)) ? 'key kept' : 'key replaced') },
  { verb: 'sign', flags: ['--json'], input: '.agipack', prepare: (c) => void copyCapsule(c), args: (c) => ['sign', X(c), '--key', c.side.key, '--json'], verdict: (r) => `${schema(r)} ${status(r)}` },
  {
    verb: 'sign', flags: ['<capsule>'], input: 'tampered .agipack', args: async (c) => ['sign', await tampered(c), '--key', c.side.key],
    expect: agilabCrashes('refused', 'both refuse to sign a capsule that does not verify; AGILAB raises ValueError as a traceback, ours names the failing checks'),
  },

  // replay
  { verb: 'replay', flags: ['<manifest>', '--json'], input: 'manifest', args: (c) => ['replay', c.side.manifest, '--json'], verdict: (r) => `${schema(r)} argv ${field(r, 'command', 'argv')}` },
  { verb: 'replay', flags: ['<manifest>'], input: '.agipack', args: (c) => ['replay', c.side.capsule, '--json'], verdict: (r) => `${schema(r)} argv ${field(r, 'command', 'argv')}` },
  { verb: 'replay', flags: ['<manifest>'], input: 'run folder', args: (c) => ['replay', c.side.runFolder, '--json'], verdict: (r) => `${schema(r)} argv ${field(r, 'command', 'argv')}`, expect: extends_('replay', 'crash', 'ok · agilab.replay_plan.v1 argv') },
  {
    verb: 'replay', flags: ['--execute'], input: 'manifest (ours: --allow-untrusted)', args: (c) => ['replay', c.side.manifest, '--execute', ...untrusted(c), '--json'],
    verdict: (r) => `${status(r)} returncode ${field(r, 'returncode')}`,
  },
  { verb: 'replay', flags: ['--execute'], input: 'manifest, no flag of ours', args: (c) => ['replay', c.side.manifest, '--execute', '--json'], verdict: (r) => `${status(r)} returncode ${field(r, 'returncode')}`, expect: gated('manifest') },
  {
    verb: 'replay', flags: ['--execute'], input: '.agipack (ours: --trust-policy)', args: (c) => ['replay', c.side.capsule, '--execute', ...anchored(c), '--json'],
    verdict: (r) => `${status(r)} returncode ${field(r, 'returncode')}`,
  },
  { verb: 'replay', flags: ['--execute'], input: '.agipack, no flag of ours', args: (c) => ['replay', c.side.capsule, '--execute', '--json'], verdict: (r) => `${status(r)} returncode ${field(r, 'returncode')}`, expect: gated('capsule') },
  { verb: 'replay', flags: ['--timeout'], input: 'manifest (ours: --allow-untrusted)', args: (c) => ['replay', c.side.manifest, '--execute', ...untrusted(c), '--timeout', '60', '--json'], verdict: (r) => `${status(r)} returncode ${field(r, 'returncode')}` },
  {
    verb: 'replay', flags: ['--timeout'], input: 'manifest whose command sleeps', args: (c) => ['replay', editedManifest(c, 'sleepy.json', (m) => { (m.command as { argv: string[] }).argv = ['sleep', '5']; }), '--execute', ...untrusted(c), '--timeout', '0.5', '--json'],
    verdict: (r) => status(r), expect: agilabCrashes('fail · status fail', 'AGILAB lets subprocess.TimeoutExpired escape as a traceback; ours reports the timeout as a failed replay'),
  },

  // export-lineage
  { verb: 'export-lineage', flags: ['<manifest>', '--output-dir'], input: 'manifest', args: (c) => ['export-lineage', c.side.manifest, '--output-dir', join(c.out, 'x')], verdict: (_r, c) => files(join(c.out, 'x'), LINEAGE_FILES) },
  { verb: 'export-lineage', flags: ['<manifest>'], input: '.agipack', args: (c) => ['export-lineage', c.side.capsule, '--output-dir', join(c.out, 'x')], verdict: (_r, c) => files(join(c.out, 'x'), LINEAGE_FILES) },
  { verb: 'export-lineage', flags: ['<manifest>'], input: 'manifest, no output flag (cwd)', args: (c) => ['export-lineage', c.side.manifest], verdict: (_r, c) => files(c.out, LINEAGE_FILES) },
  ...(['all', 'openlineage', 'ro-crate', 'otel'] as const).map((format): CompatCase => ({
    verb: 'export-lineage', flags: ['--format'], input: `manifest, --format ${format}`, args: (c) => ['export-lineage', c.side.manifest, '--format', format, '--output-dir', join(c.out, 'x'), '--json'],
    verdict: (r) => `formats ${field(r, 'formats')}`,
  })),
  { verb: 'export-lineage', flags: ['--output'], input: 'manifest, one format', args: (c) => ['export-lineage', c.side.manifest, '--format', 'ro-crate', '--output', join(c.out, 'crate.json')], verdict: (_r, c) => files(c.out, ['crate.json']) },
  { verb: 'export-lineage', flags: ['--output'], input: 'manifest, --format all', args: (c) => ['export-lineage', c.side.manifest, '--output', join(c.out, 'all.json')], expect: agilabCrashes('refused', 'AGILAB raises ValueError("--output can only be used with a single --format.") as a traceback; ours refuses with the same reason') },
  { verb: 'export-lineage', flags: ['--json'], input: 'manifest', args: (c) => ['export-lineage', c.side.manifest, '--output-dir', join(c.out, 'x'), '--json'], verdict: (r) => `${schema(r)} formats ${field(r, 'formats')}` },

  // export-traces
  { verb: 'export-traces', flags: ['<manifest>', '--output-dir'], input: 'manifest', args: (c) => ['export-traces', c.side.manifest, '--output-dir', join(c.out, 'x')], verdict: (_r, c) => files(join(c.out, 'x'), ['otel-trace.json']) },
  { verb: 'export-traces', flags: ['<manifest>', '--output'], input: '.agipack', args: (c) => ['export-traces', c.side.capsule, '--output', join(c.out, 'trace.json')], verdict: (_r, c) => files(c.out, ['trace.json']) },
  { verb: 'export-traces', flags: ['--json'], input: 'manifest', args: (c) => ['export-traces', c.side.manifest, '--output-dir', join(c.out, 'x'), '--json'], verdict: (r) => `${schema(r)} formats ${field(r, 'formats')}` },

  // policy-check
  { verb: 'policy-check', flags: ['<manifest>', '--json'], input: 'manifest, default policy', args: (c) => ['policy-check', c.side.manifest, '--json'], verdict: failedRules },
  {
    verb: 'policy-check', flags: ['<manifest>'], input: '.agipack, default policy', args: (c) => ['policy-check', c.side.capsule, '--json'], verdict: failedRules,
    expect: { ours: { agilab: 'ok · status fail (failed declared_artifacts_present)', ours: 'ok · status pass', why: 'AGILAB resolves the capsule\'s relative artifact paths beside a temp copy of the snapshot, where they are missing; ours unpacks the verified capsule, which is itself a run folder' } },
  },
  { verb: 'policy-check', flags: ['--policy'], input: 'manifest, JSON policy', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.json, '--json'], verdict: failedRules },
  { verb: 'policy-check', flags: ['--policy'], input: 'manifest, TOML policy', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.toml, '--json'], verdict: failedRules },
  { verb: 'policy-check', flags: ['--policy'], input: 'manifest, .tml policy (rule map)', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.tml, '--json'], verdict: failedRules },
  { verb: 'policy-check', flags: ['--policy'], input: 'manifest, policy with an unknown rule', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.unknownRule, '--json'], verdict: failedRules },
  { verb: 'policy-check', flags: ['--strict'], input: 'manifest, policy with an unknown rule', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.unknownRule, '--strict'] },
  { verb: 'policy-check', flags: ['--strict'], input: 'manifest, JSON policy', args: (c) => ['policy-check', c.side.manifest, '--policy', c.policies.json, '--strict'] },

  // cards
  { verb: 'cards', flags: ['<manifest>', '--json'], input: 'manifest', args: (c) => ['cards', c.side.manifest, '--json'], verdict: (r) => `${schema(r)} cards ${Object.keys((jsonOf(r)?.cards ?? {}) as object).sort().join(',')}` },
  { verb: 'cards', flags: ['<manifest>', '--output-dir'], input: '.agipack', args: (c) => ['cards', c.side.capsule, '--output-dir', join(c.out, 'cards')], verdict: (_r, c) => files(join(c.out, 'cards'), CARD_FILES) },

  // metadata-store
  { verb: 'metadata-store', flags: ['<manifest>', '--store'], input: 'manifest', args: (c) => ['metadata-store', c.side.manifest, '--store', join(c.out, 'store.json')], verdict: (_r, c) => storeVerdict(join(c.out, 'store.json')) },
  { verb: 'metadata-store', flags: ['<manifest>', '--json'], input: '.agipack', args: (c) => ['metadata-store', c.side.capsule, '--store', join(c.out, 'store.json'), '--json'], verdict: (r) => `${schema(r)} entries ${field(r, 'entry_count')}` },

  // promotion-dossier
  {
    verb: 'promotion-dossier', flags: ['<manifest>', '--output-dir', '--json'], input: 'manifest', args: (c) => ['promotion-dossier', c.side.manifest, '--output-dir', join(c.out, 'd'), '--json'], verdict: (r, c) => `decision ${field(r, 'decision')}, ${files(join(c.out, 'd'), DOSSIER_FILES)}`,
    expect: { ours: { agilab: 'ok · decision promote, 9 files ✓', ours: 'ok · decision manual-review, 9 files ✓', why: DOSSIER_WHY } },
  },
  {
    verb: 'promotion-dossier', flags: ['--policy'], input: 'manifest, JSON policy', args: (c) => ['promotion-dossier', c.side.manifest, '--output-dir', join(c.out, 'd'), '--policy', c.policies.json, '--json'], verdict: (r) => `decision ${field(r, 'decision')}`,
    expect: { ours: { agilab: 'ok · decision promote', ours: 'ok · decision manual-review', why: DOSSIER_WHY } },
  },
  { verb: 'promotion-dossier', flags: ['--strict'], input: 'manifest', args: (c) => ['promotion-dossier', c.side.manifest, '--output-dir', join(c.out, 'd'), '--strict'], expect: { ours: { agilab: 'ok', ours: 'fail', why: DOSSIER_WHY } } },
  { verb: 'promotion-dossier', flags: ['--strict'], input: 'manifest, policy with an unknown rule', args: (c) => ['promotion-dossier', c.side.manifest, '--output-dir', join(c.out, 'd'), '--policy', c.policies.unknownRule, '--strict'] },
  { verb: 'promotion-dossier', flags: ['<manifest>'], input: '.agipack', args: (c) => ['promotion-dossier', c.side.capsule, '--output-dir', join(c.out, 'd'), '--json'], verdict: (r) => `decision ${field(r, 'decision')}`, expect: extends_('promotion-dossier', 'crash', 'ok · decision') },

  // story
  { verb: 'story', flags: ['<manifest>', '--output-dir'], input: 'manifest', args: (c) => ['story', c.side.manifest, '--output-dir', join(c.out, 's')], verdict: (_r, c) => files(join(c.out, 's'), ['run_story.json', 'run_story.md']) },
  { verb: 'story', flags: ['--json'], input: 'manifest', args: (c) => ['story', c.side.manifest, '--output-dir', join(c.out, 's'), '--json'], verdict: (r) => `${schema(r)} ${status(r)}` },
  { verb: 'story', flags: ['--strict'], input: 'manifest', args: (c) => ['story', c.side.manifest, '--output-dir', join(c.out, 's'), '--strict'] },
  { verb: 'story', flags: ['--strict'], input: 'manifest of a failed run', args: (c) => ['story', editedManifest(c, 'failed.json', (m) => { m.status = 'fail'; }), '--output-dir', join(c.out, 's'), '--strict'] },
  { verb: 'story', flags: ['<manifest>'], input: '.agipack', args: (c) => ['story', c.side.capsule, '--output-dir', join(c.out, 's'), '--json'], verdict: (r) => status(r), expect: extends_('story', 'crash', 'ok · status') },
];

function packPolicy(c: CaseContext): string {
  const path = join(c.out, 'pack', 'policy-report.json');
  if (!existsSync(path)) return 'no policy-report.json';
  const report = JSON.parse(readFileSync(path, 'utf8')) as { policy_id: string; status: string };
  return `policy ${report.policy_id} ${report.status}`;
}

function storeVerdict(path: string): string {
  if (!existsSync(path)) return 'no store';
  const store = JSON.parse(readFileSync(path, 'utf8')) as { schema: string; entry_count: number };
  return `${store.schema} entries ${store.entry_count}`;
}

/** Ours accepts an input AGILAB does not (a run folder, a capsule where AGILAB wants a manifest). */
function extends_(verb: string, agilab: string, ours: string): Partial<Record<Side['name'], Difference>> {
  const why = `ours also takes this input for ${verb}; AGILAB does not`;
  return { AGILAB: { agilab, ours, why }, ours: { agilab, ours, why } };
}

/** Ours exits 1 on a failed verification with or without --strict: a tampered capsule never exits 0. */
function stricterExit(agilab: string): Partial<Record<Side['name'], Difference>> {
  const d = { agilab, ours: `fail · ${agilab.split(' · ')[1]}`, why: 'same verdict; ours exits 1 when verification fails even without --strict' };
  return { AGILAB: d, ours: d };
}

/** Ours runs nothing whose origin is not verified unless told to: these flags are ours only (the table shows them). */
const untrusted = (c: CaseContext) => (c.tool === 'capsule' ? ['--allow-untrusted'] : []);
const anchored = (c: CaseContext) => (c.tool === 'capsule' ? ['--trust-policy', c.side.trustJson] : []);

/** Without those flags ours refuses to run what nobody vouched for; AGILAB runs it. */
function gated(what: 'manifest' | 'capsule'): Partial<Record<Side['name'], Difference>> {
  const why = what === 'manifest'
    ? 'a manifest carries no signature: ours runs its command only with --allow-untrusted; AGILAB runs it'
    : 'ours runs a capsule\'s command only once its signature verifies under --trust-policy or --public-key (or with --allow-untrusted); AGILAB runs it';
  return { AGILAB: { agilab: 'ok · status pass returncode 0', ours: 'refused', why }, ours: { agilab: 'fail · status fail returncode 2', ours: 'refused', why } };
}

function both(d: Difference): Partial<Record<Side['name'], Difference>> {
  return { AGILAB: d, ours: d };
}

function agilabCrashes(ours: string, why: string): Partial<Record<Side['name'], Difference>> {
  return { AGILAB: { agilab: 'crash', ours, why }, ours: { agilab: 'crash', ours, why } };
}
