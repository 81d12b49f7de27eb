import type { TrafficDriver } from "../drivers/types.ts";
import { begin, STAGE_PHASE, type Step, stageAnalysis, step } from "./machine.ts";
import type { AnalysisVerdict } from "./metric-analysis.ts";
import { type MetricRun, runMetrics } from "./metric-run.ts";
import type { Measurer } from "./ports.ts";
import type {
  AnalysisPlan,
  PromotionCommand,
  PromotionEvent,
  PromotionPlan,
  PromotionState,
  Stage,
  StatusCommand,
} from "./types.ts";

/** Where a promotion is recorded: GitHub deployment statuses and issues, or a local recorder. */
export interface Reporter {
  status(command: StatusCommand, state: PromotionState): Promise<void>;
  incident?(state: PromotionState): Promise<void>;
  revertPr?(state: PromotionState): Promise<void>;
}

export interface RunnerPorts {
  driver: TrafficDriver;
  reporter: Reporter;
  measurer: Measurer;
  /** Problems that forbid the promotion (gates, review, promoter, blocked SHA); empty to go ahead. */
  verify(plan: PromotionPlan): Promise<string[]>;
  /**
   * Just before the switch: problems that forbid moving traffic now (another promotion of the environment in
   * progress, by GitHub's record); empty or absent to go ahead.
   */
  claim?(plan: PromotionPlan): Promise<string[]>;
  now?: () => number;
  /**
   * The named metrics of a step, with their providers (src/metrics/providers.ts). May throw (a ConfigError:
   * an address the operator does not allow); the step's metrics are then an error, and the step fails.
   */
  metrics?(stage: Stage, canaryStep?: number): MetricRun[];
  /** Called after every transition, for progress lines. */
  onStep?(state: PromotionState, command: PromotionCommand): void;
}

/** Runs a promotion: applies the pure machine and executes its commands against the driver and the reporter. */
export class PromotionRunner {
  private injected: PromotionEvent[] = [];
  private wake?: () => void;
  /** The named metrics running beside a step, stopped when the promotion leaves it. */
  private readonly metricRuns = new Map<Stage, AbortController>();
  private readonly now: () => number;
  state?: PromotionState;

  constructor(private readonly ports: RunnerPorts) {
    this.now = ports.now ?? Date.now;
  }

  /** Starts a new promotion and runs it to a final phase. */
  async promote(plan: PromotionPlan): Promise<PromotionState> {
    await Promise.all([this.ports.measurer.mark(plan.from), this.ports.measurer.mark(plan.to)]);
    return this.run(begin(plan, this.now()));
  }

  /** Continues a promotion found in progress after a restart. */
  async resume(state: PromotionState): Promise<PromotionState> {
    await this.ports.measurer.mark(state.plan.to);
    let active: PromotionEvent;
    try {
      active = { type: "resume", at: this.now(), active: await this.ports.driver.active() };
    } catch (error) {
      active = {
        type: "command-failed",
        at: this.now(),
        command: "reading the active color",
        error: message(error),
      };
    }
    return this.run(step(state, active));
  }

  /** An event from outside (a failed check, /rollback): handled at the next command or during a wait. */
  inject(event: PromotionEvent): void {
    this.injected.push(event);
    this.wake?.();
  }

  async run(first: Step): Promise<PromotionState> {
    try {
      return await this.loop(first);
    } finally {
      for (const stop of this.metricRuns.values()) stop.abort();
      this.metricRuns.clear();
    }
  }

