// A real HTTP server on 127.0.0.1 for client tests: each test scripts the answers and reads back
// what the client sent.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** an object is sent as JSON; a string as is; undefined as an empty body */
  body?: unknown;
  /** drop the connection instead of answering (a network failure) */
  destroy?: boolean;
  /** answer by hand: stream, stall, or cut the body (the test owns the response from here) */
  raw?: (res: ServerResponse) => void;
}

export type Handler = (request: Received, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.raw) return reply.raw(res);
  if (reply.destroy) {
    res.socket?.destroy();
    return;
  }
  const isText = typeof reply.body === 'string';
  const payload = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(reply.body === undefined || isText ? {} : { 'content-type': 'application/json' }),
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      try {
        send(res, await handler(request, received.length - 1));
      } catch (error) {
        send(res, { status: 599, body: `test handler failed: ${String(error)}` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
