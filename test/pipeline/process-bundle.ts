import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a test's process bundle says about its job; the rest is the same for every one. */
export interface ProcessJob {
  argv: string[];
  env?: Record<string, string>;
  secrets?: string[];
  outputs: string[];
}

/** Writes `<dir>/bundle.json`: a native bundle named `name` running `job` as a process; returns its path. */
export function writeProcessBundle(dir: string, name: string, job: ProcessJob): string {
  const file = join(dir, 'bundle.json');
  writeFileSync(file, JSON.stringify({
    apiVersion: 'proofcapsule.dev/v1',
    kind: 'Bundle',
    metadata: { name, version: '1.0.0', createdAt: '2026-01-01T00:00:00Z', licensePolicy: { allowAGPL: false } },
    spec: {
      run: { argv: job.argv, ...(job.env ? { env: job.env } : {}) },
      ...(job.secrets ? { secrets: { required: job.secrets } } : {}),
      executor: { backendIntent: 'process' },
      outputs: job.outputs.map((path) => ({ path, kind: 'file' })),
      policy: { maxRunSeconds: 30, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
    },
  }));
  return file;
}
