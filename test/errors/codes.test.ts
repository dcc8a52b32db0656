import { describe, expect, it } from 'vitest';
import { asCapsuleError, CapsuleError, ERROR_CODES, exitCodeOf, type ErrorCode } from '../../src/errors.js';
import { renderErrorCodesDoc } from './codes-doc.js';

describe('the error-code list', () => {
  it('gives every category its exit code, and only a bug exits 70', () => {
    expect(exitCodeOf('usage')).toBe(2);
    expect(exitCodeOf('file_unreadable')).toBe(2);
    expect(exitCodeOf('chain_invalid')).toBe(1);
    expect(exitCodeOf('internal')).toBe(70);
    const seventy = (Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => exitCodeOf(c) === 70);
    expect(seventy.every((c) => ERROR_CODES[c].category === 'internal')).toBe(true);
  });

  it('is closed: a code outside it does not type-check', () => {
    // @ts-expect-error 'no_such_code' is not in ERROR_CODES
    const err = new CapsuleError('no_such_code', 'x');
    expect(err).toBeInstanceOf(CapsuleError);
  });

  it('says what a file-system error means and what to do, naming the file', () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: 'k.pem' });
    expect(asCapsuleError(enoent)?.message).toBe('k.pem: does not exist; check the path');
    const eisdir = Object.assign(new Error('x'), { code: 'EISDIR', path: 'd' });
    expect(asCapsuleError(eisdir)?.message).toBe('d: is a folder, not a file; give the file inside it');
    expect(asCapsuleError(new TypeError('a bug'))).toBeUndefined();
  });

  it('docs/errors.md is generated from it', async () => {
    await expect(renderErrorCodesDoc()).toMatchFileSnapshot('../../docs/errors.md');
  });
});
