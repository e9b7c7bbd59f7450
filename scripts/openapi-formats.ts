// The formats OpenAPI defines on top of JSON Schema, as Ajv checks them: shared by the test
// suite's Ajv (test/support/bundles.ts) and the precompiled drift validators (scripts/validators.ts),
// so that both give the same verdict. Anything else unknown is reported by the coverage test.
export const OPENAPI_FORMATS: Record<string, true | RegExp | ((value: unknown) => boolean)> = {
  int32: (v) => typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31,
  int64: (v) => typeof v === 'number' && Number.isInteger(v),
  float: true,
  double: true,
  password: true,
  binary: true,
  byte: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
};

/** The same formats as Ajv's `addFormat` takes them: a number check applies to numbers only. */
export const OPENAPI_AJV_FORMATS: Record<string, true | RegExp | { type: 'number'; validate: (n: number) => boolean }> = Object.fromEntries(
  Object.entries(OPENAPI_FORMATS).map(([name, format]) => [
    name,
    typeof format === 'function' ? { type: 'number', validate: format as (n: number) => boolean } : format,
  ]),
);
