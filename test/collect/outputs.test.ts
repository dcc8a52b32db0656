import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { collectOutputs } from '../../src/collect/outputs.js';
import { evaluateGates } from '../../src/collect/gates.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function workspace(): string {
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'not yours');
  const ws = mkdtempSync(join(tmpdir(), 'ws-'));
  mkdirSync(join(ws, 'out', 'deep'), { recursive: true });
  writeFileSync(join(ws, 'out', 'b.txt'), 'bee');
  writeFileSync(join(ws, 'out', 'a.txt'), 'a');
  writeFileSync(join(ws, 'out', 'deep', 'm.json'), '{"accuracy": 0.9, "eval": {"f1": 0.5}}');
  writeFileSync(join(ws, 'out', 'bad.json'), '{nope');
  symlinkSync(join(outside, 'secret.txt'), join(ws, 'out', 'leak.txt'));
  symlinkSync(outside, join(ws, 'out', 'leakdir'));
  symlinkSync(join(ws, 'out', 'a.txt'), join(ws, 'out', 'alias.txt'));
  return ws;
}

describe('collectOutputs', () => {
  it('takes a plain folder path as every file under it, and never looks into the skipped folders', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'run', 'artifacts'), { recursive: true });
    writeFileSync(join(ws, 'run', 'artifacts', 'x.txt'), 'packed by an earlier step');
    const got = await collectOutputs(ws, [{ path: 'out/deep', kind: 'file' }, { path: '**/x.txt', kind: 'file' }], { skip: ['run'] });
    expect(got.outputs.map((o) => o.path)).toEqual(['out/deep/m.json']);
    const all = await collectOutputs(ws, [{ path: '**/x.txt', kind: 'file' }]);
    expect(all.outputs.map((o) => o.path)).toEqual(['run/artifacts/x.txt']);
  });

  it('collects by glob, sorted, hashed, without following symlinks out of the workspace', async () => {
    const ws = workspace();
    const got = await collectOutputs(ws, [{ path: 'out/**/*.txt', kind: 'file' }, { path: 'out/deep/*.json', kind: 'metrics' }, { path: 'out/leakdir/**', kind: 'file' }, { path: 'out/leakdir', kind: 'file' }]);
    expect(got.refused).toEqual([
      { path: 'out/leak.txt', reason: 'a symlink that leads outside the workspace' },
      { path: 'out/leakdir', reason: 'a symlink that leads outside the workspace' },
    ]);
    expect(got.outputs).toEqual([
      { path: 'out/a.txt', kind: 'file', sha256: sha('a'), size_bytes: 1 },
      { path: 'out/alias.txt', kind: 'file', sha256: sha('a'), size_bytes: 1 },
      { path: 'out/b.txt', kind: 'file', sha256: sha('bee'), size_bytes: 3 },
      { path: 'out/deep/m.json', kind: 'metrics', sha256: sha('{"accuracy": 0.9, "eval": {"f1": 0.5}}'), size_bytes: 38 },
    ]);
  });

  it('refuses globs that climb out or are absolute', async () => {
    const ws = workspace();
    await expect(collectOutputs(ws, [{ path: '../*', kind: 'file' }])).rejects.toThrow(/must not contain ".."/);
    await expect(collectOutputs(ws, [{ path: '/etc/passwd', kind: 'file' }])).rejects.toThrow(/not absolute/);
  });
});

describe('collectOutputs: an output is a regular file with one link', () => {
  it('refuses a hard link (to a file outside the workspace, or inside), a FIFO and a device, each saying what it is', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    mkdirSync(join(ws, 'out'));
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0');
    linkSync(join(outside, 'passwd'), join(ws, 'out', 'passwd'));
    writeFileSync(join(ws, 'out', 'twin-a.txt'), 'twin');
    linkSync(join(ws, 'out', 'twin-a.txt'), join(ws, 'out', 'twin-b.txt'));
    execFileSync('mkfifo', [join(ws, 'out', 'pipe')]);
    writeFileSync(join(ws, 'out', 'ok.txt'), 'ok');
    const device = spawnSync('mknod', [join(ws, 'out', 'null'), 'c', '1', '3']).status === 0;
    const got = await collectOutputs(ws, [{ path: 'out/*', kind: 'file' }]);
    expect(got.outputs.map((o) => o.path)).toEqual(['out/ok.txt']);
    expect(got.refused).toEqual([
      ...(device ? [{ path: 'out/null', reason: 'a character device, not a regular file' }] : []),
      { path: 'out/passwd', reason: 'a file with 2 hard links (outputs have one link: another may be a file outside the workspace)' },
      { path: 'out/pipe', reason: 'a FIFO, not a regular file' },
      { path: 'out/twin-a.txt', reason: 'a file with 2 hard links (outputs have one link: another may be a file outside the workspace)' },
      { path: 'out/twin-b.txt', reason: 'a file with 2 hard links (outputs have one link: another may be a file outside the workspace)' },
    ]);
  });
});

describe('evaluateGates', () => {
  it('evaluates exit-code, output-exists and metric gates, failing unreadable metrics with a reason', async () => {
    const ws = workspace();
    const { outputs } = await collectOutputs(ws, [{ path: 'out/*.txt', kind: 'file' }]);
    const gates = evaluateGates(
      [
        { label: 'exit', kind: 'exit-code', equals: 0 },
        { label: 'a exists', kind: 'output-exists', path: 'out/a.txt' },
        { label: 'z exists', kind: 'output-exists', path: 'out/z.txt' },
        { label: 'acc', kind: 'metric', path: 'out/deep/m.json', metric: 'accuracy', min: 0.8 },
        { label: 'f1', kind: 'metric', path: 'out/deep/m.json', metric: 'eval.f1', min: 0.6 },
        { label: 'bad', kind: 'metric', path: 'out/bad.json', metric: 'accuracy', min: 0.1 },
        { label: 'gone', kind: 'metric', path: 'out/none.json', metric: 'accuracy', max: 1 },
        { label: 'leak', kind: 'metric', path: 'out/leak.txt', metric: 'x', max: 1 },
      ],
      { exitCode: 0, outputs, workspace: ws },
    );
    expect(gates.map((g) => [g.label, g.status])).toEqual([
      ['exit', 'pass'], ['a exists', 'pass'], ['z exists', 'fail'], ['acc', 'pass'], ['f1', 'fail'], ['bad', 'fail'], ['gone', 'fail'], ['leak', 'fail'],
    ]);
    expect(gates[3]!.summary).toBe('accuracy = 0.9 (required ≥ 0.8)');
    expect(gates[5]!.summary).toMatch(/not readable JSON/);
    expect(gates[7]!.summary).toMatch(/outside/);
    expect(evaluateGates([{ label: 'exit', kind: 'exit-code' }], { exitCode: 3, outputs, workspace: ws })[0]).toMatchObject({ status: 'fail', summary: 'exit code 3 ≠ 0' });
  });
});
