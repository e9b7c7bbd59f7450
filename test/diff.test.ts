// The breaking-change check: each kind of change on small in-memory documents, then the CLI end to
// end on two files and against a git ref.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDocuments, type Change, type ChangeKind } from '../scripts/diff.ts';
import type { OpenApiDocument } from '../scripts/openapi-model.ts';
import { loadVendors, projectRoot, readBundle, toolEnv } from '../scripts/vendors.ts';

type Doc = Record<string, any>;

const json = (schema: unknown, example: unknown = {}) => ({
  content: { 'application/json': { schema, examples: { one: { value: example } } } },
});

/** A small API: a thing with a nested owner, a oneOf kind, a list of tags; read, create, delete, and a webhook. */
function base(): Doc {
  return {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1.0.0' },
    paths: {
      '/things/{thingId}': {
        parameters: [{ $ref: '#/components/parameters/ThingId' }],
        get: {
          operationId: 'getThing',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['open', 'closed'] } },
          ],
          responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Thing' }) }, '404': { description: 'no' } },
        },
        delete: { operationId: 'deleteThing', responses: { '204': { description: 'gone' } } },
      },
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/ThingCreate' }) },
          responses: { '201': { $ref: '#/components/responses/ThingCreated' } },
        },
      },
    },
    webhooks: {
      thingCreated: {
        post: {
          operationId: 'thingCreated',
          requestBody: json({ $ref: '#/components/schemas/Thing' }),
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      parameters: { ThingId: { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } } },
      responses: { ThingCreated: { description: 'created', ...json({ $ref: '#/components/schemas/Thing' }) } },
      schemas: {
        Thing: {
          allOf: [
            { $ref: '#/components/schemas/Resource' },
            {
              type: 'object',
              properties: {
                name: { type: 'string' },
                status: { type: 'string', enum: ['open', 'closed'] },
                tags: { type: 'array', items: { type: 'string' } },
                owner: { $ref: '#/components/schemas/User' },
                kind: { oneOf: [{ $ref: '#/components/schemas/TextKind' }, { $ref: '#/components/schemas/ImageKind' }] },
                children: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
              },
              required: ['name', 'status'],
            },
          ],
        },
        Resource: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        User: { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' } }, required: ['id'] },
        TextKind: { type: 'object', properties: { type: { const: 'text' }, text: { type: 'string' } }, required: ['type', 'text'] },
        ImageKind: { type: 'object', properties: { type: { const: 'image' }, url: { type: 'string' } }, required: ['type', 'url'] },
        ThingCreate: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            status: { type: 'string', enum: ['open', 'closed'] },
            meta: { type: 'object', properties: { source: { type: 'string' } } },
          },
          required: ['name'],
        },
      },
    },
  };
}

function compare(change: (d: Doc) => void, from: (() => Doc) | null = base) {
  const head = base();
  change(head);
  return compareDocuments(from ? (from() as OpenApiDocument) : undefined, head as unknown as OpenApiDocument);
}

const brief = (changes: Change[]) => changes.map((c) => `${c.kind} @ ${c.location}`).sort();
const kinds = (changes: Change[]) => [...new Set(changes.map((c) => c.kind))].sort();
const schemas = (d: Doc) => d.components.schemas;
const thingProps = (d: Doc) => schemas(d).Thing.allOf[1].properties;
// Where the Thing schema is read: the GET response, the create response, and the webhook payload.
const THING_READ = [
  'GET /things/{thingId} 200 application/json',
  'POST /things 201 application/json',
  'webhook thingCreated request application/json',
];
const everywhere = (kind: ChangeKind, field: string) => THING_READ.map((where) => `${kind} @ ${where} ${field}`).sort();

