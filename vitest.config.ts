import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The property, fuzz and process-spawning tests take 1–3 s alone; on 2 busy cores (CI runs
    // the suite beside other work) the 5 s default failed them by timing out, not by a wrong
    // answer. A timeout is no assertion on speed: benchmarks live in bench/.
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
    },
  },
});
