import path from 'node:path';
import * as core from '@actions/core';
import { CapsuleError } from '../errors.js';
import type { SchemaIssue } from '../schemas/registry.js';

/** One error annotation on a file line, as the runner shows it on the diff. */
export interface Annotation {
  message: string;
  properties: core.AnnotationProperties;
}

/**
 * The annotations an error makes: one per located schema issue (`details.issues`), else one at the
 * error's own location, else none. Files inside the workspace are made relative to it, which is
 * what the runner needs to attach them to the diff.
 */
export function annotationsFor(err: unknown, workspace: string): Annotation[] {
  if (!(err instanceof CapsuleError)) return [];
  const file = typeof err.details.file === 'string' ? err.details.file : err.location.file;
  const title = `${err.code}${file ? `: ${path.basename(file)}` : ''}`;
  const where = (line?: number, column?: number, at = file): core.AnnotationProperties => ({
    title,
    ...(at ? { file: workspaceRelative(at, workspace) } : {}),
    ...(line !== undefined ? { startLine: line } : {}),
    ...(column !== undefined ? { startColumn: column } : {}),
  });
  const issues = Array.isArray(err.details.issues) ? (err.details.issues as unknown[]).filter(isIssue) : [];
  if (issues.length > 0) {
    // A bundle issue names its own file (it may sit in a file the bundle refers to).
    return issues.map((i) => ({ message: `${i.pointer || '/'}: ${i.message}`, properties: where(i.line, i.column, i.file ?? file) }));
  }
  if (file === undefined) return [];
  return [{ message: err.message, properties: where(err.location.line, err.location.column) }];
}

type LocatedIssue = SchemaIssue & { file?: string };

function isIssue(value: unknown): value is LocatedIssue {
  return typeof value === 'object' && value !== null && typeof (value as SchemaIssue).message === 'string';
}

function workspaceRelative(file: string, workspace: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
