/**
 * How an event's numbers are spelled in the bytes its event_hash covers.
 *
 * The format hashes the JCS form of the parsed event. JCS implementations agree on every string,
 * key order and integer, but not on numbers written with a fraction or an exponent: AgentOps
 * Replay's reference verifier (Python) hashes such a number as Python's `repr` of the double with
 * `e+` shortened to `e` (`2.0`, `1e-05`, `1e16`), where RFC 8785 writes `2`, `0.00001`,
 * `10000000000000000`. A chain only one of the two verifiers accepts is not interoperable, so
 * both our recorder and our verifier use AgentOps' spelling for those numbers: every chain either
 * side accepts is accepted by the other, and no chain is more authoritative here than there.
 * For everything else (all strings, integers, numbers like 0.5 or 1e-3) the two spellings are the
 * same bytes, so the hash is plain RFC 8785.
 */
export function agentopsFloatSpelling(value: number): string {
  if (value === 0) return '0';
  return pythonFloatRepr(value).replace('e+', 'e');
}

/** Python's `repr(float)`: the shortest round-trip digits, fixed notation for 1e-4 ≤ |x| < 1e16. */
export function pythonFloatRepr(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  // toExponential() gives the same shortest round-trip digits Python's repr uses.
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const sign = value < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    return `${sign}${head}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = exponent + 1;
  if (digits.length <= whole) return `${sign}${digits}${'0'.repeat(whole - digits.length)}.0`;
  return `${sign}${digits.slice(0, whole)}.${digits.slice(whole)}`;
}
