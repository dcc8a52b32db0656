import { existsSync, statSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import type { BackendIntent, Bundle, Lane } from './types.js';
import { asRecord, asString, type JsonRecord } from '../json/untrusted.js';

/** Defaults for agentplane policy fields the v0.1 schema leaves optional. */
const AGENTPLANE_POLICY_DEFAULTS = { maxRunSeconds: 300, lane: 'staging', failOnTimeout: true, humanGateRequired: false } as const;

const INTENTS: Record<string, BackendIntent> = { qemu: 'qemu', microvm: 'microvm', 'lima-process': 'process', fleet: 'auto' };

/** The mapped intent of a bundle with no `spec.vm` (the schema reports the missing block; no executor is claimed). */
export const NO_VM_INTENT = 'agentplane:no-vm';

/** Native pointer prefix → the agentplane pointer it came from, so issues point into the file as written. */
export const AGENTPLANE_POINTERS: [string, string][] = [
  ['/spec/run/script', '/spec/smoke/script'],
  ['/spec/outputs', '/spec/artifacts/outDir'],
  ['/spec/executor/backendIntent', '/spec/vm/backendIntent'],
  ['/spec/executor/ref', '/spec/executor/ref'],
  ['/spec/executor/vm', '/spec/vm'],
];

/** agentplane's optional fields map to optional native ones: absent, never null. */
const str = (v: unknown): string | undefined => asString(v) ?? undefined;

/** Fields of `o` not in `used`, or undefined when none are left. */
function rest(o: JsonRecord, used: string[]): JsonRecord | undefined {
  const left = Object.fromEntries(Object.entries(o).filter(([k]) => !used.includes(k)));
  return Object.keys(left).length > 0 ? left : undefined;
}

/**
 * agentplane resolves a bundle's paths (`spec.smoke.script: bundles/example-agent/smoke.sh`,
 * `spec.vm.modulePath`, `spec.artifacts.outDir`) from its repository root, where its runner
 * runs: the nearest folder above the bundle that holds `bundles/`, unless `--repo-root` names
 * one. Without either, the bundle's own folder is the root.
 */
export function agentplaneRepoRoot(bundleDir: string, repoRoot?: string): string {
  if (repoRoot !== undefined) return resolve(repoRoot);
  for (let dir = resolve(bundleDir); ; dir = dirname(dir)) {
    const bundles = resolve(dir, 'bundles');
    if (existsSync(bundles) && statSync(bundles).isDirectory()) return dir;
    if (dirname(dir) === dir) return resolve(bundleDir);
  }
}

/** `./a//b/` → `a/b`: the form paths are compared and staged in. */
export function tidy(p: string): string {
  const n = posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n === '.' ? '.' : n.replace(/^\.\//, '');
}

/**
 * Maps an agentplane v0.1 document (already schema-checked) onto the native bundle, its paths
 * relative to the repository root as agentplane writes them; never throws.
 */
export function mapAgentplaneBundle(doc: unknown): Bundle {
  const top = asRecord(doc);
  const metadata = asRecord(top.metadata);
  const spec = asRecord(top.spec);
  const vm = asRecord(spec.vm);
  const policy = asRecord(spec.policy);
  const secrets = asRecord(spec.secrets);
  const resources = asRecord(vm.resources);
  const licensePolicy = asRecord(metadata.licensePolicy);
  const git = asRecord(asRecord(metadata.source).git);
  const outDir = tidy(str(asRecord(spec.artifacts).outDir) ?? 'artifacts');
  const intent = str(vm.backendIntent);
  const networkMode = str(asRecord(vm.network).mode);

  const keep: JsonRecord = {};
  const metaRest = rest(metadata, ['name', 'version', 'createdAt', 'licensePolicy', 'source']);
  if (metaRest) keep.metadata = metaRest;
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'smoke' || key === 'artifacts' || key === 'executor') continue;
    const left = key === 'policy' ? rest(asRecord(value), Object.keys(AGENTPLANE_POLICY_DEFAULTS))
      : key === 'secrets' ? rest(asRecord(value), ['required'])
      : value;
    if (left !== undefined) keep[key] = left;
  }

  const bundle: Bundle = {
    apiVersion: 'proofcapsule.dev/v1',
    kind: 'Bundle',
    metadata: {
      name: str(metadata.name) ?? '',
      version: str(metadata.version) ?? '',
      createdAt: str(metadata.createdAt) ?? '',
      licensePolicy: { allowAGPL: licensePolicy.allowAGPL as false, ...(str(licensePolicy.notes) ? { notes: str(licensePolicy.notes) } : {}) },
      ...(typeof git.rev === 'string' && typeof git.dirty === 'boolean' ? { source: { git: { rev: git.rev, dirty: git.dirty } } } : {}),
    },
    spec: {
      run: { script: str(asRecord(spec.smoke).script) === undefined ? '' : tidy(str(asRecord(spec.smoke).script)!) },
      ...(Array.isArray(secrets.required) ? { secrets: { required: secrets.required as string[] } } : {}),
      executor: {
        // An intent we cannot run keeps its agentplane name, so the diagnostic names it.
        backendIntent: INTENTS[intent ?? ''] ?? ((intent ?? NO_VM_INTENT) as BackendIntent),
        ...(str(asRecord(spec.executor).ref) ? { ref: str(asRecord(spec.executor).ref) } : {}),
        vm: {
          ...(typeof resources.memMiB === 'number' ? { memMiB: resources.memMiB } : {}),
          ...(typeof resources.vcpu === 'number' ? { vcpu: resources.vcpu } : {}),
          network: networkMode !== undefined && networkMode !== 'none',
        },
      },
      outputs: [{ path: `${outDir}/**`, kind: 'file' }],
      validations: [{ label: 'smoke script exits 0', kind: 'exit-code', equals: 0 }],
      policy: {
        maxRunSeconds: typeof policy.maxRunSeconds === 'number' ? policy.maxRunSeconds : AGENTPLANE_POLICY_DEFAULTS.maxRunSeconds,
        lane: (str(policy.lane) ?? AGENTPLANE_POLICY_DEFAULTS.lane) as Lane,
        failOnTimeout: typeof policy.failOnTimeout === 'boolean' ? policy.failOnTimeout : AGENTPLANE_POLICY_DEFAULTS.failOnTimeout,
        humanGateRequired: typeof policy.humanGateRequired === 'boolean' ? policy.humanGateRequired : AGENTPLANE_POLICY_DEFAULTS.humanGateRequired,
      },
      artifacts: { outDir },
    },
  };
  if (Object.keys(keep).length > 0) bundle['x-agentplane'] = keep;
  return bundle;
}
