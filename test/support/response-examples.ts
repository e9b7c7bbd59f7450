// The first named example of an operation's response, straight from the bundle: realistic bodies
// for client tests without writing any by hand.
import { resolveRef as resolve, type Example, type Response } from '../../scripts/openapi-model.ts';
import { bundleOf } from './catalog-cases.ts';

export function responseExample(vendor: string, method: string, path: string, status = '200'): unknown {
  const doc = bundleOf(vendor);
  const op = doc.paths?.[path]?.[method.toLowerCase() as 'get'];
  if (!op) throw new Error(`${vendor} has no ${method} ${path}`);
  const response = op.responses[status];
  if (!response) throw new Error(`${vendor} ${method} ${path} has no ${status} response`);
  for (const media of Object.values(resolve<Response>(doc, response).content ?? {})) {
    for (const example of Object.values(media.examples ?? {})) {
      const value = resolve<Example>(doc, example).value;
      if (value !== undefined) return value;
    }
  }
  throw new Error(`${vendor} ${method} ${path} ${status} has no example`);
}
