// The OpenAPI model now lives in cli/openapi-model.ts, because the compiled `messaging-contracts`
// command (cli/diff.ts) needs it at run time; this re-export keeps the scripts' and tests' imports.
export * from '../cli/openapi-model.ts';
