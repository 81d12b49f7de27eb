import { COLORS } from "../drivers/types.ts";
import type { Router } from "./router.ts";
import { weightsOf } from "./split.ts";

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  type: "counter" | "gauge" | "histogram";
  /** Full sample names (a histogram's _bucket, _sum, _count), labels and values. */
  samples: [name: string, labels: Labels, value: number][];
}

/**
 * The router's figures in the Prometheus text exposition format (version 0.0.4). Each family is written as
 * one group, HELP and TYPE once and then all its samples, as the format requires (a scraper may otherwise
 * drop or reject the repeated family).
 */
export function prometheusText(router: Router): string {
  const families = routerFamilies(router);
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
    for (const [name, labels, value] of family.samples)
      lines.push(`${name}${labelText(labels)} ${number(value)}`);
  }
  return `${lines.join("\n")}\n`;
}

function routerFamilies(router: Router): Family[] {
  const snapshots = COLORS.map((color) => ({ color, snap: router.snapshot(color) }));
  const duration = "terrafusion_router_request_duration_seconds";
  const weights = weightsOf({ active: router.activeColor, weight: router.weight });
  return [
    {
      name: "terrafusion_router_active_color",
      help: "1 for the color that receives new requests.",
      type: "gauge",
      samples: COLORS.map((color) => [
        "terrafusion_router_active_color",
        { color },
        router.activeColor === color ? 1 : 0,
      ]),
    },
    {
      name: "terrafusion_router_traffic_weight_percent",
      help: "Percent of new requests sent to the color (100 for the active one in blue-green).",
      type: "gauge",
      samples: COLORS.map((color) => [
        "terrafusion_router_traffic_weight_percent",
        { color },
        weights[color],
      ]),
    },
    {
      name: "terrafusion_router_requests_total",
      help: "Requests proxied, by color.",
      type: "counter",
      samples: snapshots.map(({ color, snap }) => [
        "terrafusion_router_requests_total",
        { color },
        snap.requests,
      ]),
    },
    {
      name: "terrafusion_router_errors_total",
      help: "Requests that failed (5xx or no answer), by color.",
      type: "counter",
      samples: snapshots.map(({ color, snap }) => [
        "terrafusion_router_errors_total",
        { color },
        snap.errors,
      ]),
    },
    {
      name: "terrafusion_router_upstream_healthy",
      help: "1 when an upstream passes its health check.",
      type: "gauge",
      samples: COLORS.flatMap((color) =>
        router.pools[color].upstreams.map(
          (upstream) =>
            [
              "terrafusion_router_upstream_healthy",
              { color, upstream: upstream.url.host },
              upstream.healthy ? 1 : 0,
            ] as Family["samples"][number],
        ),
      ),
    },
    {
      name: "terrafusion_router_switches_total",
      help: "Switches of the active color.",
      type: "counter",
      samples: [["terrafusion_router_switches_total", {}, router.switches.length]],
    },
    {
      name: "terrafusion_router_weight_changes_total",
      help: "Changes of the canary weight.",
      type: "counter",
      samples: [["terrafusion_router_weight_changes_total", {}, router.weightChanges.length]],
    },
    {
      name: duration,
      help: "Time from request to the end of the response.",
      type: "histogram",
      samples: snapshots.flatMap(({ color, snap }) => [
        ...snap.bucketsMs.map(
          (bound, i) =>
            [
              `${duration}_bucket`,
              { color, le: Number.isFinite(bound) ? String(bound / 1000) : "+Inf" },
              snap.bucketCounts[i] ?? 0,
            ] as Family["samples"][number],
        ),
        [`${duration}_sum`, { color }, snap.latencySumMs / 1000],
        [`${duration}_count`, { color }, snap.requests],
      ]),
    },
  ];
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
  return pairs.length ? `{${pairs.join(",")}}` : "";
}

/** The format's escapes: in label values backslash, double quote and newline; in HELP backslash and newline. */
function escapeLabel(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function number(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  return String(value);
}
