// Starts Prism (the devDependency @stoplight/prism-cli) as a child process on one bundled document,
// on 127.0.0.1, and says when it listens. Shared by `npm run mock` and test/contract.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot, toolEnv } from './vendors.ts';

export interface PrismOptions {
  /** a free port is chosen when omitted */
  port?: number;
  /** give up (and stop Prism) when it does not listen within this time; default 90 s */
  startTimeoutMs?: number;
  /** receives every line Prism prints once it listens (its request log) */
  onLine?: (line: string) => void;
}

export interface PrismServer {
  /** `http://127.0.0.1:<port>`: the base URL to give a client */
  url: string;
  process: ChildProcess;
  /** Stops Prism: SIGTERM, then SIGKILL if it is still running after 5 s. */
  stop(): Promise<void>;
}

const PRISM_BIN = join(projectRoot, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
// What Prism prints once its server is up (prism-cli 5.x, `startPrismServer`).
const LISTENING = /Prism is listening on (http:\/\/\S+)/;
/** Lines of Prism's output kept for the message when it fails to start. */
const KEPT_LINES = 40;

/** A port that was free a moment ago (the kernel's choice for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Prism in static mode (answers with the documented examples) on `document`, a path relative to
 * the project root. Resolves once Prism listens; rejects with Prism's last output if it exits or
 * does not listen in time (a port taken since `freePort` chose it is retried once with another).
 */
export async function startPrism(document: string, options: PrismOptions = {}): Promise<PrismServer> {
  try {
    return await startOnce(document, options.port ?? (await freePort()), options);
  } catch (error) {
    if (options.port !== undefined || !/EADDRINUSE/.test(String(error))) throw error;
    return startOnce(document, await freePort(), options);
  }
}

function startOnce(document: string, port: number, options: PrismOptions): Promise<PrismServer> {
  const child = spawn(
    process.execPath,
    [PRISM_BIN, 'mock', '--host', '127.0.0.1', '--port', String(port), '--dynamic', 'false', document],
    {
      cwd: projectRoot,
      env: { ...toolEnv, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  let ready = false;
  let failed = false;
  return new Promise<PrismServer>((resolve, reject) => {
    const fail = (why: string) => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      void stopChild(child).then(() => reject(new Error(`Prism on ${document}: ${why}\n${output.join('\n')}`)));
    };
    const timeoutMs = options.startTimeoutMs ?? 90_000;
    const timer = setTimeout(() => fail(`not listening after ${timeoutMs / 1000} s`), timeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        if (ready) {
          options.onLine?.(line);
          continue;
        }
        output.push(line);
        if (output.length > KEPT_LINES) output.shift();
        const listening = LISTENING.exec(line);
        if (listening) {
          ready = true;
          clearTimeout(timer);
          resolve({ url: `http://127.0.0.1:${port}`, process: child, stop: () => stopChild(child) });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (!ready) fail(`exited (${signal ?? `code ${code}`}) before listening`);
    });
  });
}
