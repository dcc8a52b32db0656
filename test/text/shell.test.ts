import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { shQuote } from '../../src/text/shell.js';

const HOSTILE = [
  "it's",
  "'",
  "''\\''",
  '$(touch pwned)',
  '`touch pwned`',
  '${HOME}',
  'a\nb\n',
  '\n',
  '"; rm -rf / #',
  '\\',
  "\\'",
  '*',
  '-n',
  '',
  ' leading and trailing ',
  'tab\there',
  'ünïcødé ✓',
];

/** What sh makes of the quoted word: printed back byte for byte. */
function roundTrip(shell: string, value: string): string {
  return execFileSync(shell, ['-c', `printf '%s' ${shQuote(value)}`], { encoding: 'utf8' });
}

describe('shQuote', () => {
  for (const shell of ['sh', 'dash', 'busybox']) {
    it(`gives ${shell} back every hostile string unchanged`, () => {
      for (const value of HOSTILE) {
        const out =
          shell === 'busybox'
            ? execFileSync('busybox', ['sh', '-c', `printf '%s' ${shQuote(value)}`], { encoding: 'utf8' })
            : roundTrip(shell, value);
        expect(out).toBe(value);
      }
    });
  }

  it('round-trips arbitrary strings through sh (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\0') && !/\p{Surrogate}/u.test(s)),
        (value) => {
          expect(roundTrip('sh', value)).toBe(value);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses NUL, which no shell word can hold', () => {
    expect(() => shQuote('a\0b')).toThrow(CapsuleError);
  });
});
