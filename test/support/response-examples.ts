// The first named example of an operation's response or request body, or of a webhook's delivery,
// straight from the bundle: realistic bodies for client tests without writing any by hand.
import {
  resolveRef as resolve,
  type Example,
  type MediaType,
  type OpenApiDocument,
  type Operation,
  type PathItem,
  type Response,
} from '../../scripts/openapi-model.ts';
import { bundleOf } from './catalog-cases.ts';

function operationOf(vendor: string, method: string, path: string) {
  const doc = bundleOf(vendor);
  const op = doc.paths?.[path]?.[method.toLowerCase() as 'get'];
  if (!op) throw new Error(`${vendor} has no ${method} ${path}`);
  return { doc, op };
}

/** The value of the first named example among `content`'s media types, or undefined. */
function firstNamed(doc: OpenApiDocument, content: Record<string, MediaType> | undefined): unknown {
  for (const media of Object.values(content ?? {})) {
    for (const example of Object.values(media.examples ?? {})) {
      const value = resolve<Example>(doc, example).value;
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

export function responseExample(vendor: string, method: string, path: string, status = '200'): unknown {
  const { doc, op } = operationOf(vendor, method, path);
  const response = op.responses[status];
  if (!response) throw new Error(`${vendor} ${method} ${path} has no ${status} response`);
  const value = firstNamed(doc, resolve<Response>(doc, response).content);
  if (value === undefined) throw new Error(`${vendor} ${method} ${path} ${status} has no example`);
  return value;
}

/** The first named example of an operation's request body, or undefined. */
const bodyExample = (doc: OpenApiDocument, op: Operation | undefined): unknown =>
  op?.requestBody && firstNamed(doc, resolve(doc, op.requestBody).content);

export function requestBodyExample(vendor: string, method: string, path: string): unknown {
  const { doc, op } = operationOf(vendor, method, path);
  const value = bodyExample(doc, op);
  if (value === undefined) throw new Error(`${vendor} ${method} ${path} has no request body example`);
  return value;
}

/** The first named example of a webhook event's delivery (the body POSTed to the receiver). */
export function webhookExample(vendor: string, event: string): unknown {
  const doc = bundleOf(vendor);
  const item = doc.webhooks?.[event];
  const value = bodyExample(doc, item && resolve<PathItem>(doc, item).post);
  if (value === undefined) throw new Error(`${vendor} webhook ${event} has no example`);
  return value;
}
