import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status: number;
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
}

export type Handler = (req: http.IncomingMessage, body: Buffer, url: URL) => Reply;

/** A local HTTP server on 127.0.0.1 that hands each request, with its whole body, to `handle`. */
export async function listen(handle: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let reply: Reply;
      try {
        reply = handle(req, Buffer.concat(chunks), new URL(req.url ?? '/', 'http://127.0.0.1'));
      } catch (err) {
        reply = { status: 500, json: { message: (err as Error).message } };
      }
      const payload = reply.json !== undefined ? Buffer.from(JSON.stringify(reply.json)) : (reply.body ?? Buffer.alloc(0));
      res.writeHead(reply.status, {
        ...(reply.json !== undefined ? { 'content-type': 'application/json' } : {}),
        'content-length': String(payload.length),
        ...reply.headers,
      });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
