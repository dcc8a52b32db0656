import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from './types.js';
import type { BundleCheck } from './issues.js';
import { NO_VM_INTENT } from './agentplane-map.js';
import { relativePathProblem, resolveInside, type PathBase } from './paths.js';

/** A semantic problem found after the schema; the pointer is native, the file defaults to the bundle file. */
export interface CheckIssue {
  check: BundleCheck;
  pointer: string;
  message: string;
  at?: { file: string; line: number; column: number };
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AGPL = 'GNU AFFERO GENERAL PUBLIC LICENSE';
const LICENSE_FILE = /^(LICEN[CS]E|COPYING)(\.[A-Za-z0-9]+)?$/i;

const arr = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

function checkLicensePolicy(b: Bundle): CheckIssue[] {
  if (b.metadata?.licensePolicy?.allowAGPL === false) return [];
  return [{ check: 'license-policy', pointer: '/metadata/licensePolicy/allowAGPL', message: 'AGPL bundles are refused: metadata.licensePolicy.allowAGPL must be declared false' }];
}

/** A LICENSE/COPYING file at the top of the bundle folder that is the AGPL refuses the bundle. */
function checkLicenseFiles(dir: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const name of readdirSync(dir).filter((n) => LICENSE_FILE.test(n)).sort()) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const offset = text.toUpperCase().indexOf(AGPL);
    if (offset < 0) continue;
    const before = text.slice(0, offset).split('\n');
    issues.push({
      check: 'license-file',
      pointer: '',
      message: `${name} is the GNU AGPL: AGPL bundles are refused`,
      at: { file, line: before.length, column: before[before.length - 1]!.length + 1 },
    });
  }
  return issues;
}

export function checkBundlePaths(b: Bundle, dir: string, base: PathBase = 'the bundle folder'): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const mustExist = (pointer: string, p: unknown, what: string) => {
    if (typeof p !== 'string') return;
    const r = resolveInside(dir, p, base);
    if ('problem' in r) issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${r.problem}` });
  };
  const mustStayInside = (pointer: string, p: unknown, what: string) => {
    if (typeof p !== 'string') return;
    const problem = relativePathProblem(p, base);
    if (problem) issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${problem}` });
  };
  mustExist('/spec/run/script', b.spec?.run?.script, 'script');
  mustStayInside('/spec/run/cwd', b.spec?.run?.cwd, 'cwd');
  arr(b.spec?.inputs).forEach((input, i) => mustExist(`/spec/inputs/${i}/path`, input?.path, 'input'));
  arr(b.spec?.outputs).forEach((output, i) => mustStayInside(`/spec/outputs/${i}/path`, output?.path, 'output glob'));
  arr(b.spec?.validations).forEach((v, i) => mustStayInside(`/spec/validations/${i}/path`, (v as { path?: unknown })?.path, 'validation path'));
  mustStayInside('/spec/artifacts/outDir', b.spec?.artifacts?.outDir, 'artifacts.outDir');
  const modulePath = (b['x-agentplane']?.vm as { modulePath?: unknown } | undefined)?.modulePath;
  mustStayInside('/spec/vm/modulePath', modulePath, 'vm.modulePath');
  return issues;
}

function checkSecretNames(b: Bundle): CheckIssue[] {
  const issues: CheckIssue[] = [];
  arr(b.spec?.secrets?.required).forEach((name, i) => {
    if (typeof name === 'string' && !ENV_NAME.test(name)) {
      issues.push({ check: 'secret-names', pointer: `/spec/secrets/required/${i}`, message: `secret name ${JSON.stringify(name)} is not a valid environment variable name` });
    }
  });
  for (const key of Object.keys(b.spec?.run?.env ?? {})) {
    if (!ENV_NAME.test(key)) issues.push({ check: 'secret-names', pointer: `/spec/run/env/${key}`, message: `env name ${JSON.stringify(key)} is not a valid environment variable name` });
  }
  return issues;
}

/** agentplane intents with no executor here keep their name through the mapping; a missing vm block is the schema's to report. */
export function checkSupportedBackend(b: Bundle): CheckIssue[] {
  const intent = b.spec?.executor?.backendIntent as string | undefined;
  if (intent === undefined || intent === NO_VM_INTENT || ['auto', 'process', 'qemu', 'microvm'].includes(intent)) return [];
  const why = intent === 'agent-machine' ? ' (SourceOS Agent Machine Podman workspaces)' : '';
  return [{ check: 'supported-backend', pointer: '/spec/executor/backendIntent', message: `backendIntent ${intent}${why} has no proof-capsule executor; use qemu, microvm, lima-process or fleet` }];
}

/**
 * Every semantic check, in a fixed order; each is defensive because the schema may have failed.
 * `dir` is where the bundle's paths resolve; license files are looked for there and in `bundleDir`.
 */
export function checkBundle(b: Bundle, dir: string, options: { base?: PathBase; bundleDir?: string } = {}): CheckIssue[] {
  const licenseDirs = [...new Set([dir, options.bundleDir ?? dir])];
  return [...checkLicensePolicy(b), ...licenseDirs.flatMap(checkLicenseFiles), ...checkBundlePaths(b, dir, options.base), ...checkSecretNames(b), ...checkSupportedBackend(b)];
}
