import type { PolicyProblem } from "../../errors.ts";
import type { YamlSource } from "../../policy/yaml-source.ts";

/** A key path in the policy-bot file: ["approval_rules", 0, "if", "title"]. */
export type Path = readonly (string | number)[];

/** What could not be carried over, each where it is written in the policy-bot file. */
export class Report {
  private readonly found: PolicyProblem[] = [];
  constructor(private readonly source: YamlSource) {}

  /** A construct at `path` that the converted policy does not carry (or carries differently): why. */
  add(path: Path, message: string): void {
    const last = path.at(-1);
    // A key's own position (where the reader looks), not its value's.
    const position =
      typeof last === "string"
        ? this.source.positionOf(path.slice(0, -1), last)
        : this.source.positionOf(path);
    this.found.push({ file: this.source.file, ...position, path: path.join("."), message });
  }

  /** Every problem, in the order of the file. */
  get problems(): PolicyProblem[] {
    return [...this.found].sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