  private async loop(first: Step): Promise<PromotionState> {
    let state = first.state;
    let queue = [...first.commands];
    const apply = (event: PromotionEvent) => {
      const next = step(state, event);
      state = next.state;
      this.state = state;
      // Metrics of a step the promotion has left (aborted, rolled back) have nothing more to say.
      for (const [stage, stop] of this.metricRuns)
        if (state.phase !== STAGE_PHASE[stage]) {
          stop.abort();
          this.metricRuns.delete(stage);
        }
      return next.commands;
    };
    this.state = state;
    while (queue.length > 0) {
      const pending = this.injected.splice(0);
      let replaced = false;
      for (const event of pending) {
        const commands = apply(event);
        if (commands.length > 0) {
          queue = commands;
          replaced = true;
        }
      }
      if (replaced) continue;
      const command = queue.shift()!;
      this.ports.onStep?.(state, command);
      let event: PromotionEvent | { retry: PromotionCommand } | undefined;
      try {
        event = await this.execute(command, state);
      } catch (error) {
        if (command.type === "status" && state.phase === "error") break;
        event = { type: "command-failed", at: this.now(), command: label(command), error: message(error) };
      }
      if (command.type === "done") break;
      if (event && "retry" in event) {
        // Woken by an injected event: handle it, then wait out the rest of the interval.
        queue.unshift(event.retry);
        continue;
      }
      if (event) {
        const commands = apply(event);
        // An event that only updates the state (a status written) leaves the queue as it was.
        if (commands.length > 0) queue = [...commands, ...queue.filter((c) => c.type !== "analyse")];
      }
    }
    return state;
  }

  private async execute(
    command: PromotionCommand,
    state: PromotionState,
  ): Promise<PromotionEvent | { retry: PromotionCommand } | undefined> {
    const { driver, reporter, measurer } = this.ports;
    const { plan } = state;
    switch (command.type) {
      case "status":
        await reporter.status(command, state);
        return { type: "recorded", at: this.now(), phase: command.phase };
      case "verify": {
        const problems = [...(await this.ports.verify(plan))];
        if (plan.canary?.length && !driver.setWeight)
          problems.push(
            `a canary needs a driver that splits traffic, and the ${driver.kind} driver does not: see docs/promotion.md#canary`,
          );
        return { type: "verified", at: this.now(), problems };
      }
      case "claim":
        return { type: "claimed", at: this.now(), problems: (await this.ports.claim?.(plan)) ?? [] };
      case "metrics":
        this.startMetrics(command, plan);
        return undefined;
      case "await-metrics":
        if (!this.metricRuns.has(command.stage) && this.injected.length === 0)
          return this.metricsEvent(command.stage, verdictOf("error", "the metrics were not started"));
        // Their verdict arrives as an injected event; the machine then replaces this command.
        if (this.injected.length === 0)
          await new Promise<void>((resolve) => {
            this.wake = () => {
              this.wake = undefined;
              resolve();
            };
          });
        return { retry: command };
      case "weight":
        if (!driver.setWeight) throw new Error(`the ${driver.kind} driver cannot split traffic`);
        await driver.setWeight(command.canary, command.percent);
        return { type: "weighted", at: this.now(), percent: command.percent };
      case "wait": {
        const left = await this.sleep(command.afterMs);
        if (left > 0) return { retry: { ...command, afterMs: left } };
        return { type: "waited", at: this.now() };
      }
      case "analyse": {
        const analysis = stageAnalysis(state, command.stage);
        if (command.stage !== "pre" && analysis?.load && command.afterMs > 0)
          return this.measureUnderLoad(command, plan, analysis);
        const left = await this.sleep(command.afterMs);
        if (left > 0) return { retry: { ...command, afterMs: left } };
        if (command.stage === "pre") {
          const health = await driver.health(command.color);
          const measurement = await measurer.measure(command.color, {
            slo: plan.pre?.slo ?? {},
            probe: plan.pre?.probe,
            url: plan.url,
            load: plan.pre?.load,
          });
          if (!health.healthy) {
            measurement.ok = false;
            measurement.problems.unshift(`${command.color} unhealthy: ${health.detail}`);
          }
          // The active color before anything moved: measured once, with the first pre-promotion measurement.
          const baseline = state.baseline
            ? undefined
            : await measurer.measure(plan.from, { slo: plan.post.slo, url: plan.url });
          return { type: "pre-analysed", at: this.now(), measurement, baseline };
        }
        const measurement = await measurer.measure(command.color, {
          slo: analysis?.slo ?? plan.post.slo,
          probe: analysis?.probe,
          url: plan.url,
        });
        return { type: "measured", at: this.now(), measurement };
      }
      case "switch":
        await driver.switchTo(command.to);
        return state.phase === "rolling-back"
          ? { type: "switched-back", at: this.now() }
          : { type: "switched", at: this.now() };
      case "incident":
        await reporter.incident?.(state);
        return undefined;
      case "revert-pr":
        await reporter.revertPr?.(state);
        return undefined;
      case "done":
        return undefined;
    }
  }

