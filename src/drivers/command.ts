import { execa, parseCommandString } from "execa";
import { untrustedEnv } from "../core/untrusted-env.ts";
import { ToolError } from "../errors.ts";
import { type Color, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface CommandDriverOptions {
  /** Prints the active color (blue or green) on stdout. */
  status: string;
  /** Switches; receives the color as its last argument and in TERRAFUSION_COLOR. */
  switch: string;
  /** Exits 0 when the color (last argument, TERRAFUSION_COLOR) is healthy. */
  health?: string;
  timeoutMs?: number;
  cwd?: string;
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
    await this.run("switch", this.options.switch, color);
  }

  async health(color: Color): Promise<ColorHealth> {
    if (!this.options.health) return { color, healthy: true, detail: "no health command configured" };
    const result = await this.run("health", this.options.health, color, false);
    return {
      color,
      healthy: result.exitCode === 0,
      detail:
        result.exitCode === 0
          ? "health command passed"
          : `health command exited ${result.exitCode}: ${(result.stderr || result.stdout).trim().split("\n").at(-1)}`,
    };
  }

  private async run(what: string, line: string, color?: Color, reject = true) {
    const [file, ...args] = parseCommandString(line);
    if (!file) throw new ToolError("command driver", `the ${what} command is empty`);
    const result = await execa(file, color ? [...args, color] : args, {
      reject: false,
      timeout: this.options.timeoutMs ?? 30_000,
      cwd: this.options.cwd,
      // The app's key, webhook secret and tokens stay in this process; the rest of the environment is the user's.
      env: { ...untrustedEnv(process.env), ...(color ? { TERRAFUSION_COLOR: color } : {}) },
      extendEnv: false,
    });
    if (result.timedOut)
      throw new ToolError(
        "command driver",
        `the ${what} command \`${line}\` did not finish within ${(this.options.timeoutMs ?? 30_000) / 1000}s`,
      );
    if (result.failed && result.exitCode === undefined)
      throw new ToolError(
        "command driver",
        `cannot run the ${what} command \`${line}\`: ${result.shortMessage}`,
      );
    if (reject && result.exitCode !== 0)
      throw new ToolError(
        "command driver",
        `the ${what} command \`${line}\` exited ${result.exitCode}: ${(result.stderr || result.stdout).trim().split("\n").at(-1) ?? ""}`,
      );
    return result;
  }
}
