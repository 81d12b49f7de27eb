import { z } from "zod";
import { duration, slo } from "../primitives.ts";
import { enabled } from "./enabled.ts";
import { service } from "./load.ts";

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
  paths: z
    .array(z.string().startsWith("/", { error: "a path starts with /" }))
    .optional()
    .meta({
      description: "Paths the load requests in turn during the experiments (default: the target's path).",
    }),
  connections: z
    .int()
    .min(1)
    .max(1000)
    .optional()
    .meta({ description: "Concurrent connections of the load." }),
  slo: slo.optional(),
});
