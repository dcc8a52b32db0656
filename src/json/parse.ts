import { CapsuleError, type ErrorCode } from '../errors.js';
import { MAX_DOCUMENT_FILE_BYTES, readTextFile } from '../fsio/read.js';

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

/**
 * Deepest nesting of arrays and objects any reader accepts. Our documents and AGILAB's are
 * under 10 deep; the cap keeps every later recursive walk (schema validation, canonical
 * forms, rendering) far from the stack limit, whoever wrote the file.
 */
export const MAX_JSON_DEPTH = 128;


/**
 * Strict JSON (RFC 8259): no comments, no trailing commas, no duplicate keys (JSON.parse keeps
 * the last silently, which lets two readers of one signed document see different values),
 * nesting at most MAX_JSON_DEPTH. One iterative pass builds the value; positions are found
 * again only when a message needs one, so a large document costs what JSON.parse costs.
 */
export function parseJsonStrict(text: string, file: string, options: ParseOptions = {}): JsonDocument {
  const value = new StrictParser(text, file, options).parse();
  return { file, value, locate: (pointer) => positionOf(text, locateOffset(text, pointer)) };
}

/** Reads a JSON file through one descriptor, refusing one larger than `maxBytes` before reading it. */
export function readJsonFile(path: string, options: ParseOptions & { maxBytes?: number } = {}): JsonDocument {
  return parseJsonStrict(readTextFile(path, options.maxBytes ?? MAX_DOCUMENT_FILE_BYTES), path, options);
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
// Runs the scanner skips in one native step rather than a character at a time (a small verify parses
// tens of kilobytes of indented JSON and base64 before any loop has warmed up): the same characters
// the per-character tests name, as UTF-16 code units.
const SPACE_RUN = /[ \n\r\t]*/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

/** An open array or object: where its next value goes. */
interface Frame {
  container: Record<string, unknown> | unknown[];
  /** The member key awaiting its value (objects). */
  key: string;
  isArray: boolean;
}

class StrictParser {
  private pos: number;
  private readonly stack: Frame[] = [];

  constructor(private readonly text: string, private readonly file: string, private readonly options: ParseOptions) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  parse(): unknown {
    this.skipSpace();
    if (this.pos >= this.text.length) this.fail('empty document: the file holds no JSON value');
    if (looksLikeYaml(this.text, this.pos)) this.fail('this is YAML (or another text format), not JSON: write it as JSON');
    let value: unknown;
    for (;;) {
      if (this.openContainer()) continue;
      value = this.scalar();
      // Attach the finished value, then close every container it completes.
      for (;;) {
        const top = this.stack[this.stack.length - 1];
        if (!top) break;
        if (top.isArray) (top.container as unknown[]).push(value);
        else setMember(top.container as Record<string, unknown>, top.key, value);
        this.skipSpace();
        const c = this.text.charCodeAt(this.pos);
        if (c === 0x2c) {
          this.pos++;
          if (!top.isArray) this.memberKey(top);
          break;
        }
        if (c === (top.isArray ? 0x5d : 0x7d)) {
          this.pos++;
          value = top.container;
          this.stack.pop();
          continue;
        }
        this.fail(`expected "," or "${top.isArray ? ']' : '}'}"`);
      }
      if (this.stack.length === 0) break;
    }
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the document');
    return value;
  }

  /** Opens `{` or `[`; an empty one is a finished scalar-like value, left for scalar(). */
  private openContainer(): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c !== 0x7b && c !== 0x5b) return false;
    const isArray = c === 0x5b;
    if (this.stack.length >= MAX_JSON_DEPTH) this.fail(`nested deeper than ${MAX_JSON_DEPTH} levels`, 'json_too_deep');
    if (this.peekAfterSpace(this.pos + 1) === (isArray ? 0x5d : 0x7d)) return false;
    this.pos++;
    const frame: Frame = { container: isArray ? [] : {}, key: '', isArray };
    this.stack.push(frame);
    if (!isArray) this.memberKey(frame);
    return true;
  }

  private memberKey(frame: Frame): void {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== QUOTE) this.fail('expected a property name in double quotes');
    const keyAt = this.pos;
    const key = this.string();
    if (Object.hasOwn(frame.container, key)) {
      frame.key = key;
      this.fail(`duplicate key ${JSON.stringify(key)} at ${this.pointer()}`, 'json_duplicate_key', keyAt);
    }
    frame.key = key;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail('expected ":" after a property name');
    this.pos++;
  }

  private scalar(): unknown {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === QUOTE) {
      const at = this.pos;
      const str = this.string();
      if (this.options.ijson && /\p{Surrogate}/u.test(str)) this.fail(`string at ${this.pointer() || '/'} holds a lone surrogate (not I-JSON)`, 'json_string_not_ijson', at);
      return str;
    }
    if (c === 0x7b || c === 0x5b) {
      // An empty container (openContainer left it): "{ }" or "[ ]".
      this.pos = this.peekAfterSpaceIndex(this.pos + 1) + 1;
      return c === 0x5b ? [] : {};
    }
    const literal = c === 0x74 ? LITERALS.true : c === 0x66 ? LITERALS.false : c === 0x6e ? LITERALS.null : undefined;
    if (literal && t.startsWith(literal[0], this.pos)) {
      this.pos += literal[0].length;
      return literal[1];
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(t);
    if (!m || m[0].length === 0 || m[0] === '-') this.fail(this.pos >= t.length ? 'unexpected end of the document' : 'expected a value');
    const raw = m![0];
    const num = Number(raw);
    if (this.options.ijson && !isIJsonNumber(raw, num)) this.fail(`number ${raw} at ${this.pointer() || '/'} is outside I-JSON (RFC 7493) range or precision`, 'json_number_not_ijson');
    this.pos += raw.length;
    return num;
  }

  /** A string token at `pos` (the opening quote): control characters and bad escapes refused. */
  private string(): string {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      PLAIN_RUN.lastIndex = i;
      PLAIN_RUN.test(t);
      i = PLAIN_RUN.lastIndex;
      if (i >= t.length) this.fail('unterminated string', 'json_invalid', start);
      const c = t.charCodeAt(i);
      if (c === QUOTE) break;
      if (c < 0x20) this.fail('control character in a string (escape it)', 'json_invalid', i);
      if (c === BACKSLASH) {
        ESCAPE.lastIndex = i;
        const m = ESCAPE.exec(t);
        if (!m) this.fail('invalid escape in a string', 'json_invalid', i);
        i += m![0].length;
        escaped = true;
      } else i++;
    }
    this.pos = i + 1;
    return escaped ? (JSON.parse(t.slice(start, i + 1)) as string) : t.slice(start + 1, i);
  }

  private skipSpace(): void {
    this.pos = this.peekAfterSpaceIndex(this.pos);
  }

  private peekAfterSpaceIndex(from: number): number {
    if (from >= this.text.length) return from;
    SPACE_RUN.lastIndex = from;
    SPACE_RUN.test(this.text);
    return SPACE_RUN.lastIndex;
  }

  private peekAfterSpace(from: number): number {
    return this.text.charCodeAt(this.peekAfterSpaceIndex(from));
  }

  /** The pointer of the value being read. */
  private pointer(): string {
    return this.stack.map((f) => `/${f.isArray ? (f.container as unknown[]).length : escapePointer(f.key)}`).join('');
  }

  private fail(what: string, code: ErrorCode = 'json_invalid', offset = this.pos): never {
    const at = positionOf(this.text, offset);
    const pointer = this.pointer();
    const prefix = code === 'json_invalid' || code === 'json_too_deep' ? 'invalid JSON: ' : '';
    throw new CapsuleError(code, `${this.file}:${at.line}:${at.column}: ${prefix}${what}`, { file: this.file, pointer, ...at });
  }
}

