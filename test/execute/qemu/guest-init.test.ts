import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guestInitScript, guestJobScript } from '../../../src/execute/qemu/guest-init.js';

describe('guest scripts', () => {
  test('an environment value comes back from the job script\'s sh unchanged (no expansion, no splitting)', () => {
    const hostile = ["it's", '$(id)', '`id`', 'a b\tc', '"; poweroff -f; "', "'", '\n', '*', '$HOME', '\\'];
    const samples = [...hostile, ...fc.sample(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0')), 40)];
    for (const s of samples) {
      const job = guestJobScript(['true'], '.', { V: s });
      const exported = job.slice(0, job.indexOf("\ncd '"));
      expect(execFileSync('/bin/sh', ['-c', `${exported}; printf %s "$V"`], { encoding: 'utf8' })).toBe(s);
    }
  });

  test('the job exports the environment, enters the workspace cwd and execs the quoted argv', () => {
    const job = guestJobScript(['/bin/sh', 'run me.sh', '$(x)'], 'sub dir', { B: '2', A: "it's" });
    expect(job).toBe(["set -e", "export A='it'\\''s'", "export B='2'", "cd '/workspace/sub dir'", 'set +e', "exec '/bin/sh' 'run me.sh' '$(x)'", ''].join('\n'));
  });

  test.each([['1BAD'], ['A-B'], ['A B'], ['A=B']])('refuses the environment variable name %j', (name) => {
    expect(() => guestJobScript(['true'], '.', { [name]: 'v' })).toThrow(expect.objectContaining({ code: 'qemu_bad_env_name' }));
  });

  test('an empty argv is refused', () => {
    expect(() => guestJobScript([], '.', {})).toThrow(expect.objectContaining({ code: 'qemu_empty_argv' }));
  });

  test('init loads the modules in order, mounts the host root only for hostUserland, and always powers off', () => {
    const plain = guestInitScript({ modules: ['kernel/a.ko', 'kernel/b.ko'], hostUserland: false, network: false });
    expect(plain.indexOf("insmod '/lib/modules/kernel/a.ko'")).toBeLessThan(plain.indexOf("insmod '/lib/modules/kernel/b.ko'"));
    expect(plain).not.toContain('hostroot');
    expect(plain.trimEnd().endsWith('poweroff -f')).toBe(true);
    const host = guestInitScript({ modules: [], hostUserland: true, network: false });
    expect(host).toContain('mount -t 9p -o trans=virtio,version=9p2000.L,ro');
    expect(host).toContain('mount -t overlay overlay');
  });
});
