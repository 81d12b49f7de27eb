import { z } from "zod";
import { duration, glob, nameGlob } from "../primitives.ts";
import { enabled } from "./enabled.ts";

export const SEVERITIES = ["CRITICAL", "HIGH", "ERROR", "MEDIUM", "WARNING", "LOW", "INFO"] as const;

const waiver = z.strictObject({
  rule: nameGlob.meta({ description: "The semgrep rule id (or a glob over rule ids)." }),
  path: glob.optional().meta({ description: "Only findings in files matching this glob." }),
  reason: z.string().min(1, { error: "a waiver needs a reason" }),
  expires: z.iso
    .date({ error: "expected a date as YYYY-MM-DD" })
    .meta({ description: "The waiver stops at this date (YYYY-MM-DD)." }),
});

export const staticAnalysisGate = z.strictObject({
  enabled,
  rules: z.array(z.string().min(1)).optional().meta({
    description:
      "Semgrep rule files or folders in the repository, or terrafusion:default for the bundled pack.",
  }),
  "fail-on": z.array(z.enum(SEVERITIES)).optional().meta({ description: "Severities that block." }),
  "new-findings-only": z
    .boolean()
    .optional()
    .meta({ description: "On pull requests, only findings new against the merge base block." }),
  include: z.array(glob).optional(),
  exclude: z.array(glob).optional(),
  "report-only-paths": z.array(glob).optional().meta({
    description:
      "Paths that are not shipped code (examples, demos, docs sites, fixtures, benchmarks, tests): their findings are reported, never blocking. terrafusion:default stands for the bundled list (the default); [] lets every path block.",
  }),
  timeout: duration.optional(),
  "max-annotations": z.int().min(0).max(50).optional(),
  waivers: z.array(waiver).optional(),
});
