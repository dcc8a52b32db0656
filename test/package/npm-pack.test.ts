import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The package as a receiver gets it: `npm pack`, then `npm install -g` of the tarball into a clean
// prefix with no registry reachable, then the installed `capsule` verifies a capsule with no
// network (a fresh network namespace where unshare allows one, and a guard that fails any socket).
const ROOT = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'npm-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const offlineNpm = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, env: offlineNpm, encoding: 'utf8', timeout: 120_000 });
const isolated = spawnSync('unshare', ['-rn', 'true']).status === 0;
const noSockets = `data:text/javascript,${encodeURIComponent("import net from 'node:net'; const no = () => { throw new Error('capsule used the network'); }; net.Socket.prototype.connect = no; net.connect = no; net.createConnection = no;")}`;

function capsule(bin: string, args: string[], cwd: string) {
  const env = { PATH: `${join(bin, '..')}:/usr/bin:/bin`, HOME: join(scratch, 'home'), NODE_OPTIONS: `--import=${noSockets}` };
  const [cmd, argv] = isolated ? ['unshare', ['-rn', bin, ...args]] : [bin, args];
  return spawnSync(cmd as string, argv as string[], { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

describe('npm pack → npm install -g (offline) → capsule', () => {
  it('installs from the tarball alone and verifies a capsule with no network', () => {
    const packed = npm(['pack', '--pack-destination', scratch, '--json'], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'LICENSE', 'README.md', 'scripts/guest-kernel.sh', 'examples/hello/bundle.json', 'package.json']));
    expect(paths.filter((p) => /^(src|test|node_modules|bench)\//.test(p))).toEqual([]);

    const prefix = join(scratch, 'prefix');
    const installed = npm(['install', '--global', '--prefix', prefix, join(scratch, filename)], scratch);
    expect(installed.status, installed.stderr).toBe(0);
    const bin = join(prefix, 'bin', 'capsule');
    mkdirSync(join(scratch, 'home'), { recursive: true });
    const cwd = mkdtempSync(join(scratch, 'elsewhere-'));

    const help = capsule(bin, ['--help'], cwd);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: capsule');

    // A capsule made by the installed CLI from its own example, then verified strictly.
    const made = capsule(bin, ['run', '--out', join(cwd, 'out'), '--json'], cwd);
    expect(made.status, made.stderr).toBe(0);
    const run = JSON.parse(made.stdout) as { capsulePath: string; signaturePath: string; runDir: string };
    const verified = capsule(bin, ['verify', run.capsulePath, '--signature', run.signaturePath, '--trust-policy', join(run.runDir, 'keys', 'trust-policy.local.json'), '--require-signature', '--strict', '--json'], cwd);
    expect(verified.status, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ status: 'pass', evidence_class: 'AUTHORITATIVE_EVIDENCE' });
    expect(readdirSync(join(prefix, 'lib', 'node_modules', 'proof-capsule'))).not.toContain('node_modules');
  }, 180_000);

  it('the no-network guard is real: a CLI that opened a socket would fail', () => {
    const r = spawnSync(process.execPath, ['-e', "require('node:net').connect(9, '127.0.0.1')"], { env: { ...process.env, NODE_OPTIONS: `--import=${noSockets}` }, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('capsule used the network');
  });
});
