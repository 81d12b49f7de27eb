import type { Command } from "commander";
import { createDriver } from "../../drivers/index.ts";
import { otherColor } from "../../drivers/types.ts";
import { EXIT, UsageError } from "../../errors.ts";
import { readGateResults } from "../../fs/gate-results.ts";
import { loadPolicy } from "../../fs/load-policy.ts";
import { DriverMeasurer } from "../../metrics/driver-measurer.ts";
import { policyMetricSource } from "../../metrics/metric-source.ts";
import { notifierSink } from "../../notify/sink.ts";
import { environmentOf } from "../../promotion/environments.ts";
import { gateCheckRuns } from "../../promotion/gate-checks.ts";
import { MemoryDeploymentRecord } from "../../promotion/memory-record.ts";
import { PromotionService } from "../../promotion/service.ts";
import { requiredChecks } from "../../promotion/verify.ts";
import { type Io, progress } from "../io.ts";
import { cwdOption } from "../options.ts";
import { registerRouterCommand } from "./router.ts";

/** How long a finished promotion waits for its notifications before the command exits. */
const NOTICE_GRACE_MS = 10_000;

interface EnvFlags {
  cwd: string;
  policy?: string;
}

async function policyAndEnvironment(name: string, flags: EnvFlags) {
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy });
  return { policy, env: environmentOf(policy, name) };
}

/** `terrafusion promote`, `terrafusion rollback`, and `terrafusion router` (src/cli/commands/router.ts). */
export function registerPromoteCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("promote")
    .description(
      "promote ENV, blue-green or canary: check the idle color, move traffic (at once or by the steps), watch the SLOs, roll back by itself",
    )
    .argument("<environment>", "an environment under deploy.environments in the policy")
    .requiredOption("--to <version>", "(required) the version (or commit) now running on the idle color")
    .addOption(cwdOption())
    .option("--policy <file>", "the policy file (default: .github/terrafusion.yml)")
    .option("--promoter <login>", "who promotes, for the record (default: $USER)")
    .option(
      "--results <path>",
      "a GateResult JSON of the version (terrafusion gate NAME --output FILE), or a folder of them; repeatable. The policy's requires: are checked against them (without: not checked)",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(async (name: string, flags: EnvFlags & { to: string; promoter?: string; results: string[] }) => {
      const { policy, env } = await policyAndEnvironment(name, flags);
      const results = flags.results.length > 0 ? readGateResults(flags.cwd, flags.results) : undefined;
      const driver = createDriver(env.driver, io.env, flags.cwd);
      const say = progress(io, `promote ${name}`);
      const record = new MemoryDeploymentRecord(
        (status) => say(`${status.state.padEnd(11)} ${status.description}`),
        Date.now,
        results && gateCheckRuns(results),
      );
      say(`statuses go to a ${record.name}; the app records them on GitHub`);
      const required = requiredChecks(env);
      if (results)
        say(`gate results: ${results.map((r) => `${r.gate} ${r.conclusion}`).join(", ")} (--results)`);
      else if (required.length > 0)
        say(
          `requires ${required.join(", ")}: not checked here without --results (the gates' GateResult files)`,
        );
      const promoter = flags.promoter ?? io.env.USER ?? "cli";
      const deployment = await record.createDeployment({
        sha: flags.to,
        environment: name,
        description: `terrafusion promote, run by ${promoter}`,
        payload: { promoter, version: flags.to },
      });
      // Run by the team itself: its metrics may query any address (no operator guard, unlike the app).
      const service = new PromotionService({
        measurerFor: (d) => new DriverMeasurer(d),
        metrics: policyMetricSource,
        notices: notifierSink(io.env, { warn: say }),
      });
      const { done } = await service.start({
        record,
        policy,
        deployment,
        promoter,
        driver,
        retry: "run it again after it",
      });
      const state = await done;
      if (!(await service.noticesSent(NOTICE_GRACE_MS)))
        say(`notifications still in flight after ${NOTICE_GRACE_MS / 1000}s were dropped`);
      setExit(state.phase === "succeeded" ? EXIT.ok : EXIT.failed);
    });

  program
    .command("rollback")
    .description(
      "switch ENV back to the other color at once (during a canary: all traffic back on the active one)",
    )
    .argument("<environment>", "an environment under deploy.environments in the policy")
    .addOption(cwdOption())
    .option("--policy <file>", "the policy file (default: .github/terrafusion.yml)")
    .action(async (name: string, flags: EnvFlags) => {
      const { env } = await policyAndEnvironment(name, flags);
      const driver = createDriver(env.driver, io.env, flags.cwd);
      const active = await driver.active();
      const to = otherColor(active);
      // During a canary the active color is still the old version: rolling back is taking the weight to 0.
      const canaryShare = (await driver.weights?.())?.[to] ?? 0;
      if (canaryShare > 0) {
        await driver.switchTo(active);
        io.out(`${name}: canary aborted, all traffic back on ${active} (${to} had ${canaryShare} %)`);
        return;
      }
      const health = await driver.health(to);
      if (!health.healthy) throw new UsageError(`not rolling back ${name} to ${to}: ${health.detail}`);
      await driver.switchTo(to);
      io.out(`${name}: traffic back on ${to} (was ${active})`);
    });

  // The router is a long-running server, not a promotion step: its own file.
  registerRouterCommand(program, io);
}
