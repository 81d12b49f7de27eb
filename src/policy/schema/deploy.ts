import { z } from "zod";
import { loadRunFields, metrics } from "./metrics.ts";
import { notifications } from "./notifications.ts";
import { pathOnOrigin } from "./path-on-origin.ts";
import { actors, duration, slo } from "./primitives.ts";

// A Kubernetes object name (RFC 1123 label): it becomes part of an API path, so `..` or `/` could
// reach another object than the policy's.
const kubernetesName = (what: string) =>
  z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    error: `a ${what} name is lowercase letters, digits and -, at most 63 characters (RFC 1123)`,
  });

export const REQUIRABLE = ["review", "static-analysis", "coverage", "load", "chaos"] as const;

const driver = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("router"),
    "admin-url": z.url({ protocol: /^https?$/ }),
    "token-env": z
      .string()
      .regex(/^TERRAFUSION_[A-Z0-9_]*TOKEN[A-Z0-9_]*$/, {
        // The token is sent to admin-url: a policy must not name another secret of the process.
        error:
          "expected a variable named TERRAFUSION_…TOKEN (e.g. TERRAFUSION_ROUTER_TOKEN); other variables are never sent to admin-url",
      })
      .optional()
      .meta({
        description: "Environment variable that holds the admin token (default TERRAFUSION_ROUTER_TOKEN).",
      }),
  }),
  z.strictObject({
    kind: z.literal("nginx"),
    "upstream-file": z.string().min(1),
    blue: z.array(z.string().min(1)).min(1),
    green: z.array(z.string().min(1)).min(1),
    nginx: z.string().optional().meta({ description: "The nginx binary (default: nginx on PATH)." }),
    config: z
      .string()
      .optional()
      .meta({ description: "nginx's main configuration file, for nginx -t and -s reload." }),
    prefix: z.string().optional().meta({ description: "nginx's prefix path (-p)." }),
    "pid-file": z
      .string()
      .optional()
      .meta({ description: "The master's pid file: a switch then waits until the old workers have exited." }),
    "health-path": pathOnOrigin("a health path").optional(),
  }),
  z
    .strictObject({
      kind: z.literal("kubernetes"),
      namespace: kubernetesName("namespace").optional(),
      service: kubernetesName("Service").optional().meta({
        description:
          "A Service whose selector's color label a switch patches (blue-green). Required without http-route; with it, optional and switched too (for clients inside the cluster).",
      }),
      "color-label": z.string().optional(),
      "http-route": kubernetesName("HTTPRoute").optional().meta({
        description:
          "A Gateway API HTTPRoute (gateway.networking.k8s.io/v1) in the namespace whose rules' backendRefs name both `services`: switches set their weights to 100 and 0, a canary to 100-N and N. Without it the driver cannot run a canary.",
      }),
      services: z
        .strictObject({ blue: kubernetesName("Service"), green: kubernetesName("Service") })
        .optional()
        .meta({
          description:
            "With http-route: the Service of each color that the route's backendRefs name, each selecting only its color's pods (e.g. { blue: shop-blue, green: shop-green }); health counts their ready pods.",
        }),
    })
    .superRefine((value, ctx) => {
      if (value["http-route"] === undefined) {
        if (value.service === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["service"],
            message: "name the Service to switch (service), or an HTTPRoute (http-route) with its services",
          });
        if (value.services !== undefined)
          ctx.addIssue({
            code: "custom",
            path: ["services"],
            message: "services are the backends of an HTTPRoute: name it in http-route",
          });
      } else if (value.services === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["services"],
          message:
            "http-route needs the Service of each color it sends to: services: { blue: NAME, green: NAME }",
        });
      else if (value.services.blue === value.services.green)
        ctx.addIssue({
          code: "custom",
          path: ["services", "green"],
          message: "blue and green are two Services: give each color its own",
        });
    }),
  z.strictObject({
    kind: z.literal("command"),
    status: z.string().min(1),
    switch: z.string().min(1),
    health: z.string().min(1).optional(),
    weight: z.string().min(1).optional().meta({
      description:
        "Sets a canary's share, run like switch: the canary color in TERRAFUSION_CANARY_COLOR and its percent (0-100; 0 is all on the active color) in TERRAFUSION_CANARY_WEIGHT. Without it the driver cannot run a canary.",
    }),
    timeout: duration.optional(),
  }),
]);