describe('breaking changes', () => {
  it('a removed operation', () => {
    const r = compare((d) => delete d.paths['/things/{thingId}'].delete);
    expect(brief(r.breaking)).toEqual(['operation-removed @ DELETE /things/{thingId}']);
    expect(r.additive).toEqual([]);
  });

  it('a removed response field, through a $ref and allOf', () => {
    const r = compare((d) => delete schemas(d).Resource.properties.id);
    expect(brief(r.breaking)).toEqual(everywhere('response-field-removed', 'body.id'));
    expect(r.additive).toEqual([]);
  });

  it('a retyped response field, also inside array items and a oneOf variant', () => {
    expect(brief(compare((d) => (thingProps(d).name = { type: 'integer' })).breaking)).toEqual(
      everywhere('response-field-retyped', 'body.name'),
    );
    expect(brief(compare((d) => (thingProps(d).tags.items = { type: 'number' })).breaking)).toEqual(
      everywhere('response-field-retyped', 'body.tags[]'),
    );
    expect(brief(compare((d) => (schemas(d).ImageKind.properties.url = { type: 'object', properties: {} })).breaking)).toEqual(
      everywhere('response-field-retyped', 'body.kind<ImageKind>.url'),
    );
  });

  it('a response field that may now be null is retyped; in a request it is only widened', () => {
    const r = compare((d) => {
      thingProps(d).name = { type: ['string', 'null'] };
      schemas(d).ThingCreate.properties.name = { type: ['string', 'null'] };
    });
    expect(brief(r.breaking)).toEqual(everywhere('response-field-retyped', 'body.name'));
    expect(brief(r.additive)).toEqual(['type-widened @ POST /things request application/json body.name']);
  });

  it('a removed field of a oneOf variant, of a nested object, and a removed variant', () => {
    expect(brief(compare((d) => delete schemas(d).ImageKind.properties.url).breaking)).toEqual(
      everywhere('response-field-removed', 'body.kind<ImageKind>.url'),
    );
    expect(brief(compare((d) => delete schemas(d).User.properties.email).breaking)).toEqual(
      everywhere('response-field-removed', 'body.owner.email'),
    );
    // The variant is reported once, not each of its fields.
    expect(brief(compare((d) => thingProps(d).kind.oneOf.pop()).breaking)).toEqual(everywhere('variant-removed', 'body.kind<ImageKind>'));
  });

  it('anyOf branches are compared like oneOf ones', () => {
    const toAnyOf = (d: Doc) => {
      thingProps(d).kind = { anyOf: thingProps(d).kind.oneOf };
    };
    const r = compare(
      (d) => {
        toAnyOf(d);
        delete schemas(d).TextKind.properties.text;
      },
      () => {
        const d = base();
        toAnyOf(d);
        return d;
      },
    );
    expect(brief(r.breaking)).toEqual(everywhere('response-field-removed', 'body.kind<TextKind>.text'));
  });

  it('a response field that is no longer always present', () => {
    const r = compare((d) => (schemas(d).Thing.allOf[1].required = ['name']));
    expect(brief(r.breaking)).toEqual(everywhere('response-field-optional', 'body.status'));
  });

  it('a new required request field', () => {
    const r = compare((d) => {
      schemas(d).ThingCreate.properties.owner = { type: 'string' };
      schemas(d).ThingCreate.required.push('owner');
    });
    expect(brief(r.breaking)).toEqual(['request-field-required @ POST /things request application/json body.owner']);
    expect(r.additive).toEqual([]);
  });

  it('an optional request field that becomes required, also in a nested object', () => {
    const r = compare((d) => {
      schemas(d).ThingCreate.required.push('status');
      schemas(d).ThingCreate.properties.meta.required = ['source'];
    });
    expect(brief(r.breaking)).toEqual([
      'request-field-required @ POST /things request application/json body.meta.source',
      'request-field-required @ POST /things request application/json body.status',
    ]);
  });

  it('a request body that becomes required', () => {
    const r = compare(
      (d) => (d.paths['/things'].post.requestBody.required = true),
      () => {
        const d = base();
        d.paths['/things'].post.requestBody.required = false;
        return d;
      },
    );
    expect(brief(r.breaking)).toEqual(['request-body-required @ POST /things']);
  });

  it('a new required parameter, and an optional one that becomes required', () => {
    const r = compare((d) => {
      d.paths['/things/{thingId}'].get.parameters.push({ name: 'since', in: 'query', required: true, schema: { type: 'string' } });
      d.paths['/things/{thingId}'].get.parameters[0].required = true;
    });
    expect(brief(r.breaking)).toEqual([
      'parameter-required @ GET /things/{thingId} query.limit',
      'parameter-required @ GET /things/{thingId} query.since',
    ]);
  });

  it('a removed or retyped parameter', () => {
    const r = compare((d) => {
      d.paths['/things/{thingId}'].get.parameters.shift();
      d.components.parameters.ThingId.schema = { type: 'integer' };
    });
    expect(brief(r.breaking)).toEqual([
      'parameter-removed @ GET /things/{thingId} query.limit',
      'parameter-retyped @ DELETE /things/{thingId} path.{0}',
      'parameter-retyped @ GET /things/{thingId} path.{0}',
    ]);
  });

  it('a removed enum value, in a response field, a request field and a parameter', () => {
    const r = compare((d) => {
      thingProps(d).status.enum = ['open'];
      schemas(d).ThingCreate.properties.status.enum = ['open'];
      d.paths['/things/{thingId}'].get.parameters[1].schema.enum = ['open'];
    });
    expect(kinds(r.breaking)).toEqual(['enum-value-removed']);
    expect(brief(r.breaking)).toEqual(
      [
        ...everywhere('enum-value-removed', 'body.status'),
        'enum-value-removed @ POST /things request application/json body.status',
        'enum-value-removed @ GET /things/{thingId} query.status',
      ].sort(),
    );
    expect(r.breaking[0]!.message).toBe('enum value "closed" removed');
  });

  it('a removed success response and a removed media type', () => {
    const r = compare((d) => {
      d.paths['/things/{thingId}'].get.responses = { '202': { description: 'later' } };
      d.components.responses.ThingCreated.content = { 'text/plain': { schema: { type: 'string' } } };
    });
    expect(brief(r.breaking)).toEqual([
      'media-type-removed @ POST /things 201 application/json',
      'response-removed @ GET /things/{thingId} 200',
    ]);
    expect(brief(r.additive)).toEqual(['media-type-added @ POST /things 201 text/plain', 'response-added @ GET /things/{thingId} 202']);
  });

  it('a removed webhook', () => {
    expect(brief(compare((d) => delete d.webhooks.thingCreated).breaking)).toEqual(['webhook-removed @ webhook thingCreated']);
  });
});

