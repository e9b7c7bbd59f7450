// The vendors this project models, read from redocly.yaml (the single place they are listed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Vendor {
  /** vendor key: inbox, inbound, helpscout, lines */
  key: string;
  /** redocly.yaml api name, e.g. inbox@v1 */
  api: string;
  /** hand-written root document */
  root: string;
  /** bundled document written by scripts/bundle.ts */
  bundle: string;
  /** openapi-typescript output */
  schema: string;
  /** generated error catalog module */
  errors: string;
  /** generated runtime metadata module (pagination, retry headers) */
  runtime: string;
  /** generated webhook module (the event names of the spec's `webhooks`) */
  webhooks: string;
}

interface RedoclyConfig {
  apis: Record<string, { root: string; 'x-openapi-ts': { output: string } }>;
}

export function loadVendors(): Vendor[] {
  const config = parse(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8')) as RedoclyConfig;
  return Object.entries(config.apis).map(([api, entry]) => {
    const key = api.split('@')[0] ?? api;
    return {
      key,
      api,
      root: entry.root,
      bundle: `generated/${key}/openapi.json`,
      schema: entry['x-openapi-ts'].output,
      errors: `generated/${key}/errors.ts`,
      runtime: `generated/${key}/runtime.ts`,
      webhooks: `generated/${key}/webhooks.ts`,
    };
  });
}

/** Environment for every tool we start: no telemetry, no update checks, no network at run time. */
export const toolEnv: NodeJS.ProcessEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_UPDATE_NOTIFIER: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
};
