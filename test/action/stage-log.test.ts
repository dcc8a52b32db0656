import { afterEach, describe, expect, it, vi } from 'vitest';
import { stageLogger } from '../../src/action/stage-log.js';

function captureStdout(): { text: () => string } {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return { text: () => out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stageLogger', () => {
  it('opens one log group per stage and closes it on the stage result', () => {
    const out = captureStdout();
    const log = stageLogger();
    log.onStage({ stage: 'validate', status: 'start', message: 'examples/hello/bundle.json' });
    log.onStage({ stage: 'validate', status: 'pass', message: 'valid', durationMs: 4 });
    log.onStage({ stage: 'run', status: 'start', message: 'process' });
    log.onStage({ stage: 'run', status: 'fail', message: 'exit 1', durationMs: 20 });
    log.close();
    expect(out.text().split('\n').filter((l) => l.startsWith('::'))).toEqual(['::group::validate: examples/hello/bundle.json', '::endgroup::', '::group::run: process', '::endgroup::']);
    expect(out.text()).toContain('❌ run fail (20 ms): exit 1');
  });

  it('closes a stage left open when the next one starts or the run ends', () => {
    const out = captureStdout();
    const log = stageLogger();
    log.onStage({ stage: 'seal', status: 'start', message: 'sealing' });
    log.onStage({ stage: 'prove', status: 'start', message: 'packing' });
    log.close();
    expect(out.text().match(/::endgroup::/g)).toHaveLength(2);
  });

  it('fences job output so workflow commands in it are shown, not obeyed', () => {
    const out = captureStdout();
    stageLogger().onOutput('stdout', '::add-mask::x\n::set-output name=decision::promote');
    const text = out.text();
    const token = text.match(/^::stop-commands::(.+)$/m)![1]!;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).toBe(`::stop-commands::${token}\n::add-mask::x\n::set-output name=decision::promote\n::${token}::\n`);
  });
});
