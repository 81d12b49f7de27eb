import { z } from "zod";
import { FetchProblem, fetchBounded } from "../net/bounded-fetch.ts";
import type { MeasureTarget, MetricProvider, Reading, Series } from "../promotion/metric-analysis.ts";
import { type AddressGuard, refusal } from "./address-guard.ts";
import { SubstitutionProblem, substitutePromql } from "./template.ts";

export interface PrometheusOptions {
  /** The server, e.g. http://127.0.0.1:9090 (a path prefix is kept: http://host/prometheus). */
  address: string;
  /** A PromQL instant query, with {{color}} and {{version}}. */
  query: string;
  method?: "GET" | "POST";
  timeoutMs?: number;
  /** The operator's allowance for outgoing addresses (the app server's); none on a laptop. */
  guard?: AddressGuard;
}

/** An instant query's answer is a few series; a megabyte is far past any sane one. */
const MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5_000;

// The HTTP API's envelope (https://prometheus.io/docs/prometheus/latest/querying/api/).
const sample = z.tuple([z.number(), z.string()]);
const answer = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("success"),
    data: z.discriminatedUnion("resultType", [
      z.object({
        resultType: z.literal("vector"),
        result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: sample })),
      }),
      z.object({ resultType: z.literal("scalar"), result: sample }),
      z.object({ resultType: z.literal("string"), result: sample }),
      z.object({ resultType: z.literal("matrix"), result: z.array(z.unknown()) }),
    ]),
  }),
  z.object({ status: z.literal("error"), errorType: z.string().optional(), error: z.string().optional() }),
]);

/**
 * A PromQL instant query over Prometheus's HTTP API (`/api/v1/query`). The query's result is judged
 * series by series (see judgeReading); an empty vector is inconclusive, and so is a NaN (a rate over no
 * requests: 0/0), never a pass. A range vector (`[5m]` without a function around it) is an error.
 */
export class PrometheusProvider implements MetricProvider {
  private readonly endpoint: URL;
  constructor(private readonly options: PrometheusOptions) {
    const base = new URL(options.address);
    this.endpoint = new URL(`${base.pathname.replace(/\/$/, "")}/api/v1/query`, base);
  }

  async read(target: MeasureTarget, signal?: AbortSignal): Promise<Reading> {
    const refused = refusal(this.options.guard, this.endpoint, "Prometheus");
    if (refused) return { kind: "error", detail: refused };
    let query: string;
    try {
      query = substitutePromql(this.options.query, target);
    } catch (error) {
      if (error instanceof SubstitutionProblem) return { kind: "error", detail: error.message };
      throw error;
    }
    const form = new URLSearchParams({ query });
    const post = this.options.method === "POST";
    const url = new URL(this.endpoint);
    if (!post) url.search = form.toString();
    let text: string;
    let status: number;
    try {
      ({ text, status } = await fetchBounded(url, {
        method: post ? "POST" : "GET",
        headers: {
          accept: "application/json",
          ...(post ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        body: post ? form.toString() : undefined,
        timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: MAX_BYTES,
        signal,
      }));
    } catch (error) {
      if (error instanceof FetchProblem) return { kind: "error", detail: `Prometheus: ${error.message}` };
      throw error;
    }
    return readAnswer(status, text);
  }
}

/** Prometheus's answer as a reading; exported for tests of the edge cases a live server rarely gives. */
export function readAnswer(status: number, text: string): Reading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "error", detail: `Prometheus answered ${status} without JSON: ${text.slice(0, 120)}` };
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) return { kind: "error", detail: `Prometheus answered ${status} in an unknown shape` };
  const body = parsed.data;
  if (body.status === "error")
    return {
      kind: "error",
      detail: `Prometheus refused the query (${body.errorType ?? status}): ${body.error ?? ""}`.trim(),
    };
  const data = body.data;
  switch (data.resultType) {
    case "vector": {
      if (data.result.length === 0) return { kind: "empty", detail: "the query returned no series" };
      const series: Series[] = data.result.map((s) => ({ labels: s.metric, value: sampleValue(s.value[1]) }));
      return { kind: "values", series };
    }
    case "scalar":
      return { kind: "values", series: [{ value: sampleValue(data.result[1]) }] };
    case "string":
      return { kind: "values", series: [{ value: data.result[1] }] };
    case "matrix":
      return {
        kind: "error",
        detail: "the query returned a range vector: wrap it in a function (rate(x[1m])) or drop the [range]",
      };
  }
}

/** Prometheus writes sample values as strings: "0.25", "NaN", "+Inf", "-Inf". */
function sampleValue(text: string): number {
  if (text === "+Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  return Number(text);
}
