import type { RunManifest } from '../manifest/types.js';

/** AGILAB validation statuses are free text; these are the ones that mean "failed". */
export function validationFailed(status: string): boolean {
  return ['fail', 'failed', 'error'].includes(status.toLowerCase());
}

/** Why the run failed, from what the manifest knows: executor diagnostics, exit, failed validations. */
export function failureMessage(m: RunManifest): string {
  const ext = m.proof_capsule?.execution;
  const parts = [...(ext?.diagnostics ?? [])];
  if (ext?.timed_out) parts.push('timed out');
  if (ext && ext.exit_code !== null && ext.exit_code !== 0) parts.push(`exit code ${ext.exit_code}`);
  if (ext?.signal) parts.push(`killed by ${ext.signal}`);
  for (const v of m.validations) if (validationFailed(v.status)) parts.push(`validation ${v.label} failed: ${v.summary}`);
  return parts.length > 0 ? parts.join('; ') : 'run status is fail';
}
