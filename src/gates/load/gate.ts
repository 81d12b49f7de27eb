/**
 * `terrafusion gate load`: load against the policy's target (or the service it starts), held against
 * the SLO, and against the base branch's result when one is given.
 */
import type { Command } from "commander";
import { formatShare, plural, round } from "../../core/format.ts";
import { type GateResult, gateResult } from "../../core/gate-result.ts";
import { ConfigError, describeError, UsageError } from "../../errors.ts";
import { inRepository, repositoryRoot } from "../../fs/in-repository.ts";
import { type RawLoadRun, runLoad, runLoadRaw } from "../../load/engine.ts";
import { findK6 } from "../../load/k6/find.ts";
import { installK6 } from "../../load/k6/install.ts";
import { runK6 } from "../../load/k6/run.ts";
import { type RunningService, startService } from "../../load/service.ts";
import { checkSlo, describeCheck, loadMetrics, type Slo } from "../../load/slo.ts";
import { parseDuration } from "../../policy/schema/primitives.ts";
import { durationFlag, wholeNumberFlag } from "../flag-values.ts";
import { assertAnswers } from "../reachable.ts";
import type { GateContext, GateDefinition } from "../types.ts";
import { mergeRuns } from "./merge.ts";
import { readPrevious } from "./previous.ts";
import { compareWithBase, median, spread } from "./regression.ts";
import { loadSummary } from "./summary.ts";

export const DEFAULT_SLO: Slo = { "p95-ms": 100, "error-rate": 0.01 };
const DEFAULT_RUNS = 3;
const MIN_RUN_MS = 500;
const WARMUP_MS = 300;

export interface LoadGateOptions {
  /** A previous load GateResult (the base branch's) to compare with. */
  previous?: string;
  /** Repeats of the load run (noise control for the comparison with the base). */
  runs?: number;
  /** Path of the k6 binary. */
  k6?: string;
  /** Overrides the policy's duration (e.g. "2s"), for a quick local run. */
  duration?: string;
}

export const loadGate: GateDefinition = {
  name: "load",
  summary: "load the service (autocannon or k6) and hold p95, p99 and error rate against the policy's SLO",
  configure(command: Command) {
    command
      .option(
        "--previous <file>",
        "the base branch's load GateResult JSON: fail when p95 grew more than max-regression",
      )
      .option(
        "--runs <n>",
        "repeat the load this many times, 1 to 20; the best runs are compared with the base (default: 3)",
        wholeNumberFlag("--runs", 1, 20),
      )
      .option("--k6 <path>", "the k6 binary (default: k6 on PATH)")
      .option(
        "--duration <duration>",
        "total load time, e.g. 2s; overrides gates.load.duration (default: the policy's, else 10s)",
        durationFlag("--duration", "2s"),
      );
  },
  async run(context) {
    const startedAt = new Date();
    try {
      return await measure(context, startedAt);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const { message } = describeError(error);
      return gateResult({
        gate: "load",
        conclusion: "error",
        headline: message.split("\n")[0] ?? message,
        error: message,
        summary: `### Load\n\n**Could not measure:** ${message}\n`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
      });
    }
  },
};

