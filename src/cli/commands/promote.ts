import type { Command } from "commander";
import { createDriver, DEFAULT_TOKEN_ENV } from "../../drivers/index.ts";
import { otherColor } from "../../drivers/types.ts";
import { ConfigError, EXIT, UsageError } from "../../errors.ts";
import { loadPolicy } from "../../policy/load.ts";
import { LocalReporter } from "../../promotion/local-reporter.ts";
import { Measurer } from "../../promotion/measure.ts";
import { planFor } from "../../promotion/plan.ts";
import { PromotionRunner } from "../../promotion/runner.ts";
import { startRouter } from "../../router/index.ts";
import { type Io, progress } from "../io.ts";
import { colorFlag, cwdOption, portFlag, upstreamsFlag } from "../options.ts";

interface EnvFlags {
  cwd: string;
  policy?: string;
}

async function environmentOf(name: string, flags: EnvFlags) {
  const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy });
  const env = policy.deploy?.environments[name];
  if (!env) {
    const known = Object.keys(policy.deploy?.environments ?? {});
    throw new ConfigError(
      `no environment "${name}" under deploy.environments in the policy${known.length ? ` (known: ${known.join(", ")})` : "; add one"}`,
    );
  }
  return { policy, env };
}

/** `terrafusion promote`, `terrafusion rollback`, `terrafusion router`. */
export function registerPromoteCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("promote")
    .description("blue-green promote ENV: check the idle color, switch, watch the SLOs, roll back by itself")
    .argument("<environment>", "an environment under deploy.environments in the policy")
    .requiredOption("--to <version>", "(required) the version (or commit) now running on the idle color")
    .addOption(cwdOption())
    .option("--policy <file>", "the policy file (default: .github/terrafusion.yml)")
    .option("--promoter <login>", "who promotes, for the record (default: $USER)")
    .action(async (name: string, flags: EnvFlags & { to: string; promoter?: string }) => {
      const { policy, env } = await environmentOf(name, flags);
      const driver = createDriver(env.driver, io.env, flags.cwd);
      const say = progress(io, `promote ${name}`);
      const reporter = new LocalReporter((status) => say(`${status.state.padEnd(11)} ${status.description}`));
      say(`statuses go to a ${reporter.name}; the app records them on GitHub`);
      const plan = planFor(policy, name, {
        sha: flags.to,
        version: flags.to,
        promoter: flags.promoter ?? io.env.USER ?? "cli",
        active: await driver.active(),
      });
      const runner = new PromotionRunner({
        driver,
        reporter,
        measurer: new Measurer(driver),
        verify: async () => [],
      });
      const state = await runner.promote(plan);
      setExit(state.phase === "succeeded" ? EXIT.ok : EXIT.failed);
    });

  program
    .command("rollback")
    .description("switch ENV back to the other color at once")
    .argument("<environment>", "an environment under deploy.environments in the policy")
    .addOption(cwdOption())
    .option("--policy <file>", "the policy file (default: .github/terrafusion.yml)")
    .action(async (name: string, flags: EnvFlags) => {
      const { env } = await environmentOf(name, flags);
      const driver = createDriver(env.driver, io.env, flags.cwd);
      const active = await driver.active();
      const to = otherColor(active);
      const health = await driver.health(to);
      if (!health.healthy) throw new UsageError(`not rolling back ${name} to ${to}: ${health.detail}`);
      await driver.switchTo(to);
      io.out(`${name}: traffic back on ${to} (was ${active})`);
    });

  program
    .command("router")
    .description("run the embedded blue-green router (admin API token from $" + DEFAULT_TOKEN_ENV + ")")
    .requiredOption(
      "--blue <addresses>",
      "(required) comma-separated upstreams of blue, HOST:PORT, e.g. 127.0.0.1:8081",
      upstreamsFlag("--blue"),
    )
    .requiredOption(
      "--green <addresses>",
      "(required) comma-separated upstreams of green",
      upstreamsFlag("--green"),
    )
    .option("--active <color>", "the color that serves first: blue or green", colorFlag("--active"), "blue")
    .option("--port <port>", "traffic port (0 picks a free one)", portFlag("--port"), "8080")
    .option(
      "--admin-port <port>",
      "admin API port (status, switch, /metrics)",
      portFlag("--admin-port"),
      "9901",
    )
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--health-path <path>", "health check path of the upstreams", "/healthz")
    .action(async (flags: RouterFlags) => {
      const token = io.env[DEFAULT_TOKEN_ENV];
      if (!token)
        throw new UsageError(
          `set ${DEFAULT_TOKEN_ENV} to the admin API's bearer token, at least 16 characters (e.g. export ${DEFAULT_TOKEN_ENV}=$(openssl rand -hex 32))`,
        );
      let router: Awaited<ReturnType<typeof startRouter>>;
      try {
        router = await startRouter({
          blue: flags.blue,
          green: flags.green,
          active: flags.active,
          token,
          host: flags.host,
          port: Number(flags.port),
          adminPort: Number(flags.adminPort),
          healthPath: flags.healthPath,
        });
      } catch (error) {
        throw listenError(error, flags);
      }
      io.err(`router: traffic on ${router.url} → ${router.activeColor}; admin API on ${router.adminUrl}`);
      await new Promise<void>((resolve) => {
        for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
      });
      await router.close();
    });
}

interface RouterFlags {
  blue: string[];
  green: string[];
  active: "blue" | "green";
  port: string;
  adminPort: string;
  host: string;
  healthPath: string;
}

/** The errors of listen() a user causes (a busy port, a foreign address) name the flag to change. */
function listenError(error: unknown, flags: RouterFlags): unknown {
  const { code, port } = error as NodeJS.ErrnoException & { port?: number };
  const which = port !== undefined && String(port) === flags.adminPort ? "--admin-port" : "--port";
  switch (code) {
    case "EADDRINUSE":
      return new UsageError(
        `${flags.host}:${port ?? flags.port} is already in use; stop what listens there, or choose another ${which} (0 picks a free one)`,
      );
    case "EACCES":
      return new UsageError(
        `not allowed to listen on ${flags.host}:${port ?? flags.port}; choose ${which} 1024 or above`,
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UsageError(
        `--host ${flags.host}: not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its own addresses`,
      );
    default:
      return error;
  }
}
