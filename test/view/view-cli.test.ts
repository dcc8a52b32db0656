import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableJson } from '../../src/json/write.js';
import type { RunManifest } from '../../src/manifest/types.js';
import type { ViewModel } from '../../src/view/types.js';

const CLI = resolve(process.env.CAPSULE_CLI ?? 'dist/cli.js');

function capsule(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let runDir: string;
let agipack: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capsule-view-'));
  runDir = join(dir, 'run');
  const r = capsule('run', 'examples/hello', '--out', runDir);
  expect(r.code, r.stderr).toBe(0);
  agipack = join(runDir, 'hello.agipack');
});

function viewModel(target: string): ViewModel {
  const r = capsule('view', target, '--json');
  return JSON.parse(r.stdout) as ViewModel;
}

describe('capsule view of a verified capsule', () => {
  it('writes <capsule>.html beside it, exit 0, with the decision, every check, output sha256 and event seq', () => {
    const r = capsule('view', agipack);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${agipack}.html`);
    const page = readFileSync(`${agipack}.html`, 'utf8');
    const model = viewModel(agipack);
    expect(model.decision?.decision).toBe('promote');
    expect(page).toContain('<span class="badge ok">promote</span>');
    expect(page).toContain(model.decision!.reason);
    expect(model.verification.checks.length).toBeGreaterThan(20);
    for (const c of model.verification.checks) expect(page).toContain(`<td data-label="Check" class="mono">${c.id}</td>`);
    const manifest = JSON.parse(readFileSync(join(runDir, 'run_manifest.json'), 'utf8')) as RunManifest;
    expect(manifest.proof_capsule!.outputs.length).toBe(2);
    for (const o of manifest.proof_capsule!.outputs) expect(page).toContain(o.sha256);
    const events = readFileSync(join(runDir, 'evidence', 'events.jsonl'), 'utf8').trim().split('\n');
    expect(model.events.rows.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    for (let seq = 1; seq <= events.length; seq++) expect(page).toContain(`<tr><td data-label="seq">${seq}</td>`);
    expect(page).not.toContain('FAILED VERIFICATION');
  });

  it('is self-contained: a strict CSP, no script, no external reference', () => {
    const page = readFileSync(`${agipack}.html`, 'utf8');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  });

  it('gives identical bytes for the same capsule', () => {
    expect(capsule('view', agipack, '--output', join(dir, 'a.html')).code).toBe(0);
    expect(capsule('view', agipack, '--output', join(dir, 'b.html')).code).toBe(0);
    expect(readFileSync(join(dir, 'a.html')).equals(readFileSync(join(dir, 'b.html')))).toBe(true);
  });

  it('checks the signer against a given trust policy', () => {
    const model = viewModel(agipack);
    const withPolicy = JSON.parse(capsule('view', agipack, '--trust-policy', join(runDir, 'keys', 'trust-policy.local.json'), '--json').stdout) as ViewModel;
    expect(model.verification.failed).toEqual([]);
    expect(withPolicy.verification.checks.map((c) => c.id)).toContain('capsule_trust_policy_allows_public_key');
    expect(withPolicy.commands.verify).toContain('--trust-policy');
  });
});

describe('capsule view of a capsule that fails verification', () => {
  it('still writes the page, says FAILED VERIFICATION at the top with the failed checks, and exits 1', () => {
    const bytes = readFileSync(agipack);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    const flipped = join(dir, 'flipped.agipack');
    writeFileSync(flipped, bytes);
    const r = capsule('view', flipped, '--signature', `${agipack}.sig.json`, '--output', join(dir, 'flipped.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FAILED verification');
    const page = readFileSync(join(dir, 'flipped.html'), 'utf8');
    const model = JSON.parse(capsule('view', flipped, '--signature', `${agipack}.sig.json`, '--json').stdout) as ViewModel;
    expect(model.verification.status).toBe('fail');
    expect(model.verification.failed).toContain('capsule_signature_subject_matches');
    const banner = page.indexOf('FAILED VERIFICATION: do not trust anything on this page');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(page.indexOf('<h2>'));
    expect(banner).toBeLessThan(page.indexOf('class="decision'));
    const bannerHtml = page.slice(banner, page.indexOf('</section>', banner));
    for (const id of model.verification.failed) expect(bannerHtml).toContain(`<code>${id}</code>`);
    expect(page).toContain('Claimed decision (unverified): <span class="badge neutral">promote</span>');
    expect(page).not.toContain('badge ok">promote');
  });

  it('shows a file that is not a capsule at all as failed, exit 1', () => {
    const junk = join(dir, 'junk.agipack');
    writeFileSync(junk, 'not a zip');
    const r = capsule('view', junk);
    expect(r.code).toBe(1);
    expect(readFileSync(`${junk}.html`, 'utf8')).toContain('FAILED VERIFICATION');
  });
});

describe('capsule view of hostile run-folder values', () => {
  it('shows a crafted label and argv only escaped', () => {
    const crafted = join(dir, 'crafted');
    cpSync(runDir, crafted, { recursive: true });
    const manifestPath = join(crafted, 'run_manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as RunManifest;
    manifest.label = '<script>alert(1)</script>';
    manifest.command.argv = ['/bin/sh', '<img src=x onerror=alert(1)>', `" onmouseover="alert(1)`];
    manifest.validations[0]!.summary = `</td></tr></table><a href="javascript:alert(1)">x</a>`;
    writeFileSync(manifestPath, stableJson(manifest));
    const r = capsule('view', crafted);
    expect([0, 1]).toContain(r.code);
    const page = readFileSync(`${crafted}.html`, 'utf8');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;');
    expect(page).not.toMatch(/<script|<img|<a[\s>]|href="|onmouseover="/i);
  });

  it('does not follow a log symlink out of the run folder', () => {
    const linked = join(dir, 'linked');
    cpSync(runDir, linked, { recursive: true });
    const secret = join(dir, 'outside-secret.txt');
    writeFileSync(secret, 'OUTSIDE-THE-FOLDER');
    rmSync(join(linked, 'logs', 'stdout.log'));
    symlinkSync(secret, join(linked, 'logs', 'stdout.log'));
    capsule('view', linked);
    const page = readFileSync(`${linked}.html`, 'utf8');
    expect(page).not.toContain('OUTSIDE-THE-FOLDER');
    expect(page).toContain('stdout: not recorded.');
  });

  it('views a run folder without a decision and says none is recorded', () => {
    const r = capsule('view', runDir, '--output', join(dir, 'folder.html'));
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(join(dir, 'folder.html'), 'utf8');
    expect(page).toContain('No promotion decision recorded');
    expect(page).toContain('<td data-label="Check" class="mono">event_chain_valid</td>');
  });
});

describe('capsule view bad input', () => {
  it('exits 2 for a target that does not exist, and for a folder with no manifest', () => {
    expect(capsule('view', join(dir, 'missing.agipack')).code).toBe(2);
    expect(capsule('view', mkdtempSync(join(tmpdir(), 'capsule-view-empty-'))).code).toBe(2);
  });
});
