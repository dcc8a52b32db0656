import type { ExecutorChoice } from '../execute/placement.js';
import type { BackendIntent, Bundle, BundleValidation } from '../bundle/types.js';
import { BUNDLE_DEFAULTS } from '../bundle/defaults.js';
import { stableJson } from '../json/write.js';
import type { GitSource } from './git.js';
import { WRAP_TIMEOUT, wrapName, type WrapRequest } from './request.js';

export interface WrapFacts {
  createdAt: string;
  git: GitSource | null;
  hostEnv: NodeJS.ProcessEnv;
  /** The executor asked for (`--executor`): recorded as the bundle's intent, so a replay asks for it too. */
  executor: ExecutorChoice;
}

/**
 * The bundle a wrapped command would have had to write: everything `capsule run -- CMD` was
 * told, as a `proofcapsule.dev/v1` document. It is validated against the bundle schema and
 * packed as `bundle/bundle.json`, so verify, replay and every later reader treat the run like
 * any bundle run. Each `--output` glob is also a validation: a product that never appeared
 * fails the run instead of passing unnoticed.
 */
export function wrapBundle(req: WrapRequest, facts: WrapFacts): Bundle {
  const env = Object.fromEntries(req.env.map((e) => {
    const at = e.indexOf('=');
    return at >= 0 ? [e.slice(0, at), e.slice(at + 1)] : [e, facts.hostEnv[e] ?? ''];
  }));
  const validations: BundleValidation[] = req.outputs.map((g) => ({
    label: `output ${g} exists`, kind: 'output-exists', path: g,
  }));
  const intent: BackendIntent = facts.executor === 'auto' ? 'auto' : facts.executor;
  return {
    apiVersion: 'proofcapsule.dev/v1',
    kind: 'Bundle',
    metadata: {
      name: wrapName(req),
      version: facts.git ? `${facts.git.rev.slice(0, 12)}${facts.git.dirty ? '-dirty' : ''}` : 'unversioned',
      createdAt: facts.createdAt,
      labels: { 'proofcapsule.dev/run': 'in-place' },
      licensePolicy: { ...BUNDLE_DEFAULTS.licensePolicy },
      ...(facts.git ? { source: { git: facts.git } } : {}),
    },
    spec: {
      run: { argv: [...req.argv], cwd: '.', ...(Object.keys(env).length > 0 ? { env } : {}) },
      ...(req.secrets.length > 0 ? { secrets: { required: [...new Set(req.secrets)] } } : {}),
      executor: { backendIntent: intent },
      outputs: req.outputs.map((path) => ({ path, kind: 'file' as const })),
      validations,
      policy: {
        ...BUNDLE_DEFAULTS.policy,
        maxRunSeconds: req.timeoutSeconds ?? WRAP_TIMEOUT.default,
        lane: req.lane ?? BUNDLE_DEFAULTS.policy.lane,
      },
    },
  };
}

/** The bytes packed as `bundle/bundle.json`: the house JSON layout, so the same request gives the same file. */
export function wrapBundleBytes(bundle: Bundle): Buffer {
  return Buffer.from(stableJson(bundle));
}
