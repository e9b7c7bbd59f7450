// `npm run mock -- <vendor> --port N` as a user runs it: it prints the base URL, Prism answers
// there with the documented example, and Ctrl-C (SIGINT) stops it and its Prism cleanly.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { freePort } from '../scripts/prism.ts';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';
import { responseExample } from './support/response-examples.ts';

it('serves a bundle on 127.0.0.1 at the port asked for, and stops on SIGINT', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts', 'mock.ts'), 'lines', '--port', String(port)], {
    cwd: projectRoot,
    env: toolEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no base URL printed in 90 s:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const printed = /mock server: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (printed) {
          clearTimeout(timer);
          resolve(printed[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then((code) => reject(new Error(`exited (${code}) before serving:\n${output}`)));
    });
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const response = await fetch(`${url}/lines`, { headers: { authorization: 'Bearer sk_live_mockscript_0123456789' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(responseExample('lines', 'GET', '/lines'));

    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    expect(code).toBe(0);
    // Prism went with it: nothing listens on the port any more.
    await expect(fetch(`${url}/lines`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 120_000);