  /**
   * Starts a step's named metrics in the background: they keep their own intervals while the step's other
   * measurements go on, and their verdict is handed in like any outside event (a failure stops the step
   * at once, even in the middle of a wait).
   */
  private startMetrics(command: Extract<PromotionCommand, { type: "metrics" }>, plan: PromotionPlan): void {
    this.metricRuns.get(command.stage)?.abort();
    const stop = new AbortController();
    this.metricRuns.set(command.stage, stop);
    const verdict = (async (): Promise<AnalysisVerdict> => {
      if (!this.ports.metrics) return verdictOf("error", "no metric providers were given to this promotion");
      const runs = this.ports.metrics(command.stage, command.step);
      const result = await runMetrics(runs, {
        target: { color: command.color, version: plan.version ?? plan.sha, url: plan.url },
        durationMs: command.durationMs,
        signal: stop.signal,
        now: this.now,
      });
      return { phase: result.phase, metrics: result.metrics, reason: result.reason };
    })();
    verdict
      .catch((error: unknown) => verdictOf("error", message(error)))
      .then((result) => {
        if (stop.signal.aborted) return;
        this.metricRuns.delete(command.stage);
        this.inject(this.metricsEvent(command.stage, result));
      });
  }

  private metricsEvent(stage: Stage, verdict: AnalysisVerdict): PromotionEvent {
    return { type: "metrics-analysed", at: this.now(), stage, verdict };
  }

  /**
   * A post-promotion interval filled by a short load run of the new color, then judged on its figures.
   * An injected event (a failed check, /rollback) stops the run at once; its partial figures are dropped.
   */
  private async measureUnderLoad(
    command: Extract<PromotionCommand, { type: "analyse" }>,
    plan: PromotionPlan,
    analysis: Partial<AnalysisPlan>,
  ): Promise<PromotionEvent | { retry: PromotionCommand }> {
    if (this.injected.length > 0) return { retry: command };
    const stop = new AbortController();
    const until = this.now() + command.afterMs;
    this.wake = () => stop.abort();
    try {
      const measurement = await this.ports.measurer.measure(command.color, {
        slo: analysis.slo ?? plan.post.slo,
        probe: analysis.probe,
        url: plan.url,
        load: { ...analysis.load!, durationMs: command.afterMs, signal: stop.signal },
      });
      if (stop.signal.aborted) return { retry: { ...command, afterMs: Math.max(1, until - this.now()) } };
      return { type: "measured", at: this.now(), measurement };
    } finally {
      this.wake = undefined;
    }
  }

  /** Waits, waking early for an injected event; resolves to the milliseconds left (0 when it slept in full). */
  private sleep(ms: number): Promise<number> {
    if (ms <= 0) return Promise.resolve(0);
    const until = this.now() + ms;
    if (this.injected.length > 0) return Promise.resolve(ms);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve(0);
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(Math.max(1, until - this.now()));
      };
    });
  }
}

function label(command: PromotionCommand): string {
  switch (command.type) {
    case "status":
      return "writing the deployment status";
    case "switch":
      return `switching to ${command.to}`;
    case "analyse":
      return `analysing ${command.color}`;
    case "weight":
      return `sending ${command.percent} % of traffic to ${command.canary}`;
    case "claim":
      return "checking for another promotion";
    default:
      return command.type;
  }
}

function verdictOf(phase: AnalysisVerdict["phase"], reason: string): AnalysisVerdict {
  return { phase, metrics: [], reason };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
