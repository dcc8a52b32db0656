import { CapsuleError } from '../errors.js';
import type { Bundle } from '../bundle/types.js';
import { isSecretLookingKey, requiredSecrets } from '../bundle/secrets.js';

/**
 * Host variables a run inherits: enough to find programs (PATH), a home and temp dir for
 * tools that insist on one, and the locale/timezone so output is decoded and dated as on
 * the host. Everything else (tokens, CI variables) stays out unless named as a secret.
 */
const ENV_ALLOWLIST = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'] as const;
const DEFAULT_PATH = '/usr/local/bin:/usr/bin:/bin';

export interface RunEnv {
  env: Record<string, string>;
  secretNames: string[];
  secretValues: string[];
}

/** allowlist + bundle env + named secrets from the host; a missing secret is an error naming it. */
export function buildRunEnv(bundle: Bundle, hostEnv: NodeJS.ProcessEnv, options: { extraSecretValues?: string[] } = {}): RunEnv {
  const env: Record<string, string> = { PATH: DEFAULT_PATH };
  for (const name of ENV_ALLOWLIST) {
    const value = hostEnv[name];
    if (value !== undefined) env[name] = value;
  }
  Object.assign(env, bundle.spec.run.env ?? {});
  const secretNames = requiredSecrets(bundle);
  const missing = secretNames.filter((name) => hostEnv[name] === undefined || hostEnv[name] === '');
  if (missing.length > 0) {
    throw new CapsuleError(
      'secret_missing',
      `bundle ${bundle.metadata.name} requires secret${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment of capsule run`,
      { pointer: '/spec/secrets/required' },
      { missing },
    );
  }
  const secretValues: string[] = [];
  for (const name of secretNames) {
    env[name] = hostEnv[name]!;
    secretValues.push(hostEnv[name]!);
  }
  // A value the bundle itself sets under a secret-looking key is treated as a secret too:
  // it is redacted from logs, the chain and the capsule's copy of the bundle.
  const bundleSecrets = Object.entries(bundle.spec.run.env ?? {}).filter(([k]) => isSecretLookingKey(k)).map(([, v]) => v);
  return { env, secretNames, secretValues: [...secretValues, ...bundleSecrets, ...(options.extraSecretValues ?? [])].filter((v) => v.length > 0) };
}
