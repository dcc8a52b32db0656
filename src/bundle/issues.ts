import type { SchemaIssue } from '../schemas/registry.js';

/** The named checks a bundle goes through; the ValidationArtifact lists each with its status. */
export const BUNDLE_CHECKS = ['schema', 'license-policy', 'license-file', 'paths-inside-bundle', 'secret-names', 'supported-backend'] as const;
export type BundleCheck = (typeof BUNDLE_CHECKS)[number];

/** One problem in a bundle, located in the file that holds it. */
export interface BundleIssue extends SchemaIssue {
  file: string;
  check: BundleCheck;
}
