// Which Chromium the browser tests drive, in this order: CHROMIUM_PATH (a binary you choose), a
// system Chromium or Chrome if one is installed, then the one packaged in the npm devDependency
// @sparticuz/chromium (its binary ships inside the registry package: no download, no apt). A fresh
// machine has no system browser, so the packaged one is what CI gets there; CHROMIUM_SOURCE=packaged
// forces it on any machine, to test as a fresh machine would.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ResolvedChromium {
  executablePath: string;
  /** where it came from, for the test log */
  source: 'CHROMIUM_PATH' | 'system' | 'packaged';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemChromium(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  const source = env.CHROMIUM_SOURCE;
  if (source !== undefined && source !== 'packaged' && source !== 'system' && source !== 'auto') {
    throw new Error(`CHROMIUM_SOURCE=${source}: expected packaged, system or auto`);
  }
  if (env.CHROMIUM_PATH && source !== 'packaged') {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  if (source !== 'packaged') {
    const system = systemChromium();
    if (system) return { executablePath: system, source: 'system' };
    if (source === 'system') throw new Error(`CHROMIUM_SOURCE=system, but none of ${SYSTEM_NAMES.join(', ')} is on PATH`);
  }
  let packaged: { executablePath(): Promise<string> };
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch (error) {
    throw new Error(
      `no Chromium: no CHROMIUM_PATH, none on PATH, and @sparticuz/chromium is not installed (run \`npm ci\`): ${String(error)}`,
    );
  }
  // Unpacks the brotli-compressed binary into the temp directory once, then reuses it.
  return { executablePath: await packaged.executablePath(), source: 'packaged' };
}
