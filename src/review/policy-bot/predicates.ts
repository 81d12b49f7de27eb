/**
 * policy-bot's predicates (a rule's `if`, `requires.conditions`, `disapproval.if`) as TerraFusion's
 * conditions. In `if` and `conditions` every key must hold; in `disapproval.if` any one key that holds
 * disapproves, as in policy-bot. A predicate that needs the other combination is reported, not bent.
 */
import { isDeepStrictEqual } from "node:util";
import { HANDLERS, type Part, UNSUPPORTED } from "./predicate-map.ts";
import type { Path, Report } from "./report.ts";
import { mapAt, type Plain } from "./values.ts";

export type Mode = "if" | "conditions" | "disapproval";

const WHERE: Record<Mode, string> = {
  if: "a rule applies only when every key of its if holds",
  conditions: "every key of require.conditions must hold",
  disapproval: "disapproval.if disapproves when any one of its keys holds",
};

/** The predicates at `path` as TerraFusion conditions (undefined when none carried over). */
export function convertPredicates(value: unknown, path: Path, mode: Mode, report: Report): Plain | undefined {
  const map = mapAt(report, value, path);
  if (!map) return undefined;
  const out: Plain = {};
  const properties: Plain = {};
  const set = (key: string, part: unknown, at: Path) => {
    const property = key.startsWith("custom-properties.")
      ? key.slice("custom-properties.".length)
      : undefined;
    const target = property === undefined ? out : properties;
    const name = property ?? key;
    if (name in target && !isDeepStrictEqual(target[name], part)) {
      report.add(
        at,
        `needs TerraFusion's ${key}, which another predicate here already sets differently; left out`,
      );
      return;
    }
    target[name] = structuredClone(part); // no shared objects: YAML would write them as aliases
  };
  for (const [key, predicate] of Object.entries(map)) {
    const at = [...path, key];
    const handler = HANDLERS[key];
    if (!handler) {
      report.add(at, UNSUPPORTED[key] ?? `${JSON.stringify(key)} is not a policy-bot predicate; left out`);
      continue;
    }
    const mapped = handler(predicate, at, report);
    if (!mapped) continue;
    let parts: Part[];
    if (mode === "disapproval") {
      if ("all" in mapped && mapped.all.length > 1) {
        report.add(
          at,
          `holds only when all of ${mapped.all.map(([k]) => k).join(", ")} hold, but ${WHERE[mode]}; left out`,
        );
        continue;
      }
      parts = "all" in mapped ? mapped.all : mapped.any;
    } else if ("any" in mapped && mapped.any.length > 1) {
      if (!mapped.approximate) {
        report.add(
          at,
          `holds when any one of ${mapped.any.map(([k]) => k).join(", ")} holds, but ${WHERE[mode]}; left out`,
        );
        continue;
      }
      report.add(at, mapped.approximate.note);
      parts = mapped.approximate.parts;
    } else parts = "all" in mapped ? mapped.all : mapped.any;
    for (const [partKey, partValue] of parts) set(partKey, partValue, at);
  }
  if (Object.keys(properties).length) out["custom-properties"] = properties;
  return Object.keys(out).length ? out : undefined;
}
