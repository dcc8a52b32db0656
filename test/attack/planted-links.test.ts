import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeProcessBundle } from '../pipeline/process-bundle.js';
import { tempDir } from '../prove/build-capsule.js';

/**
 * A hostile job (it runs as the user) swaps parts of the run folder around its workspace for
 * symbolic links to a folder elsewhere. Before the fix `capsule run` wrote the outputs it
 * collected through a planted `artifacts/` link, outside the folder the user named, and promoted.
 */
const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

let dir: string;

beforeAll(() => {
  dir = tempDir('capsule-planted-');
});

describe('symbolic links a job plants in its run folder', () => {
  it.each([
    ['artifacts/', 'ln -s "$ELSEWHERE" ../artifacts', 'artifacts -> '],
    ['a folder below artifacts/', 'mkdir -p ../artifacts && ln -s "$ELSEWHERE" ../artifacts/out', 'artifacts/out -> '],
    ['the workspace itself', 'cd .. && mv workspace moved && ln -s "$ELSEWHERE" workspace', 'workspace -> '],
  ])('%s: the run stops before writing through it, exit 2, nothing written elsewhere', (what, plant, named) => {
    const name = what.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    const elsewhere = join(dir, `${name}-elsewhere`);
    mkdirSync(elsewhere);
    const bundle = join(dir, `${name}-bundle`);
    mkdirSync(bundle);
    writeFileSync(join(bundle, 'job.sh'), `mkdir -p out\necho hi > out/hi.txt\n${plant}\n`);
    const env = { ELSEWHERE: elsewhere };
    const file = writeProcessBundle(bundle, 'planted', { argv: ['/bin/sh', 'job.sh'], env, outputs: ['out/hi.txt'] });
    const out = join(dir, `${name}-out`);
    const r = spawnSync(process.execPath, [CLI, 'run', file, '--out', out, '--executor', 'process'], {
      encoding: 'utf8', timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('capsule: error [out_dir_unusable]');
    expect(r.stderr).toContain(`the job planted symbolic links in the run folder while it ran (${named}${elsewhere}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(out, 'planted.agipack'))).toBe(false);
  });
});
