// Where each catalogued error is served: the operation, response and example key that return the
// entry's example. What `Prefer: code=<status>, example=<key>` asks Prism for, and what the MSW kit
// answers a scenario's error code with. Shared by scripts/mock-data.ts, scripts/mock.ts and the tests.
import {
  listOperations,
  resolveRef,
  type CatalogEntry,
  type OpenApiDocument,
  type OperationEntry,
  type Response,
} from './openapi-model.ts';

export interface ServedError {
  entry: CatalogEntry;
  /** an operation that lists the code in x-error-codes when there is one, else any that serves the example */
  operation: OperationEntry;
  response: Response;
  contentType: string;
  /** the key of the example in the response's `examples` map: Prism's `Prefer: example=` */
  exampleKey: string;
}

/** Every catalog entry with where it is served; `unserved` lists the codes no response serves. */
export function servedErrors(doc: OpenApiDocument): { served: ServedError[]; unserved: string[] } {
  const operations = listOperations(doc).filter((o) => !o.webhook);
  const served: ServedError[] = [];
  const unserved: string[] = [];
  for (const entry of doc['x-error-catalog'] ?? []) {
    const ref = `#/components/examples/${entry.example}`;
    const lists = (o: OperationEntry) => (o.op['x-error-codes'] ?? []).includes(entry.code);
    const ranked = [...operations.filter(lists), ...operations.filter((o) => !lists(o))];
    let found: ServedError | undefined;
    for (const operation of ranked) {
      const raw = operation.op.responses[String(entry.status)];
      if (!raw) continue;
      const response = resolveRef(doc, raw);
      for (const [contentType, media] of Object.entries(response.content ?? {})) {
        const exampleKey = Object.entries(media.examples ?? {}).find(([, e]) => e.$ref === ref)?.[0];
        if (exampleKey) {
          found = { entry, operation, response, contentType, exampleKey };
          break;
        }
      }
      if (found) break;
    }
    if (found) served.push(found);
    else unserved.push(entry.code);
  }
  return { served, unserved };
}
