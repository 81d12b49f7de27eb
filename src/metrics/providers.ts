import { ConfigError } from "../errors.ts";
import type { PolicyMetricProvider, PolicyNamedMetric } from "../policy/schema/metrics.ts";
import { parseDuration } from "../policy/schema/primitives.ts";
import { type MetricProvider, metricPlan } from "../promotion/metric-analysis.ts";
import type { MetricRun } from "../promotion/metric-run.ts";
import type { Measurer } from "../promotion/ports.ts";
import { type AddressGuard, refusal } from "./address-guard.ts";
import { HttpJsonProvider } from "./http-json.ts";
import { CountersProvider, LoadProvider, ProbeProvider } from "./measured.ts";
import { PrometheusProvider } from "./prometheus.ts";

export interface ProviderContext {
  /**
   * A new measurer of the environment's driver (e.g. `() => new DriverMeasurer(driver)`), one per built-in
   * metric, since each keeps its own counter window. Absent: counters, probe and load metrics are refused.
   */
  measurer?: () => Measurer;
  /** The operator's allowance for Prometheus and JSON endpoint addresses (the app server's); absent on the CLI. */
  guard?: AddressGuard;
}

const DEFAULT_LOAD_MS = 2_000;
const DEFAULT_LOAD_CONNECTIONS = 4;

/**
 * The provider of one policy metric. Throws ConfigError (one line, naming the metric) for what can be known
 * before any reading: an address the operator does not allow, a built-in metric without a driver.
 */
export function metricProvider(
  name: string,
  provider: PolicyMetricProvider,
  context: ProviderContext,
  intervalMs?: number,
): MetricProvider {
  const ms = (text: string | undefined) => (text ? parseDuration(text) : undefined);
  if (provider.prometheus) {
    const { address, query, method, timeout } = provider.prometheus;
    const refused = refusal(context.guard, new URL(address), "Prometheus");
    if (refused) throw new ConfigError(`metric ${name}: ${refused}`);
    return new PrometheusProvider({ address, query, method, timeoutMs: ms(timeout), guard: context.guard });
  }
  if (provider.http) {
    const { url, headers, timeout } = provider.http;
    const refused = refusal(context.guard, new URL(url), "the JSON endpoint");
    if (refused) throw new ConfigError(`metric ${name}: ${refused}`);
    return new HttpJsonProvider({
      url,
      jsonPath: provider.http["json-path"],
      headers,
      timeoutMs: ms(timeout),
      guard: context.guard,
    });
  }
  const measurer = () => {
    if (!context.measurer)
      throw new ConfigError(`metric ${name}: a built-in metric needs the environment's driver here`);
    return context.measurer();
  };
  if (provider.counters) return new CountersProvider(measurer(), provider.counters.figure);
  if (provider.probe) return new ProbeProvider(measurer(), provider.probe.path);
  if (provider.load) {
    const load = provider.load;
    return new LoadProvider(measurer(), {
      figure: load.figure,
      connections: load.connections ?? DEFAULT_LOAD_CONNECTIONS,
      paths: load.paths ?? ["/"],
      durationMs: ms(load.duration) ?? intervalMs ?? DEFAULT_LOAD_MS,
      rate: load.rate,
    });
  }
  throw new ConfigError(`metric ${name}: no provider`);
}

/** An analysis step's metrics, ready for runMetrics. */
export function metricRuns(metrics: readonly PolicyNamedMetric[], context: ProviderContext): MetricRun[] {
  return metrics.map((metric) => {
    const plan = metricPlan(metric);
    return { plan, provider: metricProvider(metric.name, metric.provider, context, plan.intervalMs) };
  });
}
