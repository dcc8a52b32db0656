import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A run naming a command registers that command alone (src/cli/main.ts); `help X` registers them
 * all. The named command must not notice: the same help, the same usage error, for every command.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
const capsule = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

const listed = capsule('--help').stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n')
  .map((line) => line.trim().split(' ')[0]!).filter((name) => name && name !== 'help');

describe('a command run alone', () => {
  it('the help lists every command', () => {
    expect(listed.length).toBeGreaterThanOrEqual(19);
    expect(listed).toContain('verify');
  });

  it.each(listed)('%s --help prints what help %s does', (name) => {
    const alone = capsule(name, '--help');
    const amongAll = capsule('help', name);
    expect(alone.status).toBe(0);
    expect(alone.stdout).toContain(`Usage: capsule ${name}`);
    expect(alone.stdout).toBe(amongAll.stdout);
  });

  it('a usage error reads the same as before: the command path, the pointer to its help', () => {
    const usage = capsule('verify', '--no-such-option', 'x');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(
      "capsule: error [usage]: capsule verify: unknown option '--no-such-option'; see capsule verify --help\n",
    );
    const mistyped = capsule('verfy', 'x');
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toContain('(Did you mean verify?)');
  });
});
