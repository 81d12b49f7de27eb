import type { Command } from "commander";
import { DEFAULT_TOKEN_ENV } from "../../drivers/index.ts";
import { UsageError } from "../../errors.ts";
import { startRouter } from "../../router/index.ts";
import type { Io } from "../io.ts";
import { colorFlag, portFlag, upstreamsFlag } from "../options.ts";

/** `terrafusion router`: the embedded router, until SIGINT or SIGTERM. */
export function registerRouterCommand(program: Command, io: Io): void {
  program
    .command("router")
    .description(
      "run the embedded blue-green and canary router (admin API token from $" + DEFAULT_TOKEN_ENV + ")",
    )
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
    .option(
      "--state <file>",
      "keep the active color and the canary weight in FILE across restarts (written before a switch answers; resumed at start, over --active)",
    )
    .option("--port <port>", "traffic port (0 picks a free one)", portFlag("--port"), "8080")
    .option(
      "--admin-port <port>",
      "admin API port (status, switch, weight, /metrics)",
      portFlag("--admin-port"),
      "9901",
    )
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--health-path <path>", "health check path of the upstreams", "/healthz")
    .option(
      "--connect-timeout <ms>",
      "give up connecting to an upstream after this many ms and try a sibling",
      millisecondsFlag("--connect-timeout"),
      "2000",
    )
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
          stateFile: flags.state,
          token,
          host: flags.host,
          port: Number(flags.port),
          adminPort: Number(flags.adminPort),
          healthPath: flags.healthPath,
          connectTimeoutMs: Number(flags.connectTimeout),
        });
      } catch (error) {
        throw listenError(error, flags);
      }
      const split = router.weight > 0 ? ` (${router.weight} % to the canary)` : "";
      const state = flags.state ? `; state in ${flags.state}${router.resumed ? " (resumed)" : " (new)"}` : "";
      io.err(
        `router: traffic on ${router.url} → ${router.activeColor}${split}; admin API on ${router.adminUrl}${state}`,
      );
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
  state?: string;
  port: string;
  adminPort: string;
  host: string;
  healthPath: string;
  connectTimeout: string;
}

function millisecondsFlag(flag: string) {
  return (value: string): string => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 600_000)
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected milliseconds from 1 to 600000`);
    return value;
  };
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
