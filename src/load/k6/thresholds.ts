import type { Slo } from "../slo.ts";

/** k6 thresholds that say what the policy's SLO says: `http_req_duration: ['p(95)<100']`, `http_req_failed: ['rate<0.01']`. */
export function k6Thresholds(slo: Slo): Record<string, string[]> {
  const thresholds: Record<string, string[]> = {};
  const duration: string[] = [];
  if (slo["p95-ms"] !== undefined) duration.push(`p(95)<${slo["p95-ms"]}`);
  if (slo["p99-ms"] !== undefined) duration.push(`p(99)<${slo["p99-ms"]}`);
  if (duration.length) thresholds.http_req_duration = duration;
  if (slo["error-rate"] !== undefined) thresholds.http_req_failed = [`rate<${slo["error-rate"]}`];
  return thresholds;
}
