import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseActionInputs } from '../../src/action/inputs.js';
import { parseVerifyInputs } from '../../src/action/verify-inputs.js';

// action.yml is the contract users read: it must declare exactly what the code reads.
const metadata = (file: string) => parse(fs.readFileSync(file, 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } };

function inputsRead(parseWith: (read: (name: string) => string) => void): string[] {
  const names = new Set<string>();
  try {
    parseWith((name) => {
      names.add(name);
      return '';
    });
  } catch {
    // Missing required inputs throw after every input was read; only the names matter here.
  }
  return [...names].sort();
}

describe('action.yml', () => {
  const action = metadata('action.yml');

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs parseActionInputs reads', () => {
    const read = inputsRead((r) => parseActionInputs(r, { workspace: '/ws', actionRoot: '/a', runnerTemp: '/t' }));
    expect(Object.keys(action.inputs).sort()).toEqual(read);
  });

  it('defaults github-token to the job token and fail-on to block', () => {
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs['fail-on']!.default).toBe('block');
  });
});

describe('verify/action.yml', () => {
  const action = metadata('verify/action.yml');

  it('runs the verify bundle from the shared dist/', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/verify/index.js' });
  });

  it('declares exactly the inputs parseVerifyInputs reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(inputsRead((r) => parseVerifyInputs(r, '/ws')));
  });
});

describe('review-check/action.yml', () => {
  const action = metadata('review-check/action.yml');

  it('runs the review-check bundle from the shared dist/ and takes the environment, a repository and a token', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/review-check/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(['environment', 'github-token', 'repository']);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });
});
