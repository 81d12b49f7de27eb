/** One of policy-bot's `approval_rules` as a TerraFusion review rule, under the same name. */
import { ruleOptions } from "./options.ts";
import { convertPredicates } from "./predicates.ts";
import type { Path, Report } from "./report.ts";
import { ACTORS, actorsAt, intAt, mapAt, otherKeys, type Plain } from "./values.ts";

const RULE_KEYS = ["name", "description", "if", "requires", "options"];

function requirement(report: Report, value: unknown, path: Path): Plain {
  const map = mapAt(report, value, path) ?? {};
  otherKeys(report, map, path, ["count", ...ACTORS, "conditions"]);
  // policy-bot: no count (or no requires at all) needs no approval.
  const count = intAt(report, map.count, [...path, "count"]) ?? 0;
  const actors = actorsAt(report, map, path);
  if (count > 0 && Object.keys(actors).length === 0) {
    // policy-bot's rule can never be approved, which nobody means: keep the approval it asks for, from
    // the people GitHub's required reviews count, written out so the converted file says so itself.
    actors.permissions = ["write"];
    const named = ["users", "teams", "organizations", "permissions"].some(
      (key) => Array.isArray(map[key]) && map[key].length > 0,
    )
      ? " (none that carried over)"
      : "";
    report.add(
      [...path, "count"],
      `policy-bot counts nobody here: requires names no users, teams, organizations or permissions${named}, so the rule can never be approved; converted to permissions: [write], which admits more (anyone with write access): name who may approve`,
    );
  }
  const conditions = convertPredicates(map.conditions, [...path, "conditions"], "conditions", report);
  return { count, ...actors, ...(conditions ? { conditions } : {}) };
}

/** The rule, or undefined (reported) when it has no name to keep. */
export function convertRule(
  report: Report,
  value: unknown,
  path: Path,
): { name: string; rule: Plain } | undefined {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  const name = typeof map.name === "string" || typeof map.name === "number" ? String(map.name) : "";
  if (name.trim() === "") {
    report.add(map.name === undefined ? path : [...path, "name"], "a rule needs a name; left out");
    return undefined;
  }
  otherKeys(report, map, path, RULE_KEYS);
  const rule: Plain = { name };
  if (typeof map.description === "string" && map.description.trim() !== "")
    rule.description = map.description;
  else if (map.description !== undefined && map.description !== null && typeof map.description !== "string")
    report.add([...path, "description"], "expected text; left out");
  const conditions = convertPredicates(map.if, [...path, "if"], "if", report);
  if (conditions) rule.if = conditions;
  const require = requirement(report, map.requires, [...path, "requires"]);
  rule.require = require;
  Object.assign(rule, ruleOptions(report, map.options, [...path, "options"], require.count as number));
  return { name, rule };
}
