// A header marked x-retry-hint (spec/AUTHORING.md) says how to read it with one of the hints the
// runtime knows. Given each header object. Options: { hints: [...] }, the runtime's RETRY_HINTS
// (src/vendor.ts); scripts/generate.ts runs this same function with those.
export default function mcRetryHint(header, options, context) {
  const hint = header?.['x-retry-hint'];
  if (hint === undefined) return [];
  const hints = options?.hints ?? [];
  return hints.includes(hint)
    ? []
    : [{ message: `x-retry-hint ${hint} is not one of ${hints.join(', ')}`, path: [...context.path, 'x-retry-hint'] }];
}
