import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentopsFloatSpelling, pythonFloatRepr } from '../../src/chain/number-spelling.js';

const AGENTOPS = resolve('..', 'shared', 'reference', 'agentops', 'verifier');
const havePython = spawnSync('python3', ['-c', '0']).status === 0;
const haveAgentOps = havePython && existsSync(resolve(AGENTOPS, 'jcs.py'));
if (!haveAgentOps) console.warn(`skipping AgentOps number spelling oracle: ${havePython ? `${AGENTOPS} is absent` : 'python3 is not installed'}`);

const specials = [1, -1, 2, 0.1, 0.5, 1e-4, 1e-5, 1.5e-5, 1e-7, 123456.789, 1e15, 9999999999999998, 1e16, 1.5e16, 1e21, 1e22, 1e100, 5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, -0, 0, 333333333.3333333, 4.5, 0.002, 1e-27, 2 ** 53, 2 ** 53 + 2, 123e18];

/** Asks AgentOps' own jcs.py (and Python's repr) to spell every number, in one process. */
function pythonSpellings(values: number[]): { repr: string; agentops: string }[] {
  const script = `import sys, json\nsys.path.insert(0, ${JSON.stringify(AGENTOPS)})\nfrom jcs import canonicalize\nfor s in json.load(sys.stdin):\n    f = float(s)\n    print(repr(f), canonicalize(f).decode())`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(values.map((v) => (Object.is(v, -0) ? "-0.0" : String(v)))), encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trimEnd().split('\n').map((line) => {
    const [repr, agentops] = line.split(' ') as [string, string];
    return { repr, agentops };
  });
}

describe.skipIf(!haveAgentOps)('AgentOps number spelling matches AgentOps jcs.py (python3 as the oracle)', () => {
  it('for edge cases and 20,000 random doubles', () => {
    const values = [...specials, ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }), 20_000)];
    const expected = pythonSpellings(values);
    const mismatches = values.map((v, i) => ({ v, ours: [pythonFloatRepr(v), agentopsFloatSpelling(v)], python: expected[i]! }))
      .filter(({ ours, python }) => ours[0] !== python.repr || ours[1] !== python.agentops);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('AgentOps number spelling', () => {
  it('differs from RFC 8785 only for fraction/exponent spellings JCS writes otherwise', () => {
    expect(agentopsFloatSpelling(2)).toBe('2.0');
    expect(agentopsFloatSpelling(0.5)).toBe('0.5');
    expect(agentopsFloatSpelling(1e-5)).toBe('1e-05');
    expect(agentopsFloatSpelling(1e21)).toBe('1e21');
    expect(agentopsFloatSpelling(-0)).toBe('0');
  });
});
