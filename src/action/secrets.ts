import * as core from '@actions/core';

/**
 * Masks secret values in every later log line. The runner masks line by line, so a multi-line
 * secret (a PEM) is registered per line; PEM armour lines are public and left readable.
 */
export function registerSecrets(values: (string | undefined)[]): void {
  for (const value of values) {
    if (!value) continue;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed !== '' && !trimmed.startsWith('-----')) core.setSecret(trimmed);
    }
  }
}
