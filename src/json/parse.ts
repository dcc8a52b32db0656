import { readFileSync } from 'node:fs';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CapsuleError } from '../errors.js';

/** A parsed JSON document that still knows where each value came from. */
export interface JsonDocument {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the value at a JSON pointer, or of its nearest parent. */
  locate(pointer: string): { line: number; column: number };
}

export interface ParseOptions {
  /** Reject numbers that do not survive IEEE-754 doubles (I-JSON, RFC 7493), as signed documents must. */
  ijson?: boolean;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Strict JSON: no comments, no trailing commas, no duplicate keys (JSON.parse keeps the
 * last silently, which lets two readers of one signed document see different values).
 */
export function parseJsonStrict(text: string, file: string, options: ParseOptions = {}): JsonDocument {
  const lines = lineStarts(text);
  const position = (offset: number) => offsetToPosition(lines, offset);
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ''), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const first = errors[0];
    const at = position(first?.offset ?? 0);
    throw new CapsuleError('json_invalid', `${file}:${at.line}:${at.column}: invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty document'}`, { file, ...at });
  }
  const offsets = new Map<string, number>();
  const value = build(root, '', text, file, offsets, position, options);
  return {
    file,
    value,
    locate(pointer: string) {
      let p = pointer;
      for (;;) {
        const offset = offsets.get(p);
        if (offset !== undefined) return position(offset);
        if (p === '') return { line: 1, column: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}

export function readJsonFile(path: string, options: ParseOptions = {}): JsonDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CapsuleError('file_unreadable', `${path}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file: path });
  }
  return parseJsonStrict(text, path, options);
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function build(
  node: Node,
  pointer: string,
  text: string,
  file: string,
  offsets: Map<string, number>,
  position: (offset: number) => { line: number; column: number },
  options: ParseOptions,
): unknown {
  offsets.set(pointer, node.offset);
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        const key = keyNode!.value as string;
        const childPointer = `${pointer}/${escapePointer(key)}`;
        if (seen.has(key)) {
          const at = position(keyNode!.offset);
          throw new CapsuleError('json_duplicate_key', `${file}:${at.line}:${at.column}: duplicate key ${JSON.stringify(key)} at ${childPointer}`, { file, pointer: childPointer, ...at });
        }
        seen.add(key);
        Object.defineProperty(out, key, { value: build(valueNode!, childPointer, text, file, offsets, position, options), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => build(child, `${pointer}/${i}`, text, file, offsets, position, options));
    case 'number': {
      const raw = text.slice(node.offset, node.offset + node.length);
      const num = Number(raw);
      if (options.ijson && !isIJsonNumber(raw, num)) {
        const at = position(node.offset);
        throw new CapsuleError('json_number_not_ijson', `${file}:${at.line}:${at.column}: number ${raw} at ${pointer || '/'} is outside I-JSON (RFC 7493) range or precision`, { file, pointer, ...at });
      }
      return num;
    }
    case 'string': {
      const str = node.value as string;
      if (options.ijson && /\p{Surrogate}/u.test(str)) {
        const at = position(node.offset);
        throw new CapsuleError('json_string_not_ijson', `${file}:${at.line}:${at.column}: string at ${pointer || '/'} holds a lone surrogate (not I-JSON)`, { file, pointer, ...at });
      }
      return str;
    }
    default:
      return node.value;
  }
}

function isIJsonNumber(raw: string, num: number): boolean {
  if (!Number.isFinite(num)) return false;
  if (/^-?\d+$/.test(raw)) return Math.abs(num) <= MAX_SAFE;
  return true;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function offsetToPosition(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
