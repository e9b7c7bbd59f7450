// `npm run docs:serve`: serves the reference site (dist/docs/, built by `npm run docs`) on
// http://127.0.0.1:$PORT/ (default 4173). Static files only, no dependency; the browser test uses
// the same server.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { projectRoot } from './vendors.ts';
import { runMain, StepError } from './run.ts';

export const DEFAULT_PORT = 4173;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for `root`: `/` and folders answer with their index.html; nothing outside `root` is served. */
export function createDocsServer(root: string): Server {
  const base = resolve(root);
  return createServer((req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden\n');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, `not found: ${pathname}\n`);
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Starts the server on `host:port` (port 0: any free port) and resolves with the port it got. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}

if (process.argv[1]?.endsWith('docs-serve.ts')) {
  runMain(async () => {
    const root = join(projectRoot, 'dist', 'docs');
    if (!existsSync(join(root, 'index.html')))
      throw new StepError('dist/docs/index.html is missing: run `npm run docs` (or `npm run build`) first');
    const requested = process.env.PORT ?? String(DEFAULT_PORT);
    const port = Number(requested);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StepError(`PORT=${requested} is not a port number`);
    const server = createDocsServer(root);
    const got = await listen(server, port).catch((error: NodeJS.ErrnoException) => {
      throw new StepError(`cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}`);
    });
    console.log(`Serving dist/docs on http://127.0.0.1:${got}/ (Ctrl+C to stop)`);
  });
}
