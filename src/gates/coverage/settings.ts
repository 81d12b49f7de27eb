import type { Policy } from "../../policy/schema/index.ts";
import { parseDuration } from "../../policy/schema/index.ts";
import type { Kind } from "./project.ts";

export type Measure = Kind | "patch";

export interface CoverageSettings {
  enabled: boolean;
  command: string;
  /** Minimum percentages; a measure without one is shown, not held. */
  thresholds: Partial<Record<Measure, number>>;
  /** Count files no test loads: unset, the project's own tool decides. */
  all?: boolean;
  include?: string[];
  exclude?: string[];
  /** The test command writes its own reports here (relative to the project folder). */
  reports?: string;
  timeoutMs?: number;
  timeoutText?: string;
}

/** The coverage section of the effective policy, as plain settings (the policy's `project` is the lines threshold). */
export function coverageSettings(policy: Policy): CoverageSettings {
  const section = policy.gates?.coverage ?? {};
  const thresholds: Partial<Record<Measure, number>> = {};
  const set = (measure: Measure, value: number | undefined) => {
    if (value !== undefined) thresholds[measure] = value;
  };
  set("lines", section.project);
  set("branches", section.branches);
  set("functions", section.functions);
  set("statements", section.statements);
  set("patch", section.patch);
  return {
    enabled: section.enabled !== false,
    command: section.command ?? "npm test",
    thresholds,
    ...(section.all === undefined ? {} : { all: section.all }),
    ...(section.include ? { include: section.include } : {}),
    ...(section.exclude ? { exclude: section.exclude } : {}),
    ...(section.reports ? { reports: section.reports } : {}),
    ...(section.timeout ? { timeoutMs: parseDuration(section.timeout), timeoutText: section.timeout } : {}),
  };
}
