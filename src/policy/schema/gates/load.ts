import { z } from "zod";
import { duration, ratio, slo } from "../primitives.ts";
import { enabled } from "./enabled.ts";

export const service = z.strictObject({
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
  engine: z.enum(["autocannon", "k6"]).optional().meta({
    description: "The load engine; default k6 when a script is given, else the built-in autocannon.",
  }),
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
