import type { Bundle } from './types.js';

/** Names of the host environment variables the run needs as secrets (values are never stored). */
export function requiredSecrets(bundle: Bundle): string[] {
  return [...(bundle.spec.secrets?.required ?? [])];
}
