import type { ErrorObject } from 'ajv';
import { CapsuleError } from '../errors.js';
import type { JsonDocument } from '../json/parse.js';
import validators from './validators.generated.cjs';
import { topLevelProperties } from './top-level-properties.js';

/** One problem found by a schema, located in the file where possible. */
export interface SchemaIssue {
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/**
 * Validators are precompiled from schemas/ at build time (scripts/gen-schema-catalog.mjs, Ajv
 * standalone, with the options the registry used at run time before): compiling a dozen schemas cost about a quarter of a second
 * of every CLI run. Each is kept as source and compiled on its first call, so a command parses only
 * the validators it uses. test/schemas/registry.test.ts checks they match a fresh compile.
 */
function validator(name: string): (typeof validators)[string] {
  const id = schemaId(name);
  const fn = validators[id];
  if (!fn) throw new CapsuleError('schema_unknown', `no schema registered as ${id}`);
  return fn;
}

/** Accepts "run-manifest" or "run-manifest.schema.json" or the full $id. */
function schemaId(name: string): string {
  if (name.startsWith('https://')) return name;
  return `https://proofcapsule.dev/schemas/${name.endsWith('.schema.json') ? name : `${name}.schema.json`}`;
}

/**
 * The top-level keys of `value` the schema does not name: for documents whose schema lets
 * unknown keys through (AGILAB ignores them) so the reader can warn, or refuse under --strict.
 */
export function unknownTopLevelKeys(name: string, value: unknown): string[] {
  const file = `${schemaId(name).split('/').pop()}`;
  const properties = Object.hasOwn(topLevelProperties, file) ? topLevelProperties[file] : undefined;
  if (!properties || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  // Object.hasOwn, not `in`: `constructor` or `__proto__` at the top of a document is an unknown
  // key, not a name the table inherits from Object.prototype.
  return Object.keys(value).filter((k) => !Object.hasOwn(properties, k)).sort();
}

/** Every issue at once (allErrors), each with its JSON pointer and, given a document, its line:column. */
export function validateAgainst(name: string, value: unknown, doc?: JsonDocument): SchemaIssue[] {
  const fn = validator(name);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => toIssue(e, doc));
}

/** Throws a CapsuleError listing every issue; the file is named in the message. */
export function assertValid(name: string, value: unknown, file: string, doc?: JsonDocument): void {
  const issues = validateAgainst(name, value, doc);
  if (issues.length === 0) return;
  const first = issues[0]!;
  throw new CapsuleError(
    'schema_invalid',
    `${file}: does not match ${schemaId(name)}:\n${issues.map((i) => `  ${file}${i.line ? `:${i.line}:${i.column}` : ''} ${i.pointer || '/'}: ${i.message}`).join('\n')}`,
    { file, pointer: first.pointer, line: first.line, column: first.column },
    { issues },
  );
}

function toIssue(e: ErrorObject, doc?: JsonDocument): SchemaIssue {
  let pointer = e.instancePath;
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    pointer = `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    message = `unknown property ${JSON.stringify(extra)}`;
  } else if (e.keyword === 'required') {
    message = `missing required property ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`;
  } else if (e.keyword === 'enum') {
    message = `${message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const at = doc?.locate(pointer);
  return { pointer, message, ...(at ?? {}) };
}
