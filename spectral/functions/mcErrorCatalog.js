// The vendor's error catalog (x-error-catalog at the document root, spec/AUTHORING.md) is well formed,
// and every code an operation lists in x-error-codes is in it. Given the whole document ("$").
// Options: { categories: [...] }, the error categories of the runtime (src/errors.ts CATEGORIES);
// scripts/generate.ts runs this same function with those, so lint and generation agree.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export default function mcErrorCatalog(doc, options, context) {
  const results = [];
  const at = (path, message) => results.push({ message, path: [...context.path, ...path] });
  const catalog = doc?.['x-error-catalog'];
  if (!Array.isArray(catalog) || catalog.length === 0) {
    at(['x-error-catalog'], 'x-error-catalog is missing or empty: list the error codes the vendor documents');
    return results;
  }
  const categories = options?.categories ?? [];
  const examples = doc?.components?.examples ?? {};
  const codes = new Set();
  catalog.forEach((entry, i) => {
    const where = ['x-error-catalog', i];
    if (typeof entry?.code !== 'string' || !entry.code) return at(where, 'code must be a non-empty string');
    if (codes.has(entry.code)) at(where, `duplicate code ${entry.code}`);
    codes.add(entry.code);
    if (!Number.isInteger(entry.status) || entry.status < 400 || entry.status > 599)
      at(where, `status ${entry.status} is not a 4xx/5xx integer`);
    if (!categories.includes(entry.category)) at(where, `category ${entry.category} is not one of ${categories.join(', ')}`);
    if (typeof entry.retryable !== 'boolean') at(where, 'retryable must be true or false');
    if (typeof entry.meaning !== 'string' || !entry.meaning.trim()) at(where, 'meaning must be a non-empty string');
    if (typeof entry.example !== 'string' || !(entry.example in examples))
      at(where, `example ${entry.example} is not in components.examples`);
    if (entry.messagePattern !== undefined) {
      try {
        new RegExp(entry.messagePattern);
      } catch (error) {
        at(where, `messagePattern is not a valid regular expression: ${error.message}`);
      }
    }
  });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      (item?.[method]?.['x-error-codes'] ?? []).forEach((code, i) => {
        if (!codes.has(code))
          at(['paths', path, method, 'x-error-codes', i], `x-error-codes lists ${code}, which is not in the error catalog`);
      });
    }
  }
  return results;
}
