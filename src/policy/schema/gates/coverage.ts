import { z } from "zod";
import { duration, glob, percent } from "../primitives.ts";
import { enabled } from "./enabled.ts";

export const coverageGate = z.strictObject({
  enabled,
  command: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "The project's test command, run by the shell with c8 collecting V8 coverage." }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional().meta({ description: "Minimum branch coverage of the whole project." }),
  functions: percent.optional().meta({ description: "Minimum function coverage of the whole project." }),
  statements: percent.optional().meta({ description: "Minimum statement coverage of the whole project." }),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: z
    .array(glob)
    .optional()
    .meta({ description: "Only these files count (c8 --include), relative to the project folder." }),
  exclude: z.array(glob).optional().meta({
    description:
      "These files do not count (c8 --exclude), relative to the project folder; replaces c8's default list.",
  }),
  all: z.boolean().optional().meta({
    description: "Count source files that no test loads as uncovered (c8 --all). Default true.",
  }),
  reports: z.string().min(1).optional().meta({
    description:
      "A folder where the test command itself writes lcov.info and coverage-summary.json (vitest or jest with the v8 provider and the lcov and json-summary reporters, or tests already run under c8), relative to the project folder. The gate then reads these instead of collecting coverage itself.",
  }),
  timeout: duration.optional().meta({ description: "Stop the test command after this long." }),
});
