import type { Command } from "commander";
import type { GateResult } from "../core/gate-result.ts";
import type { GateName, Policy } from "../policy/schema/index.ts";

export interface GateContext {
  /** The repository (or project) folder. */
  cwd: string;
  policy: Policy;
  /** The git ref to compare against (a pull request's base); absent on a full run. */
  base?: string;
  /** Gate-specific options parsed from the command line or action inputs. */
  options: Record<string, unknown>;
  /** One line per phase; the CLI shows it on stderr, actions in the log. */
  progress: (message: string) => void;
  signal?: AbortSignal;
}

export interface GateDefinition {
  name: GateName;
  summary: string;
  /** Adds gate-specific flags to `terrafusion gate NAME`. */
  configure?: (command: Command) => void;
  run(context: GateContext): Promise<GateResult>;
}
