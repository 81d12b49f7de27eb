/**
 * `terrafusion gate chaos`: the policy's experiments, one after the other, through a toxiproxy proxy
 * in front of the service. Everything the gate creates (toxiproxy server, proxy, toxics, balancer,
 * service) is removed at the end, on failure and on interrupt too.
 */
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { type Balancer, startBalancer } from "../../chaos/balancer.ts";
import { type ExperimentResult, type ExperimentSpec, runExperiment } from "../../chaos/experiment.ts";
import { startToxiproxyServer, type ToxiproxyServer } from "../../chaos/server.ts";
import { Toxiproxy } from "../../chaos/toxiproxy.ts";
import { plural, round } from "../../core/format.ts";
import { type GateResult, gateResult } from "../../core/gate-result.ts";
import { ConfigError, describeError, UsageError } from "../../errors.ts";
import { type RunningService, startService } from "../../load/service.ts";
import type { Slo } from "../../load/slo.ts";
import { parseDuration } from "../../policy/schema/primitives.ts";
import { onInterrupt } from "../../process/cleanup.ts";
import { durationFlag } from "../flag-values.ts";
import { assertAnswers } from "../reachable.ts";
import type { GateContext, GateDefinition } from "../types.ts";
import { chaosSummary } from "./summary.ts";

const DEFAULT_SLO: Slo = { "p95-ms": 100, "error-rate": 0.01 };
const DEFAULT_PHASE = "5s";
const DEFAULT_RECOVERY_SECONDS = 10;

export interface ChaosGateOptions {
  /** Overrides every experiment's phase length (e.g. "1s"), for a quick local run. */
  duration?: string;
  /** Use this toxiproxy API instead of the policy's or a started one. */
  toxiproxy?: string;
}

export const chaosGate: GateDefinition = {
  name: "chaos",
  summary: "inject faults with toxiproxy under load: the SLO must hold, and recover in time",
  configure(command: Command) {
    command
      .option(
        "--duration <duration>",
        "length of each phase (steady, fault), e.g. 1s; overrides each experiment's duration (default: 5s)",
        durationFlag("--duration", "1s"),
      )
      .option("--toxiproxy <url>", "a running toxiproxy API to use instead of starting toxiproxy-server");
  },
  async run(context) {
    const startedAt = new Date();
    try {
      return await experiment(context, startedAt);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const { message } = describeError(error);
      return gateResult({
        gate: "chaos",
        conclusion: "error",
        headline: message.split("\n")[0] ?? message,
        error: message,
        summary: `### Chaos\n\n**Could not run the experiments:** ${message}\n`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
      });
    }
  },
};

