import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites that start servers or real tools share 2 cores: keep files in a small pool.
    maxWorkers: 2,
  },
});
