// Tolerant reader: a schema of what the vendor sends (a response body, an error body, a webhook
// delivery) must not forbid properties it does not list. The vendor adds fields without notice; a
// validator built on a closed schema would reject real traffic that day. Reports every
// `additionalProperties: false` and `unevaluatedProperties: false` reachable from the given schema
// (through $refs, which Spectral has resolved, and every subschema keyword).
const CHILD = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems'];
const LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const CLOSERS = ['additionalProperties', 'unevaluatedProperties'];

function walk(schema, path, seen, results) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return;
  seen.add(schema);
  for (const k of CLOSERS) {
    if (schema[k] !== false) continue;
    results.push({ message: `${k}: false in a schema the vendor sends: drop it (spec/AUTHORING.md, tolerant reader)`, path: [...path, k] });
  }
  for (const k of CHILD) if (schema[k] && typeof schema[k] === 'object') walk(schema[k], [...path, k], seen, results);
  for (const k of LISTS) if (Array.isArray(schema[k])) schema[k].forEach((c, i) => walk(c, [...path, k, i], seen, results));
  for (const k of MAPS) {
    if (schema[k] && typeof schema[k] === 'object') for (const [n, c] of Object.entries(schema[k])) walk(c, [...path, k, n], seen, results);
  }
}

export default function mcTolerantReader(schema, _options, context) {
  const results = [];
  walk(schema, context.path, new WeakSet(), results);
  return results;
}