async function experiment(context: GateContext, startedAt: Date): Promise<GateResult> {
  const config = context.policy.gates?.chaos;
  const options = context.options as ChaosGateOptions;
  const finish = (
    fields: Pick<GateResult, "conclusion" | "headline" | "summary"> &
      Partial<Pick<GateResult, "metrics" | "thresholds">>,
  ) =>
    gateResult({
      gate: "chaos",
      ...fields,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
    });
  if (!config || config.enabled === false || !config.experiments?.length) {
    return finish({
      conclusion: "skipped",
      headline:
        config?.enabled === false ? "the chaos gate is disabled" : "no chaos experiments in the policy",
      summary:
        "### Chaos\n\nSkipped: add `gates.chaos.experiments` to `.github/terrafusion.yml` to run some.\n",
    });
  }
  const gateSlo: Slo = { ...DEFAULT_SLO, ...config.slo };
  const overridden = options.duration ? parseDuration(options.duration) : undefined;
  if (options.duration && overridden === undefined)
    throw new UsageError(
      `--duration ${JSON.stringify(options.duration)}: expected a duration such as 1s or 500ms`,
    );
  const specs: ExperimentSpec[] = config.experiments.map((e) => ({
    name: e.name,
    toxic: e.toxic,
    attributes: e.attributes,
    toxicity: e.toxicity,
    stream: e.stream,
    phaseMs: overridden ?? parseDuration(e.duration ?? DEFAULT_PHASE)!,
    slo: { ...gateSlo, ...e.slo },
    recoveryMs: (e["recovery-seconds"] ?? DEFAULT_RECOVERY_SECONDS) * 1000,
  }));
  // A killed instance stays dead: the experiments that need all instances run first.
  specs.sort((a, b) => Number(a.toxic === "process-kill") - Number(b.toxic === "process-kill"));
  const killing = specs.some((spec) => spec.toxic === "process-kill");
  if (killing && !config.service)
    throw new ConfigError(
      "gates.chaos.service: a process-kill experiment needs the gate to start the service (service: { command, ready-url, instances: 2 })",
    );
  const target = config.target ?? (config.service ? new URL(config.service["ready-url"]).origin : undefined);
  if (!target)
    throw new ConfigError(
      "gates.chaos.target: no service to put faults in front of; set target (e.g. http://127.0.0.1:3000) or service",
    );
  const targetUrl = new URL(target);

  const undo: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const step of undo.splice(0).reverse()) await step().catch(() => undefined);
  };
  const forget = onInterrupt(cleanup);
  try {
    let service: RunningService | undefined;
    let upstream = `${targetUrl.hostname}:${targetUrl.port || 80}`;
    if (config.service) {
      context.progress(`starting the service: ${config.service.command}`);
      service = await startService(
        {
          command: config.service.command,
          readyUrl: config.service["ready-url"],
          timeoutMs: config.service.timeout ? parseDuration(config.service.timeout) : undefined,
          instances: config.service.instances,
          cwd: context.cwd,
        },
        { signal: context.signal, progress: context.progress },
      );
      const running = service;
      undo.push(() => running.stop());
      const balancer: Balancer = await startBalancer(
        running.instances.map((instance) => ({ host: "127.0.0.1", port: instance.port })),
      );
      undo.push(() => balancer.close());
      upstream = `${balancer.host}:${balancer.port}`;
    }

    if (!service)
      await assertAnswers(
        target,
        "gates.chaos.target",
        "start the service first, or set gates.chaos.service so the gate starts it",
      );
    let toxiproxy: Toxiproxy;
    const given = options.toxiproxy ?? config.toxiproxy;
    if (given) {
      toxiproxy = new Toxiproxy(given);
      context.progress(`using toxiproxy ${await toxiproxy.version()} at ${given}`);
    } else {
      // The chaos action may have installed one off PATH.
      const server: ToxiproxyServer = await startToxiproxyServer(
        process.env.TERRAFUSION_TOXIPROXY_SERVER || undefined,
      );
      undo.push(() => server.stop());
      toxiproxy = server.client;
      context.progress(`started toxiproxy-server ${await toxiproxy.version()} at ${toxiproxy.apiUrl}`);
    }
    const proxyName = `terrafusion-${process.pid}-${randomBytes(3).toString("hex")}`;
    const proxy = await toxiproxy.createProxy({ name: proxyName, listen: "127.0.0.1:0", upstream });
    undo.push(() => toxiproxy.deleteProxy(proxyName));
    const loadUrl = `${targetUrl.protocol}//${proxy.listen}${targetUrl.pathname === "/" ? "" : targetUrl.pathname}`;
    context.progress(`proxy ${proxyName}: ${proxy.listen} → ${upstream}`);

    const results: ExperimentResult[] = [];
    for (const spec of specs) {
      if (context.signal?.aborted) break;
      results.push(
        await runExperiment(spec, {
          toxiproxy,
          proxyName,
          loadUrl,
          paths: config.paths,
          connections: config.connections ?? 10,
          timeoutMs: 2000,
          service,
          progress: context.progress,
          signal: context.signal,
        }),
      );
    }
    const failed = results.filter((r) => !r.passed);
    const metrics: Record<string, number | null> = {};
    for (const r of results) {
      metrics[`${r.name}.steady-p95-ms`] = r.steady.latency.p95;
      metrics[`${r.name}.fault-p95-ms`] = r.fault.latency.p95;
      metrics[`${r.name}.fault-error-rate`] = round(r.fault.errorRate, 5);
      metrics[`${r.name}.recovery-s`] = r.recoveryMs === null ? null : r.recoveryMs / 1000;
    }
    const thresholds: Record<string, number> = {};
    for (const spec of specs) thresholds[`${spec.name}.recovery-s`] = spec.recoveryMs / 1000;
    return finish({
      conclusion: failed.length ? "failure" : "success",
      headline: failed.length
        ? `${failed.length} of ${plural(results.length, "experiment")} failed: ${failed.map((r) => `${r.name} (${r.reasons.join("; ")})`).join(", ")}`
        : `${plural(results.length, "experiment")} held the SLO and recovered in time`,
      metrics,
      thresholds,
      summary: chaosSummary(results),
    });
  } finally {
    context.progress("removing the proxy, its toxics and what the gate started");
    await cleanup();
    forget();
  }
}
