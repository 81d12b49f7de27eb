import { allowedOrigins } from "../net/allowed-origins.ts";

/** Whether the operator lets the process request `url`; absent where the user is the operator (the CLI). */
export type AddressGuard = (url: URL) => boolean;

/** The app server's list of metric addresses (Prometheus servers, JSON endpoints), like TERRAFUSION_APP_ROUTER_URLS. */
export const METRICS_URLS_VARIABLE = "TERRAFUSION_APP_METRICS_URLS";

/** The app's guard: only origins listed in TERRAFUSION_APP_METRICS_URLS (none when it is unset). */
export function operatorMetricsGuard(env: NodeJS.ProcessEnv): AddressGuard {
  return allowedOrigins(env[METRICS_URLS_VARIABLE] ?? "");
}

/** Why `url` may not be requested, in one line, or undefined when the guard allows it (or there is none). */
export function refusal(guard: AddressGuard | undefined, url: URL, what: string): string | undefined {
  if (!guard || guard(url)) return undefined;
  return `this app may not request ${what} at ${url.origin} (its operator lists the metric addresses it may request in ${METRICS_URLS_VARIABLE})`;
}
