import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

// Each "Next:" the CLI prints, followed as written by a user in their own folder: its commands
// run through sh exactly as printed, its paths open, and it ends where it says it will.
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'capsule-next-'));
});

/** One shell command line as the user would paste it, with `capsule` being the built CLI. */
function sh(command: string) {
  const r = spawnSync('sh', ['-c', `capsule() { "${process.execPath}" "${CLI}" "$@"; }\n${command}`], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function run(bundle: string): { code: number | null; next: string } {
  const r = sh(`capsule run ${bundle} -q`);
  const next = /^Next: +(.*)$/m.exec(r.stdout)?.[1];
  expect(next, r.stdout + r.stderr).toBeDefined();
  return { code: r.code, next: next! };
}

const commands = (next: string): string[] => [...next.matchAll(/`(capsule [^`]+)`/g)].map((m) => m[1]!);
const files = (next: string): string[] => [...next.matchAll(/`([^`\s]+\.(?:log|json|md))`/g)].map((m) => m[1]!);

describe('"Next:" followed literally', () => {
  it('promote: the receiver\'s verify passes; the release re-sign ends in a promote without a dev key', () => {
    cpSync('examples/hello', join(work, 'hello'), { recursive: true });
    const { code, next } = run('hello');
    expect(code).toBe(0);
    const [verify, keygen, signed] = commands(next);
    expect(verify).toMatch(/^capsule verify out\/hello-[^ ]+\/hello\.agipack --signature .* --trust-policy .* --strict$/);
    // The receiver holds only what the sentence hands off, at the paths it names, in a folder of their own.
    const handed = [...next.slice(0, next.indexOf(': the receiver runs')).matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(handed).toHaveLength(3);
    for (const f of handed) {
      mkdirSync(dirname(join(work, 'receiver', f)), { recursive: true });
      copyFileSync(join(work, f), join(work, 'receiver', f));
    }
    const v = sh(`cd receiver && ${verify!}`);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^PASS .*hello\.agipack/m);
    expect(sh(keygen!).code).toBe(0);
    const r = sh(`${signed!} --json`);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ devKey: false, decision: { decision: 'promote' } });
  });

  it('block: the stderr it names holds the error; fixing the job and rerunning its command promotes', () => {
    cpSync('examples/failing', join(work, 'failing'), { recursive: true });
    const { code, next } = run('failing');
    expect(code).toBe(1);
    const [stderrLog] = files(next);
    expect(readFileSync(join(work, stderrLog!), 'utf8')).toContain('failing: simulated error');
    writeFileSync(join(work, 'failing', 'fail.sh'), 'echo fixed\n');
    const [rerun] = commands(next);
    expect(rerun).toBe('capsule run failing');
    expect(sh(rerun!).code).toBe(0);
  });

  it('manual-review (dev key in staging, examples/train): keygen then the signed rerun promotes', () => {
    cpSync('examples/train', join(work, 'train'), { recursive: true });
    const { code, next } = run('train');
    expect(code).toBe(3);
    expect(next).not.toContain('capsule sign');
    const steps = commands(next);
    expect(steps).toEqual(['capsule keygen --out capsule-key.pem --trust-policy trust-policy.json', 'capsule run train --key capsule-key.pem --trust-policy trust-policy.json']);
    expect(sh(steps[0]!).code).toBe(0);
    const r = sh(steps[1]!);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Decision:  PROMOTE');
    // Run again, the advice reuses the key and policy now there instead of making new ones.
    expect(commands(run('train --key capsule-key.pem --trust-policy trust-policy.json').next)[0]).toMatch(/^capsule verify /);
  });

  it('timeout: raising maxRunSeconds in the bundle file it names, then rerunning, promotes', () => {
    const dir = join(work, 'slow');
    mkdirSync(dir);
    writeFileSync(join(dir, 'slow.sh'), 'sleep 7\necho done\n');
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ apiVersion: 'proofcapsule.dev/v1', kind: 'Bundle', metadata: { name: 'slow', version: '1' }, spec: { run: { script: 'slow.sh' }, policy: { maxRunSeconds: 5 } } }, null, 2));
    const { code, next } = run('slow');
    expect(code).toBe(1);
    expect(next).toContain('limit of 5 s: raise spec.policy.maxRunSeconds in `slow/bundle.json`');
    const [bundleFile] = files(next);
    expect(existsSync(join(work, bundleFile!))).toBe(true);
    const doc = JSON.parse(readFileSync(join(work, bundleFile!), 'utf8')) as { spec: { policy: { maxRunSeconds: number } } };
    doc.spec.policy.maxRunSeconds = 30;
    writeFileSync(join(work, bundleFile!), JSON.stringify(doc));
    const [rerun] = commands(next);
    expect(rerun).toBe('capsule run slow');
    expect(sh(rerun!).code).toBe(0);
  });
});
