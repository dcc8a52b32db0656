import { statSync } from 'node:fs';
import type { Bundle } from './types.js';

/** What a bundle may leave out, and what it then gets (docs/bundle.md says the same). */
export const BUNDLE_DEFAULTS = {
  licensePolicy: { allowAGPL: false },
  executor: { backendIntent: 'auto' },
  policy: { maxRunSeconds: 60, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
} as const satisfies { licensePolicy: Bundle['metadata']['licensePolicy']; executor: Bundle['spec']['executor']; policy: Bundle['spec']['policy'] };

/**
 * The bundle every later stage reads: the document as written, with each left-out field
 * filled (createdAt from the file's modification time). Keys only for editors (`$schema`,
 * `$comment`) are dropped. Runs after the schema check, which has already refused wrong types;
 * it is still defensive, because a bundle with schema errors is checked further to report
 * every problem at once.
 */
export function withBundleDefaults(doc: unknown, file: string): Bundle {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc as Bundle;
  const { $schema: _schema, $comment: _comment, ...rest } = doc as Record<string, unknown>;
  const b = rest as unknown as Bundle;
  const metadata = isObject(b.metadata) ? b.metadata : ({} as Bundle['metadata']);
  const spec = isObject(b.spec) ? b.spec : ({} as Bundle['spec']);
  return {
    ...b,
    metadata: {
      ...metadata,
      createdAt: metadata.createdAt ?? fileTime(file),
      licensePolicy: metadata.licensePolicy ?? { ...BUNDLE_DEFAULTS.licensePolicy },
    },
    spec: {
      ...spec,
      executor: spec.executor ?? { ...BUNDLE_DEFAULTS.executor },
      outputs: spec.outputs ?? [],
      policy: { ...BUNDLE_DEFAULTS.policy, ...(isObject(spec.policy) ? spec.policy : {}) },
    },
  };
}

function isObject<T>(v: T | undefined): v is T {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `YYYY-MM-DDTHH:MM:SSZ`: the file's modification time, to the second. */
function fileTime(file: string): string {
  return `${statSync(file).mtime.toISOString().slice(0, 19)}Z`;
}
