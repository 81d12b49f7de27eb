import { z } from "zod";
import { duration, glob, milliseconds, percent, ratio, slo } from "./primitives.ts";

export const GATE_NAMES = ["static-analysis", "coverage", "load", "chaos"] as const;
export type GateName = (typeof GATE_NAMES)[number];

const enabled = z.boolean().optional().meta({
  description: "Run this gate. A gate named in your policy file is enabled unless this says false.",
});

export const SEVERITIES = ["CRITICAL", "HIGH", "ERROR", "MEDIUM", "WARNING", "LOW", "INFO"] as const;

const waiver = z.strictObject({
  rule: z.string().min(1).meta({ description: "The semgrep rule id (or a glob over rule ids)." }),
  path: glob.optional().meta({ description: "Only findings in files matching this glob." }),
  reason: z.string().min(1, { error: "a waiver needs a reason" }),
  expires: z.iso
    .date({ error: "expected a date as YYYY-MM-DD" })
    .meta({ description: "The waiver stops at this date (YYYY-MM-DD)." }),
});

export const staticAnalysisGate = z.strictObject({
  enabled,
  rules: z.array(z.string().min(1)).optional().meta({ description: "Local semgrep rule files or folders." }),
  "fail-on": z.array(z.enum(SEVERITIES)).optional().meta({ description: "Severities that block." }),
  "new-findings-only": z
    .boolean()
    .optional()
    .meta({ description: "On pull requests, only findings new against the merge base block." }),
  include: z.array(glob).optional(),
  exclude: z.array(glob).optional(),
  timeout: duration.optional(),
  "max-annotations": z.int().min(0).max(50).optional(),
  waivers: z.array(waiver).optional(),
});

export const coverageGate = z.strictObject({
  enabled,
  command: z.string().min(1).optional().meta({ description: "The project's test command, run under c8." }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional(),
  functions: percent.optional(),
  statements: percent.optional(),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: z.array(glob).optional(),
  exclude: z.array(glob).optional(),
  timeout: duration.optional(),
});

const service = z.strictObject({
  command: z.string().min(1).meta({ description: "Starts the service under test." }),
  "ready-url": z.url({ error: "expected a URL such as http://127.0.0.1:3000/healthz" }),
  timeout: duration.optional(),
  instances: z
    .int()
    .min(1)
    .max(16)
    .optional()
    .meta({ description: "How many copies to start (chaos process-kill)." }),
});

export const loadGate = z.strictObject({
  enabled,
  engine: z.enum(["autocannon", "k6"]).optional(),
  script: z.string().min(1).optional().meta({ description: "A k6 script; selects the k6 engine." }),
  target: z.url({ error: "expected a URL such as http://127.0.0.1:3000" }).optional(),
  paths: z.array(z.string().startsWith("/", { error: "a path starts with /" })).optional(),
  duration: duration.optional(),
  connections: z.int().min(1).max(1000).optional(),
  rate: z.int().positive().optional().meta({ description: "Fixed request rate (requests per second)." }),
  slo: slo.optional(),
  "max-regression": ratio
    .optional()
    .meta({ description: "Fail when p95 grows more than this against the base." }),
  service: service.optional(),
});

export const TOXICS = [
  "latency",
  "jitter",
  "bandwidth",
  "timeout",
  "reset_peer",
  "slow_close",
  "limit_data",
  "process-kill",
] as const;

const experiment = z.strictObject({
  name: z.string().min(1),
  toxic: z.enum(TOXICS),
  attributes: z.record(z.string(), z.number()).optional(),
  toxicity: z.number().min(0).max(1).optional(),
  stream: z.enum(["downstream", "upstream"]).optional(),
  duration: duration.optional(),
  slo: slo.optional(),
  "recovery-seconds": z.number().positive().optional(),
});

export const chaosGate = z.strictObject({
  enabled,
  target: z.url().optional(),
  toxiproxy: z.url().optional().meta({ description: "Use this toxiproxy API instead of starting one." }),
  service: service.optional(),
  experiments: z.array(experiment).optional(),
  slo: slo.optional(),
});

export const gates = z.strictObject({
  "static-analysis": staticAnalysisGate.optional(),
  coverage: coverageGate.optional(),
  load: loadGate.optional(),
  chaos: chaosGate.optional(),
});

// Exported for the primitive re-use in other sections.
export { milliseconds };
