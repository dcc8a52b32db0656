import { describe, expect, it } from 'vitest';
import { capsule } from './run-cli.js';

// Every verb's --help, as printed by the built CLI.
const commandsIn = (help: string) => [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)]
  .map((m) => m[1]!)
  .filter((c) => c !== 'help');

describe('--help of every command', () => {
  const top = capsule('.', '--help');
  const chain = commandsIn(capsule('.', 'chain', '--help').stdout).map((s) => ['chain', s]);
  const verbs = commandsIn(top.stdout).flatMap((c) => (c === 'chain' ? [['chain'], ...chain] : [[c]]));

  it('lists the commands', () => {
    expect(verbs.length).toBeGreaterThan(15);
  });

  it.each(verbs.map((v) => [v.join(' '), v]))('capsule %s --help: exit 0, no "(default: [])"', (_, verb) => {
    const r = capsule('.', ...(verb as string[]), '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: capsule ${(verb as string[]).join(' ')} `));
    expect(r.stdout).not.toContain('default: []');
  });
});

describe('usage errors', () => {
  it.each([
    [['verify', 'a.agipack', 'extra'], 'capsule verify: too many arguments for \'verify\'. '
      + 'Expected 1 argument but got 2'],
    [['run', '--executor', 'vm'], 'capsule run: option \'--executor <kind>\' argument \'vm\' is invalid. '
      + 'Allowed choices are auto, process, qemu'],
    [['verfy'], 'capsule: unknown command \'verfy\' (Did you mean verify?)'],
  ])('capsule %j: one line, exit 2, pointing at --help', (argv, what) => {
    const r = capsule('.', ...argv);
    expect(r.code).toBe(2);
    const help = argv[0] === 'verfy' ? 'capsule' : `capsule ${argv[0]}`;
    expect(r.stderr).toBe(`capsule: error [usage]: ${what}; see ${help} --help\n`);
  });
});
