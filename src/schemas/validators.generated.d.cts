// Types for validators.generated.cjs (written by scripts/gen-schema-catalog.mjs).
import type { ErrorObject } from 'ajv';

interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

declare const validators: Record<string, PrecompiledValidator>;
export = validators;