async function measure(context: GateContext, startedAt: Date): Promise<GateResult> {
  const config = context.policy.gates?.load;
  const options = context.options as LoadGateOptions;
  const finish = (
    fields: Pick<GateResult, "conclusion" | "headline" | "summary"> &
      Partial<Pick<GateResult, "metrics" | "thresholds" | "base">>,
  ) =>
    gateResult({
      gate: "load",
      ...fields,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
    });
  if (!config || config.enabled === false) {
    return finish({
      conclusion: "skipped",
      headline: "the load gate is not enabled in the policy",
      summary: "### Load\n\nSkipped: add `gates.load` to `.github/terrafusion.yml` to enable it.\n",
    });
  }
  const slo: Slo = { ...DEFAULT_SLO, ...config.slo };
  const durationText = options.duration ?? config.duration ?? "10s";
  const durationMs = parseDuration(durationText);
  if (durationMs === undefined)
    throw new UsageError(
      `--duration ${JSON.stringify(durationText)}: expected a duration such as 2s or 500ms`,
    );
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    throw new UsageError(`--runs ${runs}: expected a whole number from 1 to 20`);
  const previous = options.previous ? readPrevious(context.cwd, options.previous) : undefined;
  const engine = config.engine ?? (config.script ? "k6" : "autocannon");
  const target = config.target ?? (config.service ? new URL(config.service["ready-url"]).origin : undefined);
  if (engine === "autocannon" && !target)
    throw new ConfigError(
      "gates.load.target: nothing to load; set target (e.g. http://127.0.0.1:3000) or service.ready-url",
    );
  if (engine === "k6" && !config.script)
    throw new ConfigError("gates.load.script: engine k6 needs a k6 script (e.g. script: test/load/smoke.js)");
  if (config.script) {
    const contained = inRepository(repositoryRoot(context.cwd), config.script, context.cwd);
    if (!contained.inside)
      throw new ConfigError(`gates.load.script: ${JSON.stringify(config.script)} ${contained.reason}`);
  }

  let service: RunningService | undefined;
  try {
    if (config.service) {
      const timeoutMs = config.service.timeout ? parseDuration(config.service.timeout) : undefined;
      context.progress(`starting the service: ${config.service.command}`);
      service = await startService(
        {
          command: config.service.command,
          readyUrl: config.service["ready-url"],
          timeoutMs,
          instances: config.service.instances,
          cwd: context.cwd,
        },
        { signal: context.signal, progress: context.progress },
      );
    }
    if (engine === "k6") {
      const binary = await findK6({ explicit: options.k6, cwd: context.cwd, install: () => installK6() });
      context.progress(`running k6 ${config.script}`);
      const k6 = await runK6({
        binary,
        script: config.script!,
        cwd: context.cwd,
        slo,
        target,
        signal: context.signal,
      });
      const s = k6.summary;
      const checks = checkSlo(s, slo);
      const crossed = s.thresholds.filter((t) => !t.ok);
      const failed = k6.thresholdsCrossed || crossed.length > 0 || checks.some((c) => !c.ok);
      const metrics = loadMetrics({ ...s, errors: 0, statusCodes: {}, durationMs: 0, timeline: [] });
      return finish({
        conclusion: failed ? "failure" : "success",
        headline: headline(s.latency.p95, s.errorRate, failed, [
          ...crossed.map((t) => `k6 threshold ${t.metric} ${t.expression} crossed`),
          ...checks.filter((c) => !c.ok).map(describeCheck),
        ]),
        metrics,
        thresholds: thresholdsOf(slo),
        summary: loadSummary({
          engine: `k6 (${s.format})`,
          target: target ?? config.script!,
          ...s,
          runs: [s.latency.p95],
          checks,
          thresholds: s.thresholds,
        }),
      });
    }

    const urls =
      service && service.instances.length > 1 ? service.instances.map((i) => i.baseUrl) : [target!];
    const runMs = Math.max(MIN_RUN_MS, Math.round(durationMs / runs));
    if (!service)
      for (const url of urls)
        await assertAnswers(
          url,
          "gates.load.target",
          "start the service first, or set gates.load.service so the gate starts it",
        );
    // A cold service (JIT, connection pools) would make the first run look slower than the rest.
    context.progress(`warming up for ${WARMUP_MS} ms`);
    await runLoad({
      url: urls,
      paths: config.paths,
      durationMs: WARMUP_MS,
      connections: config.connections ?? 10,
      rate: config.rate,
      signal: context.signal,
    });
    const raw: RawLoadRun[] = [];
    const runOnce = async (label: string) => {
      context.progress(
        `${label}: ${plural(config.connections ?? 10, "connection")} for ${runMs / 1000}s against ${urls.join(", ")}${config.paths ? ` (${config.paths.join(", ")})` : ""}`,
      );
      const one = await runLoadRaw({
        url: urls,
        paths: config.paths,
        durationMs: runMs,
        connections: config.connections ?? 10,
        rate: config.rate,
        signal: context.signal,
      });
      context.progress(
        `${label}: ${plural(one.stats.requests, "request")}, p95 ${one.stats.latency.p95} ms, ${formatShare(one.stats.errorRate)} errors`,
      );
      raw.push(one);
    };
    for (let run = 1; run <= runs && !context.signal?.aborted; run++) await runOnce(`run ${run}/${runs}`);
    const maxRegression = config["max-regression"] ?? 0.1;
    const compare = () =>
      previous
        ? compareWithBase({
            headRuns: raw.map((one) => one.stats.latency.p95),
            base: previous.metrics,
            maxRegression,
          })
        : undefined;
    let regression = compare();
    if (regression?.regressed && !context.signal?.aborted) {
      // One noisy stretch must not fail a pull request: an apparent regression has to survive more runs.
      context.progress(`${regression.message}; confirming with ${plural(runs, "more run")}`);
      for (let run = 1; run <= runs && !context.signal?.aborted; run++)
        await runOnce(`confirmation ${run}/${runs}`);
      regression = compare();
    }
    const stats = mergeRuns(raw);
    const runP95s = raw.map((one) => one.stats.latency.p95);
    const checks = checkSlo(stats, slo);
    const failed = checks.some((c) => !c.ok) || Boolean(regression?.regressed);
    const reasons = checks.filter((c) => !c.ok).map(describeCheck);
    if (regression?.regressed) reasons.push(regression.message);
    return finish({
      conclusion: failed ? "failure" : "success",
      headline:
        headline(stats.latency.p95, stats.errorRate, failed, reasons) +
        (regression && !failed ? `; ${regression.message}` : ""),
      metrics: {
        ...loadMetrics(stats),
        runs: raw.length,
        "p95-ms-best": round(Math.min(...runP95s), 3),
        "p95-ms-median": round(median(runP95s), 3),
        "p95-ms-spread": round(spread(runP95s), 3),
      },
      thresholds: {
        ...thresholdsOf(slo),
        ...(previous ? { "max-regression": maxRegression } : {}),
      },
      base: previous?.metrics,
      summary: loadSummary({
        engine: "autocannon",
        target: urls.join(", "),
        ...stats,
        runs: runP95s,
        checks,
        regression,
        base: previous?.metrics,
      }),
    });
  } finally {
    if (service) {
      context.progress("stopping the service");
      await service.stop();
    }
  }
}

function thresholdsOf(slo: Slo): Record<string, number> {
  return Object.fromEntries(Object.entries(slo).filter(([, v]) => typeof v === "number")) as Record<
    string,
    number
  >;
}

function headline(p95: number, errorRate: number, failed: boolean, reasons: string[]): string {
  const figures = `p95 ${round(p95, 2)} ms, ${formatShare(errorRate)} errors`;
  return failed ? `${figures}: ${reasons.join("; ")}` : `${figures}: within the SLO`;
}
