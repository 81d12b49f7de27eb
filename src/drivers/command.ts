import { parseCommandString } from "execa";
import { untrustedEnv } from "../core/untrusted-env.ts";
import { ConfigError, ToolError } from "../errors.ts";
import { resolveAccount } from "../process/account.ts";
import { type RunAs, runSupervised } from "../process/supervise.ts";
import { weightProblem } from "../router/split.ts";
import { type Color, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

/** What a status command may print (it prints a color). */
const STATUS_OUTPUT_LIMIT = 64 * 1024;

export interface CommandDriverOptions {
  /** Prints the active color (blue or green) on stdout. */
  status: string;
  /** Switches; receives the color as its last argument and in TERRAFUSION_COLOR. */
  switch: string;
  /** Exits 0 when the color (last argument, TERRAFUSION_COLOR) is healthy. */
  health?: string;
  /**
   * Gives the canary (TERRAFUSION_CANARY_COLOR) a percent of new requests (TERRAFUSION_CANARY_WEIGHT, 0 to 100);
   * without it the driver has no setWeight (no canary).
   */
  weight?: string;
  timeoutMs?: number;
  cwd?: string;
  /**
   * Run the commands as this account (the app server: one that cannot read the app's environment),
   * looked up when the first command runs.
   */
  runAsUser?: string;
}

/**
 * The user's own commands. A command line is split into words once, here, and run without a shell:
 * the color is passed as a separate argument, never pasted into a command string.
 */
export class CommandDriver implements TrafficDriver {
  readonly kind = "command";
  constructor(private readonly options: CommandDriverOptions) {}

  async active(): Promise<Color> {
    const { stdout } = await this.run("status", this.options.status);
    const color = stdout.trim().split(/\s+/).at(-1);
    if (!isColor(color))
      throw new ToolError(
        "command driver",
        `status command printed ${JSON.stringify(stdout.trim())}; it must print blue or green`,
      );
    return color;
  }

  async switchTo(color: Color): Promise<void> {
    await this.run("switch", this.options.switch, { color });
  }

  async health(color: Color): Promise<ColorHealth> {
    if (!this.options.health) return { color, healthy: true, detail: "no health command configured" };
    const result = await this.run("health", this.options.health, { color }, false);
    return {
      color,
      healthy: result.exitCode === 0,
      detail:
        result.exitCode === 0
          ? "health command passed"
          : `health command exited ${result.exitCode}: ${lastWords(result.stderr || result.stdout)}`,
    };
  }

  private accountLookup?: Promise<RunAs>;
  private account(user: string): Promise<RunAs> {
    this.accountLookup ??= resolveAccount(user, "TERRAFUSION_APP_COMMAND_USER");
    return this.accountLookup;
  }

  /** Runs one command line: `color` is its last argument and TERRAFUSION_COLOR; `env` adds variables. */
  protected async run(
    what: string,
    line: string,
    { color, env }: { color?: Color; env?: Record<string, string> } = {},
    reject = true,
  ) {
    const [file, ...args] = parseCommandString(line);
    if (!file) throw new ToolError("command driver", `the ${what} command is empty`);
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const result = await runSupervised({
      command: file,
      args: color ? [...args, color] : args,
      ...(this.options.cwd ? { cwd: this.options.cwd } : {}),
      // The app's key, webhook secret and tokens stay in this process; the rest of the environment is the user's.
      env: { ...untrustedEnv(process.env), ...(color ? { TERRAFUSION_COLOR: color } : {}), ...env },
      deadlineMs: timeoutMs,
      stdoutBytes: STATUS_OUTPUT_LIMIT,
      ...(this.options.runAsUser ? { runAs: await this.account(this.options.runAsUser) } : {}),
    });
    if (result.stopped)
      throw new ToolError(
        "command driver",
        `the ${what} command \`${line}\` did not finish within ${timeoutMs / 1000}s`,
      );
    if (result.spawnError || result.exitCode === undefined)
      throw new ToolError(
        "command driver",
        `cannot run the ${what} command \`${line}\`: ${result.spawnError?.message ?? `killed by ${result.signal}`}`,
      );
    const stderr = result.output.text();
    if (reject && result.exitCode !== 0)
      throw new ToolError(
        "command driver",
        `the ${what} command \`${line}\` exited ${result.exitCode}: ${lastWords(stderr || result.stdout)}`,
      );
    return { exitCode: result.exitCode, stdout: result.stdout, stderr };
  }
}

/**
 * A command driver that can run a canary: the `weight` command gets the canary color and its percent as
 * environment variables only (no arguments added), so neither is ever part of a command line. The share is
 * not read back (no weights()): the user's load balancer holds it.
 */
export class CanaryCommandDriver extends CommandDriver {
  private readonly weightCommand: string;

  constructor(options: CommandDriverOptions & { weight: string }) {
    super(options);
    this.weightCommand = options.weight;
  }

  async setWeight(canary: Color, percent: number): Promise<void> {
    const problem = weightProblem(percent);
    if (problem) throw new ConfigError(`command driver: ${problem}`);
    await this.run("weight", this.weightCommand, {
      env: { TERRAFUSION_CANARY_COLOR: canary, TERRAFUSION_CANARY_WEIGHT: String(percent) },
    });
  }
}

/** The command driver of `options`: with setWeight only when a weight command is configured. */
export function commandDriver(options: CommandDriverOptions): TrafficDriver {
  const { weight } = options;
  return weight ? new CanaryCommandDriver({ ...options, weight }) : new CommandDriver(options);
}

function lastWords(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}
