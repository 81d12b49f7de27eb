import { COLORS } from "../drivers/types.ts";
import type { Router } from "./router.ts";

/** The router's figures in the Prometheus text exposition format (version 0.0.4). */
export function prometheusText(router: Router): string {
  const lines = [
    "# HELP terrafusion_router_active_color 1 for the color that receives new requests.",
    "# TYPE terrafusion_router_active_color gauge",
    ...COLORS.map((c) => `terrafusion_router_active_color{color="${c}"} ${router.activeColor === c ? 1 : 0}`),
    "# HELP terrafusion_router_requests_total Requests proxied, by color.",
    "# TYPE terrafusion_router_requests_total counter",
    "# HELP terrafusion_router_errors_total Requests that failed (5xx or no answer), by color.",
    "# TYPE terrafusion_router_errors_total counter",
    "# HELP terrafusion_router_upstream_healthy 1 when an upstream passes its health check.",
    "# TYPE terrafusion_router_upstream_healthy gauge",
    "# HELP terrafusion_router_switches_total Switches of the active color.",
    "# TYPE terrafusion_router_switches_total counter",
    `terrafusion_router_switches_total ${router.switches.length}`,
    "# HELP terrafusion_router_request_duration_seconds Time from request to the end of the response.",
    "# TYPE terrafusion_router_request_duration_seconds histogram",
  ];
  for (const color of COLORS) {
    const snap = router.snapshot(color);
    lines.push(`terrafusion_router_requests_total{color="${color}"} ${snap.requests}`);
    lines.push(`terrafusion_router_errors_total{color="${color}"} ${snap.errors}`);
    for (const upstream of router.pools[color].upstreams)
      lines.push(
        `terrafusion_router_upstream_healthy{color="${color}",upstream="${upstream.url.host}"} ${upstream.healthy ? 1 : 0}`,
      );
    snap.bucketsMs.forEach((bound, i) => {
      const le = Number.isFinite(bound) ? String(bound / 1000) : "+Inf";
      lines.push(
        `terrafusion_router_request_duration_seconds_bucket{color="${color}",le="${le}"} ${snap.bucketCounts[i]}`,
      );
    });
    lines.push(
      `terrafusion_router_request_duration_seconds_sum{color="${color}"} ${snap.latencySumMs / 1000}`,
    );
    lines.push(`terrafusion_router_request_duration_seconds_count{color="${color}"} ${snap.requests}`);
  }
  return `${lines.join("\n")}\n`;
}
