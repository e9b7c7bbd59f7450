// The webhook deliveries of a bundled document as tests need them: for each event of `webhooks`,
// its named body examples and the examples of its header parameters ($refs resolved).
import { bundleOf } from './catalog-cases.ts';

type Json = Record<string, unknown>;

export interface WebhookDeliveryExamples {
  event: string;
  operationId: string;
  /** example name -> body value */
  bodies: Record<string, unknown>;
  /** lower-case header name -> { required, examples: example name -> value } */
  headers: Record<string, { required: boolean; examples: Record<string, unknown> }>;
}

export function readBundle(vendor: string): Json {
  return bundleOf(vendor) as unknown as Json;
}

function resolve(doc: Json, value: unknown): Json {
  let node = value as Json;
  for (let i = 0; i < 10 && typeof node?.$ref === 'string'; i++) {
    node = (node.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)?.[key], doc) as Json;
  }
  return node;
}

export function webhookDeliveries(vendor: string): WebhookDeliveryExamples[] {
  const doc = readBundle(vendor);
  return Object.entries((doc.webhooks ?? {}) as Record<string, Json>).map(([event, item]) => {
    const post = resolve(doc, item).post as Json;
    const media = ((resolve(doc, post.requestBody).content as Json)['application/json'] ?? {}) as Json;
    const bodies = Object.fromEntries(Object.entries((media.examples ?? {}) as Json).map(([name, ex]) => [name, resolve(doc, ex).value]));
    const headers: WebhookDeliveryExamples['headers'] = {};
    for (const p of (post.parameters ?? []) as unknown[]) {
      const param = resolve(doc, p);
      if (param.in !== 'header') continue;
      const examples = Object.fromEntries(
        Object.entries((param.examples ?? {}) as Json).map(([name, ex]) => [name, resolve(doc, ex).value]),
      );
      headers[String(param.name).toLowerCase()] = { required: param.required === true, examples };
    }
    return { event, operationId: String(post.operationId), bodies, headers };
  });
}
