import type { Bundle } from './types.js';

/**
 * The one list of words that make an env key name a secret (AGILAB writes such values as
 * "<redacted>"): the run redacts them, the manifest hides them, the promotion gate checks
 * they stayed hidden.
 */
const SECRET_WORDS = new Set(['SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'PASSWORD', 'PASSWORDS', 'PASSWD', 'KEY', 'KEYS', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'AUTH']);

/**
 * True when a word of the key (split at `_`, `-`, `.` and lower-to-upper case changes) is a
 * secret word: `API_KEY`, `AUTH_TOKEN`, `githubToken` are secrets; `AUTHOR`, `MONKEY`,
 * `KEYBOARD_LAYOUT` are not (a substring match took them for secrets and redacted their values).
 */
export function isSecretLookingKey(key: string): boolean {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[^A-Za-z0-9]+/).some((word) => SECRET_WORDS.has(word.toUpperCase()));
}

/** Names of the host environment variables the run needs as secrets (values are never stored). */
export function requiredSecrets(bundle: Bundle): string[] {
  return [...(bundle.spec.secrets?.required ?? [])];
}
