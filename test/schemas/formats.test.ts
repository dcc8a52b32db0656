import formatsModule from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullFormats, isPlainUri } from '../../src/schemas/formats.cjs';

/**
 * The validators' `uri` format takes a fast path for plain URIs and must still accept and reject
 * exactly the strings ajv-formats' `uri` does.
 */
type Formats = { fullFormats: Record<string, (s: string) => boolean> };
const theirs = (formatsModule as unknown as Formats).fullFormats.uri!;
const ours = fullFormats.uri as (s: string) => boolean;

// Characters that matter to the URI grammar, plus a few that never may appear.
const URI_CHARS = [...'aZz09+-._~!$&\'()*,;=:@/?#%[]AFf', ...' "<\\^`{|}é\n\u0000'];
const anyChar = fc.constantFrom(...URI_CHARS);
const chars = (min: number, max: number) =>
  fc.array(anyChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
// The grammar's pieces, so most generated strings come near the accept/reject border.
const scheme = fc.oneof(fc.constantFrom('https', 'http', 'urn', 'pkg', 'a', 'A1+.-', '1a', ''),
  chars(0, 4));
const part = fc.oneof(
  fc.constantFrom('//', '/', '?', '#', ':', '@', '%41', '%4', '%zz', '[::1]', '[v1.x]', '127.0.0.1', ':8080', 'user@',
    'host'),
  chars(0, 6),
);
const uriLike = fc.tuple(scheme, fc.constantFrom(':', ':', ''), fc.array(part, { maxLength: 8 }))
  .map(([s, colon, rest]) => `${s}${colon}${rest.join('')}`);
// Strings the fast path is built to take: "//" reg-name and path, or a rootless path, query, fragment.
const pchar = fc.oneof(fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@'), fc.constantFrom('%2F', '%aa', '%C3'));
const seg = (min: number) => fc.array(pchar, { minLength: min, maxLength: 5 }).map((a) => a.join(''));
const plain = fc.tuple(
  fc.constantFrom('https', 'urn', 'x', 'A+b.c-d'),
  fc.oneof(seg(0).map((h) => `//${h.replace(/[:@]/g, '')}`), seg(1)),
  fc.array(seg(0).map((s) => `/${s}`), { maxLength: 4 }),
  fc.option(seg(0).map((q) => `?${q}/?`)),
  fc.option(seg(0).map((f) => `#${f}`)),
).map(([s, head, path, query, fragment]) => `${s}:${head}${path.join('')}${query ?? ''}${fragment ?? ''}`);

describe('uri format', () => {
  it('agrees with ajv-formats on strings near the URI grammar', () => {
    fc.assert(fc.property(uriLike, (s) => ours(s) === theirs(s)), { numRuns: 20_000 });
  });

  it('agrees with ajv-formats on arbitrary strings', () => {
    const any = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(fc.property(any, (s) => ours(s) === theirs(s)), { numRuns: 5_000 });
  });

  it('the fast path takes plain URIs, and accepts nothing ajv-formats rejects', () => {
    fc.assert(fc.property(plain, (s) => isPlainUri(s) && theirs(s)), { numRuns: 20_000 });
    fc.assert(fc.property(uriLike, (s) => !isPlainUri(s) || theirs(s)), { numRuns: 20_000 });
  });

  it('agrees on the URIs our documents hold and on near misses', () => {
    const cases = ['https://slsa.dev/provenance/v1', 'https://in-toto.io/Statement/v1', 'urn:uuid:0b1c', 'pkg:npm/a@1',
      'https://a.b/c?d=e&f#g', 'HTTPS://A.B/C', 'http://[::1]:80/x', 'http://u@h:1/', 'x:', 'https://a b', '1a:b', ':b',
      'https://a/%zz', 'https://a/%4', 'a', '', 'urn:é', 'http://a\n', 'https://a/"'];
    for (const s of cases) expect(ours(s), s).toBe(theirs(s));
    expect(cases.slice(0, 6).every(isPlainUri)).toBe(true);
  });
});
