/** What replaces a secret value in stored and streamed output. */
const REDACTED = Buffer.from('[REDACTED]');

/**
 * Streaming redaction of byte strings. Output that could still be the start of a secret
 * is held back until the next chunk (or `end`), so a secret split across chunk
 * boundaries is still caught.
 */
export function createRedactor(secretValues: string[]): { push(chunk: Buffer): Buffer; end(): Buffer } {
  const secrets = [...new Set(secretValues.filter((s) => s.length > 0))].map((s) => Buffer.from(s)).sort((a, b) => b.length - a.length);
  const hold = secrets.length > 0 ? secrets[0]!.length - 1 : 0;
  let carry = Buffer.alloc(0);

  const redact = (buf: Buffer, safeEnd: number): { out: Buffer; next: number } => {
    const parts: Buffer[] = [];
    let i = 0;
    while (i < safeEnd) {
      let at = -1;
      let len = 0;
      for (const s of secrets) {
        const m = buf.indexOf(s, i);
        if (m >= 0 && (at < 0 || m < at)) {
          at = m;
          len = s.length;
        }
      }
      if (at < 0 || at >= safeEnd) {
        parts.push(buf.subarray(i, safeEnd));
        i = safeEnd;
        break;
      }
      parts.push(buf.subarray(i, at), REDACTED);
      i = at + len;
    }
    return { out: Buffer.concat(parts), next: i };
  };

  return {
    push(chunk) {
      if (secrets.length === 0) return chunk;
      const buf = Buffer.concat([carry, chunk]);
      const { out, next } = redact(buf, Math.max(0, buf.length - hold));
      carry = Buffer.from(buf.subarray(next));
      return out;
    },
    end() {
      const { out } = redact(carry, carry.length);
      carry = Buffer.alloc(0);
      return out;
    },
  };
}
