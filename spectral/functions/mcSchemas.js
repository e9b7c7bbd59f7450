// Walks every schema under the given node and reports what the chosen check forbids:
//   nullable          the OpenAPI 3.0 `nullable` keyword
//   example           the deprecated schema-level `example`
//   objectProperties  an object schema with neither properties nor additionalProperties nor composition
const CHILD = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SHAPED = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'unevaluatedProperties',
  'oneOf',
  'anyOf',
  'allOf',
  '$ref',
  'const',
  'enum',
];

function isObjectType(schema) {
  return schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'));
}

function checkSchema(schema, path, check, seen, results) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema) || seen.has(schema)) return;
  seen.add(schema);
  if (check === 'nullable' && 'nullable' in schema)
    results.push({ message: 'nullable is not OpenAPI 3.1: use type: [T, "null"]', path: [...path, 'nullable'] });
  if (check === 'example' && 'example' in schema)
    results.push({ message: 'schema-level example is deprecated: use examples: [...]', path: [...path, 'example'] });
  if (check === 'objectProperties' && isObjectType(schema) && !SHAPED.some((k) => k in schema)) {
    results.push({ message: 'object schema lists no properties (list them, or say it is open with additionalProperties)', path });
  }
  for (const k of CHILD) if (schema[k] && typeof schema[k] === 'object') checkSchema(schema[k], [...path, k], check, seen, results);
  for (const k of LISTS) if (Array.isArray(schema[k])) schema[k].forEach((c, i) => checkSchema(c, [...path, k, i], check, seen, results));
  for (const k of MAPS)
    if (schema[k] && typeof schema[k] === 'object')
      for (const [n, c] of Object.entries(schema[k])) checkSchema(c, [...path, k, n], check, seen, results);
}

// From the document root, a schema is a value under a `schema` key or an entry of components.schemas.
function findSchemas(node, path, check, seen, results) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n, i) => findSchemas(n, [...path, i], check, seen, results));
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'example') continue;
    if (key === 'schema') checkSchema(value, [...path, key], check, seen, results);
    else if (key === 'schemas' && path.length === 1 && path[0] === 'components') {
      for (const [n, s] of Object.entries(value ?? {})) checkSchema(s, [...path, key, n], check, seen, results);
    } else findSchemas(value, [...path, key], check, seen, results);
  }
}

export default function mcSchemas(input, options, context) {
  const results = [];
  const seen = new WeakSet();
  if (context.path.length === 0) findSchemas(input, [], options.check, seen, results);
  else checkSchema(input, context.path, options.check, seen, results);
  return results;
}
