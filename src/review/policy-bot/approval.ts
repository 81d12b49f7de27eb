/** policy-bot's `policy.approval` (rule names under and/or) as TerraFusion's `combine`. */
import type { Path, Report } from "./report.ts";
import { isMap } from "./values.ts";

type Combination = string | { and: Combination[] } | { or: Combination[] };

/** The combination, and the names of the rules it uses (policy-bot evaluates no other rule). */
export function convertApproval(
  report: Report,
  value: unknown,
  path: Path,
  rules: ReadonlySet<string>,
): { combine?: Combination; used: Set<string> } {
  const used = new Set<string>();
  const node = (item: unknown, at: Path): Combination | undefined => {
    if (typeof item === "string" || typeof item === "number") {
      const name = String(item);
      if (rules.has(name)) {
        used.add(name);
        return name;
      }
      report.add(
        at,
        `names the rule ${JSON.stringify(name)}, which approval_rules does not define (or which could not be carried over); left out`,
      );
      return undefined;
    }
    if (!isMap(item) || Object.keys(item).length !== 1) {
      report.add(at, "expected a rule name, or one key: and or or; left out");
      return undefined;
    }
    const [op, children] = Object.entries(item)[0]!;
    if (op !== "and" && op !== "or") {
      report.add([...at, op], `expected and or or, got ${JSON.stringify(op)}; left out`);
      return undefined;
    }
    return group(op, children, [...at, op]);
  };
  const group = (op: "and" | "or", children: unknown, at: Path): Combination | undefined => {
    if (!Array.isArray(children) || children.length === 0) {
      report.add(at, `expected a list of rule names (or and/or) under ${op}; left out`);
      return undefined;
    }
    const converted = children
      .map((child, i) => node(child, [...at, i]))
      .filter((child): child is Combination => child !== undefined);
    if (converted.length <= 1) return converted[0];
    return op === "and" ? { and: converted } : { or: converted };
  };
  // No approval policy: policy-bot approves every pull request, as TerraFusion does with no rules.
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return { used };
  // The top level is a list that must all hold: an `and`.
  const combine = group("and", value, path);
  return combine === undefined ? { used } : { combine, used };
}
