import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAgainst } from '../../src/schemas/registry.js';

/**
 * The most common layout: bundle.json at a project's root, the run folder inside it.
 * The built CLI, as a user runs it.
 */
const ROOT = resolve(__dirname, '..', '..');
const CLI = resolve(ROOT, process.env.CAPSULE_CLI ?? 'dist/cli.js');
const ENV_SECRET = 'dotenv-value-31c9e07b';
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'capsule-staging-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const capsule = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const entryNames = (capsulePath: string) =>
  execFileSync('unzip', ['-Z1', capsulePath], { encoding: 'utf8' }).split('\n').filter(Boolean);

/** A project folder holding examples/hello plus what a real one has lying around. */
function project(): string {
  const dir = join(scratch, 'project');
  cpSync(resolve(ROOT, 'examples', 'hello'), dir, { recursive: true });
  writeFileSync(join(dir, '.env'), `API_TOKEN=${ENV_SECRET}\n`);
  writeFileSync(join(dir, '.env.production'), `API_TOKEN=${ENV_SECRET}\n`);
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(dir, 'node_modules', 'left-pad'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'left-pad', 'index.js'), 'module.exports = 1;\n');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'big.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'notes.tmp'), 'scratch\n');
  writeFileSync(join(dir, 'keep.md'), 'kept\n');
  writeFileSync(join(dir, '.capsuleignore'), '# large data stays out of the workspace\ndata/\n*.tmp\n');
  return dir;
}

describe('cd <bundle folder> && capsule run bundle.json --out out', () => {
  let dir: string;
  let first: ReturnType<typeof capsule>;
  beforeAll(() => {
    dir = project();
    first = capsule(['run', 'bundle.json', '--out', 'out'], dir);
  });

  it('promotes, and the capsule holds neither out/ nor .env, .git or node_modules', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Decision: {2}PROMOTE/);
    const names = entryNames(join(dir, 'out', 'hello.agipack'));
    expect(names.filter((n) => n.startsWith('bundle/'))).toEqual(['bundle/bundle.json', 'bundle/hello.sh']);
    // artifacts/out/ is what the job wrote into its workspace's out/; nothing else may come from the project folder.
    expect(names.filter((n) => n.startsWith('artifacts/')))
      .toEqual(['artifacts/out/greeting.txt', 'artifacts/out/metrics.json']);
    const fromProject = /(^|\/)(out|workspace|\.env[^/]*|\.git|node_modules|data)(\/|$)|\.agipack/;
    expect(names.filter((n) => !n.startsWith('artifacts/') && fromProject.test(n))).toEqual([]);
    for (const file of filesUnder(join(dir, 'out', 'proof'))) {
      expect(readFileSync(file, 'latin1').includes(ENV_SECRET), file).toBe(false);
    }
    expect(readFileSync(join(dir, 'out', 'hello.agipack'), 'latin1').includes(ENV_SECRET)).toBe(false);
  });

  it('stages everything else into the workspace and lists it, with size and sha256, in the inventory', () => {
    const workspace = join(dir, 'out', 'workspace');
    expect(readdirSync(workspace).sort())
      .toEqual(['.capsuleignore', 'README.md', 'bundle.json', 'hello.sh', 'keep.md', 'out'].sort());
    const inventory = JSON.parse(readFileSync(join(dir, 'out', 'evidence', 'staged_inventory.json'), 'utf8'));
    expect(validateAgainst('staged-inventory', inventory)).toEqual([]);
    expect(inventory.files.map((f: { path: string }) => f.path))
      .toEqual(['.capsuleignore', 'README.md', 'bundle.json', 'hello.sh', 'keep.md']);
    const keep = { path: 'keep.md', size_bytes: 5, sha256: createHash('sha256').update('kept\n').digest('hex') };
    expect(inventory.files.find((f: { path: string }) => f.path === 'keep.md')).toEqual(keep);
    expect(inventory.excluded).toEqual([
      { path: '.env', reason: 'secret file' },
      { path: '.env.production', reason: 'secret file' },
      { path: '.git', reason: 'never staged' },
      { path: 'data', reason: '.capsuleignore' },
      { path: 'node_modules', reason: 'never staged' },
      { path: 'notes.tmp', reason: '.capsuleignore' },
      { path: 'out', reason: 'run folder' },
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'run_manifest.json'), 'utf8'));
    expect(manifest.proof_capsule.bundle).toMatchObject({
      packed_files: ['bundle.json', 'hello.sh'],
      staged: { inventory: 'evidence/staged_inventory.json', files: 5, excluded: 7 },
    });
  });

  it('a second run from the same folder does not stage the first run folder', () => {
    const second = capsule(['run', 'bundle.json', '--out', 'out-again'], dir);
    expect(second.status, second.stderr).toBe(0);
    const inventory = JSON.parse(readFileSync(join(dir, 'out-again', 'evidence', 'staged_inventory.json'), 'utf8'));
    const runFolders = inventory.excluded.filter((e: { reason: string }) => e.reason === 'run folder');
    expect(runFolders.map((e: { path: string }) => e.path)).toEqual(['out', 'out-again']);
  });

  it('no entry of the capsule holds the absolute path of the bundle folder or of the run folder', () => {
    const outside = join(scratch, 'elsewhere', 'run');
    const r = capsule(['run', join(dir, 'bundle.json'), '--out', outside], scratch);
    expect(r.status, r.stderr).toBe(0);
    const runs = [
      [join(dir, 'out', 'hello.agipack'), join(dir, 'out')],
      [join(outside, 'hello.agipack'), outside],
    ] as const;
    for (const [capsulePath, runFolder] of runs) {
      const unpacked = mkdtempSync(join(scratch, 'unpacked-'));
      execFileSync('unzip', ['-q', capsulePath, '-d', unpacked]);
      const entries = filesUnder(unpacked);
      expect(entries.length).toBeGreaterThan(30);
      for (const entry of entries) {
        const text = readFileSync(entry, 'latin1');
        for (const machinePath of [dir, runFolder, scratch]) {
          expect(text.includes(machinePath), `${entry.slice(unpacked.length)} holds ${machinePath}`).toBe(false);
        }
      }
    }
  });

  it('replay --execute still works from what is packed', () => {
    // Replay runs code only from a capsule whose signer is anchored: this run's own dev key.
    const key = join(dir, 'out', 'keys', 'dev-signing-key.pub.pem');
    const capsulePath = join(dir, 'out', 'hello.agipack');
    const r = capsule(['replay', capsulePath, '--execute', '--json', '--public-key', key], scratch);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).executed).toMatchObject({ status: 'match' });
  });
});

describe('a run folder inside the bundle folder chosen by default', () => {
  it('capsule run with no --out from the bundle folder leaves its own run out of the workspace', () => {
    const dir = join(scratch, 'default-out');
    cpSync(resolve(ROOT, 'examples', 'hello'), dir, { recursive: true });
    const r = capsule(['run', '.'], dir);
    expect(r.status, r.stderr).toBe(0);
    const [runDir] = readdirSync(join(dir, 'out'));
    expect(existsSync(join(dir, 'out', runDir!, 'workspace', 'out', runDir!))).toBe(false);
  });
});
