import { plural } from "./core/format.ts";

/** Exit codes shared by every command and action. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake the user can fix: bad flags, a bad policy file, a missing tool. Exit 2, one clear message, no stack. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly exitCode: number = EXIT.usage;
}

export class ConfigError extends UsageError {
  override name = "ConfigError";
}

/** A real tool could not do its job (missing, crashed, timed out): never a pass. Exit 2. */
export class ToolError extends UsageError {
  override name = "ToolError";
  constructor(
    readonly tool: string,
    message: string,
  ) {
    super(`${tool}: ${message}`);
  }
}

export interface PolicyProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. gates.coverage.project, or "" for the document itself. */
  path: string;
  message: string;
}

export function formatProblem(problem: PolicyProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Every problem of a file the user wrote (a policy, a snapshot), reported at once, each located. */
export class ProblemsError extends ConfigError {
  override name = "ProblemsError";
  constructor(
    readonly problems: PolicyProblem[],
    /** What the problems are in, for the closing line: "the policy", "the snapshot". */
    readonly subject: string,
    /** Where to read about the format, for the closing line. */
    readonly help?: string,
  ) {
    super(problems.map(formatProblem).join("\n"));
  }

  /** "2 problems in the snapshot (see docs/review.md)": printed after the located lines. */
  get closing(): string {
    const count = this.problems.length;
    return `${plural(count, "problem")} in ${this.subject}${this.help ? ` (see ${this.help})` : ""}`;
  }
}

/** Every problem of a policy file, reported at once. */
export class PolicyError extends ProblemsError {
  override name = "PolicyError";
  constructor(
    problems: PolicyProblem[],
    /** The policy files involved, the user's own first (also when it is the one that does not parse). */
    readonly files: string[] = [],
  ) {
    super(problems, "the policy");
  }
}

/** Turns any thrown value into the one line (or lines) a user reads, and its exit code. */
export function describeError(error: unknown): { message: string; exitCode: number; expected: boolean } {
  if (error instanceof UsageError)
    return { message: error.message, exitCode: error.exitCode, expected: true };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `internal error: ${message} (please report this at the project's issue tracker)`,
    exitCode: EXIT.usage,
    expected: false,
  };
}
