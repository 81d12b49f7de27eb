import { JSONPath } from "jsonpath-plus";
import { FetchProblem, fetchBounded } from "../net/bounded-fetch.ts";
import type { MeasureTarget, MetricProvider, MetricValue, Reading } from "../promotion/metric-analysis.ts";
import { type AddressGuard, refusal } from "./address-guard.ts";
import { SubstitutionProblem, substituteUrl } from "./template.ts";

export interface HttpJsonOptions {
  /** The endpoint, with {{color}} and {{version}} in its path or query. */
  url: string;
  /** Where result is in the answer, e.g. $.data.errorRate. */
  jsonPath: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  guard?: AddressGuard;
}

const MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * A JSON endpoint and a JSONPath into its answer, for teams whose monitoring is not Prometheus. Each
 * match of the path is one series: a number, string or boolean is judged; null, an object or an array is
 * "no value" (inconclusive); no match at all is inconclusive; an HTTP error status or a body that is not
 * JSON is an error. jsonpath-plus runs with `eval: false`: the policy's path can select, never run code.
 */
export class HttpJsonProvider implements MetricProvider {
  constructor(private readonly options: HttpJsonOptions) {}

  async read(target: MeasureTarget, signal?: AbortSignal): Promise<Reading> {
    let url: URL;
    try {
      url = new URL(substituteUrl(this.options.url, target));
    } catch (error) {
      if (error instanceof SubstitutionProblem) return { kind: "error", detail: error.message };
      return { kind: "error", detail: `not a URL once substituted: ${(error as Error).message}` };
    }
    const refused = refusal(this.options.guard, url, "the JSON endpoint");
    if (refused) return { kind: "error", detail: refused };
    let status: number;
    let text: string;
    try {
      ({ status, text } = await fetchBounded(url, {
        headers: { accept: "application/json", ...this.options.headers },
        timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxBytes: MAX_BYTES,
        signal,
      }));
    } catch (error) {
      if (error instanceof FetchProblem) return { kind: "error", detail: error.message };
      throw error;
    }
    const where = `${url.origin}${url.pathname}`;
    if (status >= 400) return { kind: "error", detail: `${where} answered ${status}` };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: "error", detail: `${where} answered ${status} without JSON` };
    }
    return select(json, this.options.jsonPath);
  }
}

/** The matches of `path` in `json` as a reading (exported for the edge cases). */
export function select(json: unknown, path: string): Reading {
  let matches: unknown[];
  try {
    matches = JSONPath({ path, json: json as object, eval: false, wrap: true }) as unknown[];
  } catch (error) {
    return { kind: "error", detail: `JSONPath ${path}: ${(error as Error).message}` };
  }
  if (!Array.isArray(matches) || matches.length === 0) return { kind: "empty", detail: `nothing at ${path}` };
  return { kind: "values", series: matches.map((value) => ({ value: scalar(value) })) };
}

function scalar(value: unknown): MetricValue | null {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
}
