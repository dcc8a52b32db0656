import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';

// What a newcomer gets: the package as npm ships it (npm pack, unpacked), `capsule init first`
// and `capsule run first` in an empty folder, nothing else.
const REPO = resolve('.');
let pkg: string;
let work: string;

function capsule(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'capsule-init-'));
  const tarball = execFileSync('npm', ['pack', '--pack-destination', tmp, '--silent'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!;
  mkdirSync(join(tmp, 'pkg'));
  execFileSync('tar', ['-xzf', join(tmp, tarball), '-C', join(tmp, 'pkg')]);
  pkg = join(tmp, 'pkg', 'package');
  work = join(tmp, 'work');
  mkdirSync(work);
});

describe('the package as shipped', () => {
  it('holds the CLI, the examples and every JSON Schema, each with a stable $id; no sources or tests', () => {
    const schemas = readdirSync(join(pkg, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(schemas).toEqual(readdirSync(join(REPO, 'schemas')).filter((f) => f.endsWith('.schema.json')));
    for (const f of schemas) expect((JSON.parse(readFileSync(join(pkg, 'schemas', f), 'utf8')) as { $id: string }).$id).toBe(`https://proofcapsule.dev/schemas/${f}`);
    expect(statSync(join(pkg, 'dist', 'cli.js')).isFile()).toBe(true);
    expect(statSync(join(pkg, 'examples', 'hello', 'bundle.json')).isFile()).toBe(true);
    expect(readdirSync(pkg)).not.toContain('src');
    expect(readdirSync(pkg)).not.toContain('test');
  });
});

describe('capsule init', () => {
  it('`capsule init first && capsule run first` promotes', () => {
    const init = capsule(work, 'init', 'first');
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('wrote first/bundle.json, first/run.sh, first/.capsuleignore');
    expect(init.stdout).toMatch(/Next:\n {2}capsule validate first +check the bundle[^\n]*\n {2}capsule run first +run it/);
    const run = capsule(work, 'run', 'first', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { decision: { decision: string }; capsulePath: string };
    expect(result.decision.decision).toBe('promote');
    expect(statSync(result.capsulePath).isFile()).toBe(true);
    expect(capsule(work, 'validate', 'first').code).toBe(0);
  });

  it('writes a bundle whose $schema is the schema shipped in the package, and which that schema accepts', () => {
    const dir = join(work, 'Schema Check');
    expect(capsule(work, 'init', dir).code).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')) as { $schema: string; metadata: { name: string } };
    expect(bundle.metadata.name).toBe('schema-check');
    const schemaFile = resolve(dir, bundle.$schema);
    expect(schemaFile).toBe(join(pkg, 'schemas', 'bundle.schema.json'));
    // An editor's view: the schema file alone, by any standard validator.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    expect(validate(bundle), JSON.stringify(validate.errors)).toBe(true);
    expect(statSync(join(dir, 'run.sh')).mode & 0o111).not.toBe(0);
  });

  it('never overwrites: a folder already holding one of its files is left as it was, exit 2 naming the file', () => {
    const dir = join(work, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'run.sh'), 'mine\n');
    const r = capsule(work, 'init', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'run.sh')}: already there`);
    expect(readdirSync(dir)).toEqual(['run.sh']);
    expect(readFileSync(join(dir, 'run.sh'), 'utf8')).toBe('mine\n');
  });
});