/**
 * A document that starts like YAML (`key: value`, `---`, `- item`) rather than a JSON value is
 * named as such: "expected a value" would not tell the user what is wrong with the file. No JSON
 * text starts this way, so a valid document is never refused by it.
 */
const YAML_START = /^(?:---|%YAML|- |[A-Za-z_][\w.-]*[ \t]*:(?:\s|$)|"[^"\n]*"[ \t]*:)/;

function looksLikeYaml(text: string, at: number): boolean {
  return YAML_START.test(text.slice(at, at + 200));
}

const LITERALS = { true: ['true', true], false: ['false', false], null: ['null', null] } as const;

/** `__proto__` is an ordinary key in JSON; defineProperty keeps it one. */
function setMember(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

function isIJsonNumber(raw: string, num: number): boolean {
  if (!Number.isFinite(num)) return false;
  if (/^-?\d+$/.test(raw)) return Math.abs(num) <= MAX_SAFE;
  return true;
}

/**
 * The offset of the value at `pointer` in a document that already parsed, or of its nearest
 * existing parent: a walk that skips the members it does not descend into.
 */
function locateOffset(text: string, pointer: string): number {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const space = (i: number) => {
    while (i < text.length && ' \n\r\t\ufeff'.includes(text[i]!)) i++;
    return i;
  };
  let at = space(0);
  for (const token of tokens) {
    const open = text[at];
    if (open !== '{' && open !== '[') return at;
    let i = space(at + 1);
    let found = -1;
    for (let index = 0; text[i] !== '}' && text[i] !== ']' && i < text.length; index++) {
      let key: string | null = null;
      if (open === '{') {
        const end = stringEnd(text, i);
        key = JSON.parse(text.slice(i, end)) as string;
        i = space(space(end) + 1);
      }
      if ((open === '{' && key === token) || (open === '[' && String(index) === token)) {
        found = i;
        break;
      }
      i = space(skipValue(text, i));
      if (text[i] === ',') i = space(i + 1);
    }
    if (found < 0) return at;
    at = found;
  }
  return at;
}

/** The index just past the string token starting at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** The index just past the value starting at `i` (iterative: depth is a counter). */
function skipValue(text: string, i: number): number {
  let depth = 0;
  let j = i;
  do {
    const c = text[j];
    if (c === '"') j = stringEnd(text, j);
    else {
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      else if (depth === 0) {
        while (j < text.length && !',}] \n\r\t'.includes(text[j]!)) j++;
        return j;
      }
      j++;
    }
  } while (depth > 0 && j < text.length);
  return j;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
