// Every documented response of a bundle that has a JSON body and named examples: the operation,
// the status to answer with, the media type, where its schema is (for the test suite's Ajv), and
// the example values. Drives the drift tests from the spec.
import { listOperations, resolveRef, type Example, type OpenApiDocument, type Response } from '../../scripts/openapi-model.ts';
import { pointer } from './bundles.ts';

export interface ResponseCase {
  /** `METHOD /path`, as the client's operation */
  operation: string;
  method: string;
  path: string;
  /** the documented key ("200", "2XX") and the status a server answers with */
  documented: string;
  status: number;
  mediaType: string;
  /** JSON pointer (URI fragment) of the body schema in the bundle */
  schema: string;
  examples: { name: string; value: unknown }[];
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;

export function responseCases(doc: OpenApiDocument): ResponseCase[] {
  const cases: ResponseCase[] = [];
  for (const { key, method, path, op, webhook, pointer: opKeys } of listOperations(doc)) {
    if (webhook) continue;
    for (const [documented, raw] of Object.entries(op.responses)) {
      if (documented === 'default' || /^[13]/.test(documented)) continue;
      const ref = (raw as { $ref?: string }).$ref;
      const base = ref
        ? ref
            .slice(2)
            .split('/')
            .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
        : [...opKeys, 'responses', documented];
      for (const [mediaType, media] of Object.entries(resolveRef<Response>(doc, raw).content ?? {})) {
        if (!JSON_MEDIA.test(mediaType) || !media.schema) continue;
        const examples = Object.entries(media.examples ?? {})
          .map(([name, e]) => ({ name, value: resolveRef<Example>(doc, e).value }))
          .filter((e) => e.value !== undefined);
        cases.push({
          operation: key,
          method: method.toUpperCase(),
          path,
          documented,
          status: Number(documented.replace('XX', '00')),
          mediaType,
          schema: pointer([...base, 'content', mediaType, 'schema']),
          examples,
        });
      }
    }
  }
  return cases;
}

/** Values for the path parameters of a template: the server answers whatever the URL. */
export const pathParams = (path: string) => Object.fromEntries([...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [name!, 'p1']));
