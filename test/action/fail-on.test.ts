import { describe, expect, it } from 'vitest';
import { decisionFailsCheck } from '../../src/action/fail-on.js';

describe('decisionFailsCheck', () => {
  it.each([
    ['promote', 'block', false],
    ['promote', 'manual-review', false],
    ['block', 'block', true],
    ['block', 'manual-review', true],
    ['block', 'never', false],
    ['manual-review', 'block', false],
    ['manual-review', 'manual-review', true],
    ['manual-review', 'never', false],
  ] as const)('%s with fail-on %s fails: %s', (decision, failOn, fails) => {
    expect(decisionFailsCheck(decision, failOn)).toBe(fails);
  });
});
