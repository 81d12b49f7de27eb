import { defineConfig } from "vitest/config";

// Files that measure time (latency percentiles, recovery, switches under load, parse deadlines). They run
// after the rest of the suite, one file at a time, so that semgrep, c8 and the other files do not take
// the cores they measure with. Their assertions keep margins for a busy runner anyway.
const timing = [
  "test/load/{engine,gate,action,service}.test.ts",
  // The bench's open-loop generator: rates held, waits counted.
  "test/bench/paced-load.test.ts",
  "test/chaos/{gate,action}.test.ts",
  "test/router/switch-under-load.test.ts",
  // A router killed for a chosen second during a promotion's analysis, which must wait for it.
  "test/router/kill-during-promotion.test.ts",
  "test/reliability/router-kill.test.ts",
  // The router's upstream client: silent answers and idle connections caught by its once-a-second sweep.
  "test/router/upstream-client.test.ts",
  // Deadlines that take whole process trees down, measured in seconds.
  "test/reliability/supervise.test.ts",
  // GitHub requests abandoned after their timeout, retried within their budget, queues under a flood.
  "test/reliability/github-hang.test.ts",
  "test/drivers/nginx.test.ts",
  "test/promotion/{load-analysis,analysis-clock}.test.ts",
  // Promotions judged by a real Prometheus: they wait on its one-second scrapes.
  "test/promotion/{prometheus-rollback,canary}.test.ts",
  "test/app-promotion/kill.test.ts",
  "test/policy/malformed.test.ts",
  // Hostile regexes and globs finish fast (RE2); the same semantics are asserted untimed elsewhere.
  "test/security/patterns-timing.test.ts",
  // nektos/act runs the workflows and actions, with the load and chaos gates inside.
  "test/act/*.test.ts",
];

export default defineConfig({
  test: {
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["test/**/*.test.ts"],
          exclude: timing,
          // Suites that start servers or real tools share 2 cores: keep files in a small pool.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "timing",
          include: timing,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
