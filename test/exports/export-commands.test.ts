import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerExportLineage } from '../../src/cli/commands/export-lineage.js';
import { registerExportTraces } from '../../src/cli/commands/export-traces.js';
import { validateAgainst } from '../../src/schemas/registry.js';
import { FIXTURES } from './fixture-record.js';

const CAPSULE = path.join(FIXTURES, 'run_manifest.capsule.json');
const AGILAB = path.join(FIXTURES, 'run_manifest.agilab.json');

/** Runs one command in-process; returns what it printed and the exit code it set. */
async function capsule(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command('capsule').exitOverride();
  registerExportLineage(program);
  registerExportTraces(program);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  await program.parseAsync(['node', 'capsule', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('capsule export-lineage / export-traces', () => {
  it('export-lineage --format openlineage --output - prints the OpenLineage event of a manifest', async () => {
    const r = await capsule('export-lineage', AGILAB, '--format', 'openlineage', '--output', '-');
    expect(r.code).toBe(0);
    const event = JSON.parse(r.stdout);
    expect(event.eventType).toBe('FAIL');
    expect(event.eventTime).toBe('2025-11-02T16:04:12.65Z');
    // Straight from a manifest no pack files are known: the artifact is named, unhashed.
    expect(event.outputs.map((d: { name: string }) => d.name)).toEqual(['reports/summary.csv']);
    expect(event.outputs[0].facets.version).toBeUndefined();
  });

  it('export-lineage --format lineage --output F writes our lineage document', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'exports-cli-')), 'lineage.json');
    const r = await capsule('export-lineage', CAPSULE, '--format', 'lineage', '--output', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`agilab.evidence_exports.v1: ok\nlineage: ${out}\n`);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateAgainst('lineage', doc)).toEqual([]);
    expect(doc.run.manifest.path).toBe(path.basename(CAPSULE));
  });

  it("export-lineage --output-dir writes AGILAB's three files under their names and --json reports them; --output refuses more than one format", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exports-cli-'));
    const r = await capsule('export-lineage', AGILAB, '--output-dir', dir, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schema: 'agilab.evidence_exports.v1', formats: ['openlineage', 'otel', 'ro-crate'], source_capsule: null });
    expect(Object.values(report.paths).map((p) => path.basename(p as string)).sort()).toEqual(['openlineage.json', 'otel-trace.json', 'ro-crate-metadata.json']);
    expect(validateAgainst('otel-trace', JSON.parse(readFileSync(path.join(dir, 'otel-trace.json'), 'utf8')))).toEqual([]);
    const refused = await capsule('export-lineage', AGILAB, '--output', path.join(dir, 'all.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--output can only be used with a single --format');
    expect(existsSync(path.join(dir, 'all.json'))).toBe(false);
  });

  it('export-traces writes an OTLP trace', async () => {
    const r = await capsule('export-traces', CAPSULE, '--output', '-');
    expect(r.code).toBe(0);
    expect(validateAgainst('otel-trace', JSON.parse(r.stdout))).toEqual([]);
  });

  it('an invalid manifest exits 2 naming the file, pointer and line', async () => {
    const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'exports-cli-')), 'run_manifest.json');
    const text = readFileSync(AGILAB, 'utf8').replace('"status": "fail"', '"status": "maybe"');
    writeFileSync(bad, text);
    const r = await capsule('export-traces', bad, '--output', '-');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/:\d+:\d+ \/status/);
  });

  it('an unreadable finish time falls back to created_at; both unreadable is a named error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exports-cli-'));
    const fallback = path.join(dir, 'fallback.json');
    writeFileSync(fallback, readFileSync(AGILAB, 'utf8').replace('2025-11-02T16:04:12.650000+00:00', 'yesterday'));
    const ok = await capsule('export-traces', fallback, '--output', '-');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).resourceSpans[0].scopeSpans[0].spans[0].endTimeUnixNano).toBe('1762099452000000000');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(fallback, 'utf8').replace('"created_at": "2025-11-02T16:04:12Z"', '"created_at": "2025-13-02T16:04:12Z"'));
    const r = await capsule('export-traces', bad, '--output', '-');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:`);
    expect(r.stderr).toContain('/timing/finished_at "yesterday" is not an RFC 3339 timestamp');
  });
});

/** The built CLI, as a user runs it (skipped until the bundle that holds these commands is built). */
const CLI = path.resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');
describe.skipIf(!existsSync(CLI))('built CLI', () => {
  it('capsule export-lineage MANIFEST --output F writes a valid OpenLineage event', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'exports-e2e-')), 'openlineage.json');
    const r = spawnSync(process.execPath, [CLI, 'export-lineage', CAPSULE, '--format', 'openlineage', '--output', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).eventType).toBe('COMPLETE');
  });

  it('capsule export-traces MANIFEST --output - prints OTLP JSON', () => {
    const r = spawnSync(process.execPath, [CLI, 'export-traces', AGILAB, '--output', '-'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).resourceSpans[0].scopeSpans[0].spans[0].status.code).toBe(2);
  });
});