/**
 * Why a driver cannot split traffic by weight, as a canary needs, or undefined when it can: router and
 * nginx always can, kubernetes only with an HTTPRoute, command only with a weight command.
 */
function splitProblem(config: z.output<typeof driver> | undefined): string | undefined {
  const lead = "a canary needs a driver that splits traffic by weight, and the";
  if (config?.kind === "kubernetes" && config["http-route"] === undefined)
    return `${lead} kubernetes driver does so only with http-route (a Gateway API HTTPRoute): add http-route and services, or use strategy: blue-green`;
  if (config?.kind === "command" && config.weight === undefined)
    return `${lead} command driver does so only with a weight command: add weight (see docs/promotion.md#canary-weights), or use strategy: blue-green`;
  return undefined;
}

const analysisStep = z.strictObject({
  probe: pathOnOrigin("a probe").optional(),
  interval: duration.optional().meta({ description: "Time between measurements (default 2s)." }),
  "failure-limit": z
    .int()
    .min(0)
    .optional()
    .meta({ description: "Failed measurements that roll back (default 3; 0 and 1 both mean the first)." }),
  duration: duration.optional().meta({ description: "How long the new color is watched (default 60s)." }),
  slo: slo.optional(),
  load: z
    .strictObject(loadRunFields("Paths requested in turn (default: the probe, else /)."))
    .optional()
    .meta({
      description:
        "A short load run of the color (through the driver's URL of that color) in each interval, judged against the SLO.",
    }),
  metrics: metrics.optional(),
});

// Argo Rollouts' canary steps, in the same words: each a mapping with one key.
const canaryStep = z
  .union([
    z.strictObject({
      "set-weight": z.int().min(0).max(100).meta({
        description: "Percent of new requests sent to the new version (the rest stay on the active one).",
      }),
    }),
    z.strictObject({ pause: duration.meta({ description: "How long to wait at the current weight." }) }),
    z.strictObject({
      analysis: analysisStep.meta({
        description:
          "Watch the new version at its current weight (same keys as post-promotion analysis); a failed analysis aborts to 0 % and rolls back.",
      }),
    }),
  ])
  .meta({ description: "One canary step: set-weight, pause or analysis." });

const environment = z
  .strictObject({
    strategy: z.enum(["blue-green", "canary"]).optional().meta({
      description:
        "blue-green (default): all traffic moves at once. canary: traffic moves by the steps, then all of it.",
    }),
    steps: z.array(canaryStep).min(1).optional().meta({
      description:
        "The canary's steps, run in order after the pre-promotion analysis; after the last one all traffic moves and the post-promotion analysis runs.",
    }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "The environment's public URL: shown on GitHub, and probed." }),
    driver,
    requires: z
      .array(z.enum(REQUIRABLE))
      .optional()
      .meta({ description: "What must pass on the SHA before promotion." }),
    "required-checks": z.array(z.string().min(1)).optional().meta({
      description:
        "Other check runs (by name) that must pass on the SHA before promotion; one failing after promotion rolls back.",
    }),
    promoters: actors.optional().meta({ description: "Who may /promote and /rollback." }),
    analysis: z
      .strictObject({ "pre-promotion": analysisStep.optional(), "post-promotion": analysisStep.optional() })
      .optional(),
    notifications: notifications.optional(),
    "bake-window": duration
      .optional()
      .meta({ description: "How long the previous color stays warm after a switch." }),
    rollback: z
      .strictObject({
        on: z.array(z.enum(["analysis-failed", "check-failed", "probe-failed"])).optional(),
        "open-incident": z.boolean().optional(),
        "revert-pr": z.boolean().optional(),
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.strategy === "canary" && !env.steps)
      ctx.addIssue({
        code: "custom",
        path: ["strategy"],
        message: "strategy canary needs steps (e.g. steps: [{ set-weight: 10 }, { analysis: {} }])",
      });
    if (env.steps && env.strategy !== "canary")
      ctx.addIssue({
        code: "custom",
        path: ["steps"],
        message: "steps are a canary's: add strategy: canary to the environment, or remove steps",
      });
    const cannotSplit = env.strategy === "canary" ? splitProblem(env.driver) : undefined;
    if (cannotSplit) ctx.addIssue({ code: "custom", path: ["strategy"], message: cannotSplit });
  });

export const deploy = z.strictObject({
  environments: z.record(
    z.string().regex(/^[A-Za-z0-9._-]+$/, { error: "an environment name uses letters, digits, . _ -" }),
    environment,
  ),
});