describe('additive changes', () => {
  it('a new operation', () => {
    const r = compare(
      (d) =>
        (d.paths['/things'].get = {
          operationId: 'listThings',
          responses: { '200': { description: 'ok', ...json({ type: 'array', items: { $ref: '#/components/schemas/Thing' } }) } },
        }),
    );
    expect(r.breaking).toEqual([]);
    expect(r.additive).toEqual([{ kind: 'operation-added', location: 'GET /things', message: 'new operation (listThings)' }]);
  });

  it('a new optional request field and a new optional parameter', () => {
    const r = compare((d) => {
      schemas(d).ThingCreate.properties.color = { type: 'string' };
      d.paths['/things/{thingId}'].get.parameters.push({ name: 'expand', in: 'query', schema: { type: 'boolean' } });
    });
    expect(r.breaking).toEqual([]);
    expect(brief(r.additive)).toEqual([
      'parameter-added @ GET /things/{thingId} query.expand',
      'request-field-added @ POST /things request application/json body.color',
    ]);
  });

  it('a new enum value', () => {
    const r = compare((d) => {
      thingProps(d).status.enum.push('archived');
      schemas(d).ThingCreate.properties.status.enum.push('archived');
    });
    expect(r.breaking).toEqual([]);
    expect(kinds(r.additive)).toEqual(['enum-value-added']);
    expect(r.additive).toHaveLength(4);
    expect(r.additive[0]!.message).toBe('new enum value "archived"');
  });

  it('a new response field (reported once, not each of its own fields)', () => {
    const r = compare(
      (d) =>
        (thingProps(d).stats = {
          type: 'object',
          properties: { views: { type: 'integer' }, likes: { type: 'integer' } },
          required: ['views'],
        }),
    );
    expect(r.breaking).toEqual([]);
    expect(brief(r.additive)).toEqual(everywhere('response-field-added', 'body.stats'));
  });

  it('a new variant, and a request field that becomes optional', () => {
    const r = compare((d) => {
      schemas(d).VideoKind = { type: 'object', properties: { type: { const: 'video' } }, required: ['type'] };
      thingProps(d).kind.oneOf.push({ $ref: '#/components/schemas/VideoKind' });
      schemas(d).ThingCreate.required = [];
    });
    expect(r.breaking).toEqual([]);
    expect(brief(r.additive)).toEqual(
      [...everywhere('variant-added', 'body.kind<VideoKind>'), 'now-optional @ POST /things request application/json body.name'].sort(),
    );
  });

  it('an API that did not exist is all additive', () => {
    const r = compare(() => undefined, null);
    expect(r.breaking).toEqual([]);
    expect(brief(r.additive)).toEqual([
      'operation-added @ DELETE /things/{thingId}',
      'operation-added @ GET /things/{thingId}',
      'operation-added @ POST /things',
      'webhook-added @ webhook thingCreated',
    ]);
  });
});

