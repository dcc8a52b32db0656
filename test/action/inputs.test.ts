import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { parseActionInputs } from '../../src/action/inputs.js';

const ctx = { workspace: '/ws', actionRoot: '/actions/proof-capsule', runnerTemp: '/tmp/runner' };
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseActionInputs', () => {
  it('defaults to the embedded example, auto executor, upload on, fail on block', () => {
    const inputs = parseActionInputs(reader({ 'github-token': 't' }), ctx);
    expect(inputs.bundlePath).toBe(path.join('/actions/proof-capsule', 'examples', 'hello', 'bundle.json'));
    expect(inputs).toMatchObject({ executor: 'auto', upload: true, failOn: 'block', commentOnPr: false, attest: false, artifactName: 'proof-capsule' });
    expect(inputs.outDir).toBe(path.join('/tmp/runner', 'proof-capsule', 'proof-capsule'));
    expect(inputs.keyPem).toBeUndefined();
    expect(inputs.keyPath).toBeUndefined();
  });

  it('resolves paths against the workspace and reads a PEM secret as the key itself', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----';
    const inputs = parseActionInputs(reader({ bundle: 'bundles/a', 'signing-key': pem, 'trust-policy': 'trust.toml', 'retention-days': '7', 'fail-on': 'never' }), ctx);
    expect(inputs.bundlePath).toBe('/ws/bundles/a');
    expect(inputs.trustPolicyPath).toBe('/ws/trust.toml');
    expect(inputs.keyPem).toBe(`${pem}\n`);
    expect(inputs.keyPath).toBeUndefined();
    expect(inputs.retentionDays).toBe(7);
    expect(inputs.failOn).toBe('never');
  });

  it('reads a signing-key that is not PEM text as a key file path', () => {
    const inputs = parseActionInputs(reader({ 'signing-key': 'keys/release.pem' }), ctx);
    expect(inputs.keyPath).toBe('/ws/keys/release.pem');
    expect(inputs.keyPem).toBeUndefined();
  });

  it('reports every bad input at once, each by name', () => {
    let caught: unknown;
    try {
      parseActionInputs(reader({ executor: 'docker', upload: 'yes', 'retention-days': '0', 'fail-on': 'warn', 'artifact-name': 'a/b', 'release-tag': 'v1', summary: 'no', overwrite: 'maybe' }), ctx);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CapsuleError);
    const err = caught as CapsuleError;
    expect(err.code).toBe('action_input_invalid');
    for (const name of ['executor', 'upload', 'retention-days', 'fail-on', 'artifact-name', 'github-token', 'summary', 'overwrite']) expect(err.message).toContain(`input "${name}"`);
    expect(err.message).toContain('must be one of auto, process, qemu (got "docker")');
  });

  it('passes retention-days on as given, past 90 (the service caps it at the repository limit)', () => {
    expect(parseActionInputs(reader({ 'retention-days': '400' }), ctx).retentionDays).toBe(400);
    expect(() => parseActionInputs(reader({ 'retention-days': '1.5' }), ctx)).toThrow("input \"retention-days\" must be a whole number of days, 1 or more (got \"1.5\")");
  });

  it('writes the summary and refuses to overwrite an artifact unless told otherwise', () => {
    expect(parseActionInputs(reader({}), ctx)).toMatchObject({ summary: true, overwrite: false });
    expect(parseActionInputs(reader({ summary: 'false', overwrite: 'true' }), ctx)).toMatchObject({ summary: false, overwrite: true });
  });

  it('splits redact values by line and drops blanks', () => {
    expect(parseActionInputs(reader({ redact: 'one\n\n two \r\nthree' }), ctx).redact).toEqual(['one', 'two', 'three']);
  });

  it('run: is a script run in place by bash -e in the workspace, named after the job, with its globs by line', () => {
    const inputs = parseActionInputs(reader({ run: 'make\nmake test\n', outputs: 'dist/*\n\n  build/a.txt  \n', materials: 'src/**' }), { ...ctx, job: 'Build All' });
    expect(inputs.bundlePath).toBeUndefined();
    expect(inputs.embeddedExample).toBe(false);
    expect(inputs.command).toEqual({
      argv: ['bash', '-e', '-c', 'make\nmake test'], cwd: '/ws', name: 'build-all',
      outputs: ['dist/*', 'build/a.txt'], inputs: ['src/**'], env: [], secrets: [],
    });
    const sub = parseActionInputs(reader({ run: 'make', 'working-directory': 'app', name: 'app', timeout: '60' }), ctx);
    expect(sub.command).toMatchObject({ cwd: '/ws/app', name: 'app', timeoutSeconds: 60 });
  });

  it('says the embedded example runs when neither bundle nor run is given', () => {
    expect(parseActionInputs(reader({}), ctx).embeddedExample).toBe(true);
    expect(parseActionInputs(reader({ bundle: 'b' }), ctx).embeddedExample).toBe(false);
  });

  it('refuses bundle and run together, and the run-only inputs without run, each by name', () => {
    const problems = (values: Record<string, string>): string => {
      try {
        parseActionInputs(reader(values), ctx);
      } catch (err) {
        expect(err).toBeInstanceOf(CapsuleError);
        return (err as CapsuleError).message;
      }
      return '';
    };
    expect(problems({ bundle: 'b', run: 'make' })).toMatch(/input "run" and input "bundle" are both given/);
    const message = problems({ outputs: 'dist/*', materials: 'src/*', 'working-directory': 'app' });
    for (const name of ['outputs', 'materials', 'working-directory']) expect(message).toContain(`input "${name}" is only for run:`);
  });
});
