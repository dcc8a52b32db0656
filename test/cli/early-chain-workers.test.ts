import { describe, expect, it } from 'vitest';
import { chainVerifyFile } from '../../src/cli/early-chain-workers.js';

// The early worker start guesses the events file before commander parses the command line; a
// wrong guess only costs workers started for nothing (the command starts its own), so the guess
// is checked here against what commander reads as <events>.
describe('chainVerifyFile', () => {
  const argv = (...args: string[]) => ['node', 'cli.js', ...args];

  it.each([
    [['chain', 'verify', 'e.jsonl'], 'e.jsonl'],
    [['chain', 'verify', '--json', 'e.jsonl'], 'e.jsonl'],
    [['chain', 'verify', '--public-key', 'k.pem', 'e.jsonl', '--json'], 'e.jsonl'],
    [['chain', 'verify', '--trust-policy', 'p.json', '--public-key', 'k.pem', 'e.jsonl'], 'e.jsonl'],
    [['chain', 'verify', '--public-key=k.pem', 'e.jsonl'], 'e.jsonl'],
    [['chain', 'verify', '--canonical-lines', '--', '-e.jsonl'], '-e.jsonl'],
    [['chain', 'verify', '--json'], null],
    [['chain', 'verify', '--public-key', 'k.pem'], null],
    [['chain', 'replay', 'e.jsonl'], null],
    [['verify', 'chain', 'e.jsonl'], null],
    [[], null],
  ])('%j names %j', (args, file) => {
    expect(chainVerifyFile(argv(...args))).toBe(file);
  });
});
