// A contributor's change to a copy of the Messages.dev spec, linted as CI lints a pull request
// (`messaging-contracts lint … --format github-actions`): a bad operationId in a path file, a media
// type without an example in a component file (both Spectral only), and a schema example that breaks
// its pattern (Redocly only). One run reports all three, each at the file and line the change wrote.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';

interface Expected {
  title: string;
  file: string;
  line: number;
  col: number;
}

let work = '';
const expected: Expected[] = [];

/** Line and column (1-based) where `needle` starts in the text of `file`. */
function positionOf(file: string, needle: string): { line: number; col: number } {
  const text = readFileSync(join(work, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`${file}: expected "${needle}" exactly once`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** Edits a YAML file of the copy through the `yaml` document model (comments and layout kept). */
function edit(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(join(work, file), 'utf8'));
  change(doc);
  writeFileSync(join(work, file), doc.toString({ lineWidth: 0 }));
}

let result: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mc-lint-source-'));
  cpSync(join(projectRoot, 'spec'), join(work, 'spec'), { recursive: true });
  cpSync(join(projectRoot, 'redocly.yaml'), join(work, 'redocly.yaml'));

  // 1. A path file: an operationId that is not camelCase (Spectral, our mc- rule).
  const pathFile = 'spec/lines/paths/audio-messages.yaml';
  edit(pathFile, (doc) => doc.setIn(['post', 'operationId'], 'send_audio_message'));
  expected.push({ title: 'mc-operation-id-camel-case', file: pathFile, ...positionOf(pathFile, 'send_audio_message') });

  // 2. A component file: a response media type left without its examples (Spectral, our mc- rule).
  const responseFile = 'spec/lines/components/responses/NotFoundLine.yaml';
  edit(responseFile, (doc) => doc.deleteIn(['content', 'application/json', 'examples']));
  expected.push({ title: 'mc-media-type-example', file: responseFile, ...positionOf(responseFile, 'application/json:') });

  // 3. In the same change, a schema-level example that breaks the schema's pattern (Redocly only:
  //    Spectral does not validate `examples` arrays of schemas).
  const schemaFile = 'spec/lines/components/schemas/OutboxId.yaml';
  edit(schemaFile, (doc) => doc.addIn(['examples'], 'queued-1234'));
  expected.push({ title: 'no-invalid-schema-examples', file: schemaFile, ...positionOf(schemaFile, 'queued-1234') });

  const run = spawnSync(
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    [join(projectRoot, 'cli', 'main.ts'), 'lint', 'spec/lines/openapi.yaml', '--format', 'github-actions'],
    { cwd: work, env: toolEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  result = run;
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function annotations(stdout: string) {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const [, level, props, message] = /^::(\w+) ([^:]*)::(.*)$/.exec(line) ?? [];
      const p = Object.fromEntries((props ?? '').split(',').map((kv) => kv.split('=') as [string, string]));
      return { level, title: p.title, file: p.file, line: Number(p.line), col: Number(p.col), message };
    });
}

describe('messaging-contracts lint on a contributor change', () => {
  it('fails, with no output but annotations', () => {
    expect(result.status, result.stderr).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('::')),
    ).toEqual([]);
  });

  it('annotates each problem at the source file, line and column the change wrote, and nothing else', () => {
    const found = annotations(result.stdout).map(({ title, file, line, col }) => ({ title, file, line, col }));
    const order = (a: Expected, b: Expected) => a.file.localeCompare(b.file) || a.line - b.line;
    expect(found).toEqual([...expected].sort(order));
  });

  it('reports the Redocly-only and the Spectral-only problems of one change in one run, as errors', () => {
    const found = annotations(result.stdout);
    expect(found.every((a) => a.level === 'error')).toBe(true);
    expect(found.find((a) => a.title === 'no-invalid-schema-examples')?.message).toMatch(/pattern.*\(redocly\)$/);
    expect(found.find((a) => a.title === 'mc-operation-id-camel-case')?.message).toMatch(/send_audio_message.*\(spectral\)$/);
    expect(found.find((a) => a.title === 'mc-media-type-example')?.message).toMatch(/\(spectral\)$/);
  });
});
