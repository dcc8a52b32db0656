import { describe, expect, it } from 'vitest';
import { CapsuleError } from '../../src/errors.js';
import { annotationsFor } from '../../src/action/annotations.js';

describe('annotationsFor', () => {
  it('makes one annotation per located schema issue, file relative to the workspace', () => {
    const err = new CapsuleError('bundle_invalid', 'bundle.json is invalid', { file: '/ws/bundles/a/bundle.json', pointer: '/spec', line: 4, column: 3 }, {
      issues: [
        { pointer: '/spec/policy/maxRunSeconds', message: 'must be <= 3600', line: 12, column: 22 },
        { pointer: '/metadata/extra', message: 'unknown property "extra"', line: 5, column: 5 },
      ],
    });
    expect(annotationsFor(err, '/ws')).toEqual([
      { message: '/spec/policy/maxRunSeconds: must be <= 3600', properties: { title: 'bundle_invalid: bundle.json', file: 'bundles/a/bundle.json', startLine: 12, startColumn: 22 } },
      { message: '/metadata/extra: unknown property "extra"', properties: { title: 'bundle_invalid: bundle.json', file: 'bundles/a/bundle.json', startLine: 5, startColumn: 5 } },
    ]);
  });

  it('places each issue in its own file when it names one', () => {
    const err = new CapsuleError('bundle_invalid', 'x', { file: '/ws/b/bundle.json' }, { file: '/ws/b/bundle.json', issues: [{ file: '/ws/b/LICENSE', pointer: '/metadata/licensePolicy', message: 'AGPL', line: 1, column: 1 }] });
    expect(annotationsFor(err, '/ws')[0]!.properties.file).toBe('b/LICENSE');
  });

  it('prefers details.file (a bundle issue list) and keeps paths outside the workspace absolute', () => {
    const err = new CapsuleError('schema_invalid', 'x', {}, { file: '/elsewhere/policy.json', issues: [{ pointer: '', message: 'must be object' }] });
    expect(annotationsFor(err, '/ws')).toEqual([{ message: '/: must be object', properties: { title: 'schema_invalid: policy.json', file: '/elsewhere/policy.json' } }]);
  });

  it('annotates a located error without issues at its own location', () => {
    const err = new CapsuleError('json_duplicate_key', 'trust.json:3:5: duplicate key "a"', { file: '/ws/trust.json', line: 3, column: 5 });
    expect(annotationsFor(err, '/ws')).toEqual([{ message: 'trust.json:3:5: duplicate key "a"', properties: { title: 'json_duplicate_key: trust.json', file: 'trust.json', startLine: 3, startColumn: 5 } }]);
  });

  it('makes none for an error with no file (the step failure says it once)', () => {
    expect(annotationsFor(new CapsuleError('action_input_invalid', 'bad'), '/ws')).toEqual([]);
    expect(annotationsFor(new Error('boom'), '/ws')).toEqual([]);
  });
});
