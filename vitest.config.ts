import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests (expectTypeOf, @ts-expect-error) are checked by `tsc` in the build; vitest runs them too.
    typecheck: { enabled: false },
  },
});
