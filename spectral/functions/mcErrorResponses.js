// An operation declares at least one 4xx response, and each 4xx/5xx response carries a body whose
// schema is a vendor error envelope: the schema, or every branch of its oneOf/anyOf, has x-error-envelope.
function isEnvelope(schema) {
  if (!schema || typeof schema !== 'object') return false;
  if (schema['x-error-envelope'] === true) return true;
  const branches = schema.oneOf ?? schema.anyOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every(isEnvelope);
}

export default function mcErrorResponses(responses, _options, context) {
  const results = [];
  if (!responses || typeof responses !== 'object') return [{ message: 'operation has no responses', path: context.path }];
  const statuses = Object.keys(responses);
  if (!statuses.some((s) => /^4/.test(s))) results.push({ message: 'operation declares no 4xx response', path: context.path });
  for (const status of statuses.filter((s) => /^[45]/.test(s))) {
    const content = responses[status]?.content;
    if (!content || Object.keys(content).length === 0) {
      results.push({ message: `${status} response has no body: model the vendor's error body`, path: [...context.path, status] });
      continue;
    }
    for (const [type, media] of Object.entries(content)) {
      if (!isEnvelope(media?.schema)) {
        results.push({
          message: `${status} ${type} schema is not a vendor error envelope (x-error-envelope: true)`,
          path: [...context.path, status, 'content', type, 'schema'],
        });
      }
    }
  }
  return results;
}
