import type { RunRequest } from './types.js';

/** How much of each stream is echoed live (console, CI log); the log files and hashes are not affected. */
export const ECHO_CAP_BYTES = 1024 * 1024;

/**
 * The live echo of one run: each stream decoded as UTF-8 and passed on until `capBytes` of
 * it went out, then one line saying the echo stopped and where the rest is. The cap is what
 * keeps a job printing gigabytes from piling them up in memory when the console is a slow
 * pipe (a CI runner reading stderr): the echo is the only copy of the output not written
 * synchronously to a file.
 */
export function liveEcho(req: Pick<RunRequest, 'onOutput' | 'logCapBytes'>, capBytes = ECHO_CAP_BYTES): (stream: 'stdout' | 'stderr', bytes: Buffer, final?: boolean) => void {
  const onOutput = req.onOutput;
  if (!onOutput) return () => undefined;
  const state = {
    stdout: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
    stderr: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
  };
  return (stream, bytes, final = false) => {
    const s = state[stream];
    if (s.stopped) return;
    const room = capBytes - s.sent;
    const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
    s.sent += part.length;
    const text = s.decoder.decode(part, { stream: !final && part.length === bytes.length });
    if (text.length > 0) onOutput(stream, text);
    if (part.length < bytes.length) {
      s.stopped = true;
      onOutput(stream, `\n[capsule: live ${stream} stopped after ${size(capBytes)}; the run goes on, the whole stream is hashed and its first ${size(req.logCapBytes)} are kept in logs/${stream}.log]\n`);
    }
  };
}

const size = (n: number) => (n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`);