describe('no change', () => {
  it('an identical document, a renamed path parameter, and a recursive schema compare clean', () => {
    expect(compare(() => undefined)).toEqual({ breaking: [], additive: [] });
    const renamed = compare((d) => {
      d.paths['/things/{id}'] = d.paths['/things/{thingId}'];
      delete d.paths['/things/{thingId}'];
      d.components.parameters.ThingId.name = 'id';
    });
    expect(renamed).toEqual({ breaking: [], additive: [] });
  });

  it('every bundle compares clean with itself', () => {
    for (const v of loadVendors()) {
      const doc = readBundle(v);
      expect(compareDocuments(doc, structuredClone(doc)), v.key).toEqual({ breaking: [], additive: [] });
    }
  });
});

describe('npm run diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const cli = (args: string[]) =>
    spawnSync(tsx, [join(projectRoot, 'scripts', 'diff.ts'), ...args], { cwd: projectRoot, env: toolEnv, encoding: 'utf8' });
  const write = (name: string, doc: Doc) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  };

  it('lists breaking changes apart from additive ones and exits 1 on two files with a breaking change', () => {
    const head = base();
    delete head.paths['/things/{thingId}'].delete;
    thingProps(head).status.enum.push('archived');
    const run = cli(['--files', write('base.json', base()), write('head.json', head)]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1 breaking, 3 additive');
    expect(run.stdout).toMatch(
      /breaking:\n {4}✗ DELETE \/things\/\{thingId\}: operation removed \(deleteThing\) \[operation-removed\]\n {2}additive:\n {4}\+ GET \/things\/\{thingId\} 200 application\/json body\.status: new enum value "archived" \[enum-value-added\]/,
    );
    expect(run.stdout).toContain('1 breaking change(s).');
  });

  it('exits 0 when every change is additive', () => {
    const head = base();
    schemas(head).ThingCreate.properties.color = { type: 'string' };
    const run = cli(['--files', write('base2.json', base()), write('head2.json', head)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 breaking, 1 additive');
    expect(run.stdout).toContain('No breaking change.');
  });

  it('compares every vendor with a git ref, where a vendor absent at the ref is all additive', () => {
    // The empty tree: a ref every git repository has, holding no bundle (read-only git).
    const run = cli(['4b825dc642cb6eb9a060e54bf8d69288fbee4904']);
    expect(run.status).toBe(0);
    for (const v of loadVendors())
      expect(run.stdout).toMatch(
        new RegExp(`^${v.key}: 0 breaking, \\d+ additive \\(against 4b825dc\\w+ \\(no ${v.bundle} there: all additive\\)\\)`, 'm'),
      );
  });

  it('exits 2 with a clear message on an unknown ref', () => {
    const run = cli(['no-such-ref-for-the-diff-test']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown git ref no-such-ref-for-the-diff-test');
  });
});
