import { JSONPath } from "jsonpath-plus";
import { z } from "zod";
import { conditionProblem } from "../../core/condition.ts";
import { pathOnOrigin } from "./path-on-origin.ts";
import { duration } from "./primitives.ts";

/**
 * Named metrics of an analysis step, like Argo Rollouts' AnalysisTemplate metrics: a provider, a success
 * condition on `result`, and how often and how many times to measure. Queries and URLs may say
 * `{{color}}` and `{{version}}`; the provider escapes what it substitutes.
 */

const httpUrl = z.url({ protocol: /^https?$/ });

const prometheus = z.strictObject({
  address: httpUrl.meta({
    description: "The Prometheus server (e.g. http://127.0.0.1:9090); the query goes to its /api/v1/query.",
  }),
  query: z.string().min(1).max(10_000).meta({
    description:
      'A PromQL instant query; {{color}} and {{version}} are replaced by the color and version, escaped for a PromQL string ("…").',
  }),
  method: z
    .enum(["GET", "POST"])
    .optional()
    .meta({ description: "GET (default) or POST (form body, for long queries)." }),
  timeout: duration.optional().meta({ description: "How long one query may take (default 5s)." }),
});

// Filter and script expressions (`?(…)`, `(…)`) are code: jsonpath-plus runs with eval off, so they are refused here.
function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith("$")) return "a JSONPath starts with $ (e.g. $.data.errorRate)";
  if (/[?]\s*\(|\[\s*\(/.test(path)) return "filter and script expressions (?(…), (…)) are not allowed";
  try {
    JSONPath.toPathArray(path);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const RESERVED_HEADERS = new Set(["host", "content-length", "transfer-encoding", "connection"]);

const http = z.strictObject({
  url: httpUrl
    .refine((url) => !(url.split("://")[1]?.split(/[/?#]/)[0] ?? "").includes("{"), {
      error:
        "{{color}} and {{version}} may stand in the URL's path or query, not in its host: the host is the one the operator allows",
    })
    .meta({
      description:
        "A JSON endpoint, requested with GET; {{color}} and {{version}} are replaced (URL-encoded). No redirects are followed.",
    }),
  "json-path": z
    .string()
    .min(1)
    .superRefine((path, ctx) => {
      const problem = jsonPathProblem(path);
      if (problem)
        ctx.addIssue({ code: "custom", message: `invalid JSONPath ${JSON.stringify(path)}: ${problem}` });
    })
    .meta({
      description:
        "Where result is in the answer (JSONPath, e.g. $.data.errorRate); several matches are several series. No filter expressions.",
    }),
  headers: z
    .record(
      z.string().regex(HEADER_NAME, { error: "a header name is a token (letters, digits, - …)" }),
      z.string().regex(/^[^\r\n\0]*$/, { error: "a header value holds no line break" }),
    )
    .superRefine((headers, ctx) => {
      for (const name of Object.keys(headers))
        if (RESERVED_HEADERS.has(name.toLowerCase()))
          ctx.addIssue({ code: "custom", path: [name], message: `${name} is set by the request itself` });
    })
    .optional()
    .meta({ description: "Request headers (no secrets: the policy is readable by the repository)." }),
  timeout: duration.optional().meta({ description: "How long one request may take (default 5s)." }),
});

const FIGURES = ["error-rate", "p95-ms", "p99-ms", "requests", "errors"] as const;
const figure = z.enum(FIGURES).meta({ description: "Which figure is result." });

/** A short load run's options, shared by the load provider and an analysis step's `load`. */
export function loadRunFields(pathsDescription: string) {
  return {
    rate: z
      .int()
      .positive()
      .optional()
      .meta({ description: "Requests per second (default: as fast as answers come)." }),
    connections: z.int().min(1).optional().meta({ description: "Concurrent connections (default 4)." }),
    paths: z.array(pathOnOrigin("a load path")).min(1).optional().meta({ description: pathsDescription }),
  };
}

const PROVIDERS = ["prometheus", "http", "counters", "probe", "load"] as const;

const provider = z
  .strictObject({
    prometheus: prometheus
      .optional()
      .meta({ description: "A PromQL instant query (Prometheus's HTTP API)." }),
    http: http.optional().meta({ description: "A JSON endpoint and a JSONPath into its answer." }),
    counters: z.strictObject({ figure }).optional().meta({
      description:
        "The driver's per-color request counters since the previous measurement (the router driver keeps them).",
    }),
    probe: z
      .strictObject({ path: pathOnOrigin("a probe") })
      .optional()
      .meta({
        description: "One GET of the color: result is the HTTP status (a failed request is an error).",
      }),
    load: z
      .strictObject({
        figure,
        ...loadRunFields("Paths requested in turn (default /)."),
        duration: duration
          .optional()
          .meta({ description: "Length of each run (default: the metric's interval, else 2s)." }),
      })
      .optional()
      .meta({ description: "A short load run straight at the color; result is one of its figures." }),
  })
  .superRefine((value, ctx) => {
    const named = PROVIDERS.filter((name) => value[name] !== undefined);
    if (named.length !== 1)
      ctx.addIssue({
        code: "custom",
        message:
          named.length === 0
            ? `a metric names one provider: ${PROVIDERS.join(", ")}`
            : `a metric names one provider, not ${named.join(" and ")}`,
      });
  })
  .meta({ description: `Where the metric is read: exactly one of ${PROVIDERS.join(", ")}.` });

export const metric = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, { error: "a metric name uses letters, digits, . _ -" })
    .meta({ description: "The metric's name in statuses and notices (unique in its step)." }),
  provider,
  "success-condition": z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      const problem = conditionProblem(text);
      if (problem)
        ctx.addIssue({ code: "custom", message: `invalid condition ${JSON.stringify(text)}: ${problem}` });
    })
    .meta({
      description:
        'When a measurement passes, on result: e.g. "result < 0.01", "result >= 0.95 && result <= 1", "result == \\"UP\\"" (comparisons, && || !, + - * /, parentheses).',
    }),
  interval: duration
    .optional()
    .meta({ description: "Time between measurements (without it and count: one measurement)." }),
  count: z.int().min(1).max(1_000).optional().meta({
    description:
      "Measurements to take (default: until the analysis's duration ends when an interval is set, else 1).",
  }),
  "failure-limit": z.int().min(0).optional().meta({
    description: "Failed measurements tolerated: the metric fails when more fail (default 0: the first).",
  }),
  "inconclusive-limit": z
    .int()
    .min(0)
    .optional()
    .meta({ description: "Inconclusive measurements (empty result, NaN) tolerated (default 0)." }),
  "consecutive-error-limit": z
    .int()
    .min(0)
    .optional()
    .meta({ description: "Provider errors in a row tolerated (timeouts, refused, HTTP errors; default 4)." }),
});

export const metrics = z
  .array(metric)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((m, index) => {
      if (seen.has(m.name))
        ctx.addIssue({ code: "custom", path: [index, "name"], message: `metric ${m.name} is named twice` });
      seen.add(m.name);
    });
  })
  .meta({
    description:
      "Named metrics, each with a provider and a success condition (like Argo Rollouts' AnalysisTemplates).",
  });

export type PolicyMetricProvider = z.output<typeof provider>;
export type PolicyNamedMetric = z.output<typeof metric>;
