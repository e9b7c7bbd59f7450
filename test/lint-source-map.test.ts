// cli/source-map.ts on a small multi-file spec bundled by the real Redocly: every scalar the test
// writes is found in the bundle (wherever Redocly put it: inlined, or as a component) and located
// back at the file, line and column the test wrote it at. The ref shapes are the ones other
// repositories use: a path item file, a component file, a fragment into a file of several schemas,
// a `#/...` ref inside a non-root file, a `$ref` with a sibling, a file that is only a `$ref`, and a
// component of the root itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceMap } from '../cli/source-map.ts';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';

const FILES: Record<string, string> = {
  'openapi.yaml': `openapi: 3.1.0
info:
  title: Source map test
  version: '1'
paths:
  /widgets:
    $ref: paths/widgets.yaml
components:
  schemas:
    Local:
      type: string
      description: local-marker
`,
  'paths/widgets.yaml': `get:
  operationId: listWidgets
  responses:
    '200':
      description: widgets-marker
      content:
        application/json:
          schema:
            $ref: ../schemas/defs.yaml#/Widget
    '404':
      $ref: ../responses/NotFound.yaml
      description: sibling-marker
    '409':
      $ref: ../responses/Conflict.yaml
    '500':
      description: local-ref-marker
      content:
        application/json:
          schema:
            $ref: ../openapi.yaml#/components/schemas/Local
`,
  'schemas/defs.yaml': `Widget:
  type: object
  description: widget-marker
  properties:
    gadget:
      $ref: '#/Gadget'
Gadget:
  type: integer
  description: gadget-marker
`,
  'responses/Conflict.yaml': `$ref: ./ConflictBody.yaml
`,
  'responses/ConflictBody.yaml': `description: conflict-marker
`,
  'responses/NotFound.yaml': `description: not-found-marker
content:
  application/json:
    schema:
      type: object
      description: inline-schema-marker
`,
};

let dir = '';
let map: SourceMap;
let bundle: unknown;

/** The bundle path of the one string `value` in the bundle. */
function pathOf(value: string): (string | number)[] {
  const found: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (node === value) found.push(path);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
  };
  walk(bundle, []);
  if (found.length !== 1) throw new Error(`"${value}" is ${found.length} times in the bundle`);
  return found[0]!;
}

/** Where the test wrote `needle` (once) in one of FILES. */
function written(needle: string) {
  const matches = Object.entries(FILES).filter(([, text]) => text.includes(needle));
  expect(matches, needle).toHaveLength(1);
  const [file, text] = matches[0]!;
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { file: join(dir, file), line: before.length, column: before.at(-1)!.length + 1 };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-source-map-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const run = spawnSync(
    join(projectRoot, 'node_modules', '.bin', 'redocly'),
    ['bundle', 'openapi.yaml', '--ext', 'json', '-o', 'bundle.json'],
    { cwd: dir, env: toolEnv, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  map = new SourceMap(bundle, join(dir, 'openapi.yaml'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('source map from a bundle to the YAML it came from', () => {
  it.each([
    ['an operation in a path item file', 'listWidgets'],
    ['a response inlined into a path item file', 'widgets-marker'],
    ['a schema reached through a fragment into a file of several schemas', 'widget-marker'],
    ['a schema reached through a `#/...` ref inside that file', 'gadget-marker'],
    ['a response component file', 'not-found-marker'],
    ['an inline schema inside a component file', 'inline-schema-marker'],
    ['a sibling of a `$ref`', 'sibling-marker'],
    ['a component written in the root', 'local-marker'],
    ['a response reached through a file that is only a `$ref`', 'conflict-marker'],
  ])('places %s where it is written', (_what, marker) => {
    const at = map.locate(pathOf(marker));
    expect({ file: at.file, line: at.line, column: at.column }).toEqual(written(marker));
  });

  it('places a missing field on the line of the object that lacks it', () => {
    const operation = pathOf('listWidgets').slice(0, -1);
    const at = map.locate([...operation, 'summary']);
    expect({ file: at.file, line: at.line, column: at.column }).toEqual(written('get:\n  operationId'));
  });

  it('places a media type on the line of its key', () => {
    const media = pathOf('inline-schema-marker').slice(0, -2);
    const at = map.locate(media);
    expect({ file: at.file, line: at.line }).toEqual({ file: join(dir, 'responses/NotFound.yaml'), line: 3 });
  });
});
