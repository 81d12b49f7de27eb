import { z } from "zod";
import { duration, glob, percent } from "../primitives.ts";
import { enabled } from "./enabled.ts";

export const coverageGate = z.strictObject({
  enabled,
  command: z.string().min(1).optional().meta({
    description:
      "The project's test command, run by the shell as written. When it starts jest or vitest (directly, through npm scripts, chains or wrappers), their own coverage runs with the project's provider and scope; otherwise c8 collects V8 coverage, honouring the project's .c8rc/.nycrc.",
  }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional().meta({ description: "Minimum branch coverage of the whole project." }),
  functions: percent.optional().meta({ description: "Minimum function coverage of the whole project." }),
  statements: percent.optional().meta({ description: "Minimum statement coverage of the whole project." }),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: z.array(glob).optional().meta({
    description:
      "Narrows the project's own coverage scope: of the files its tool counts, only these count (relative to the project folder). Never widens it or replaces its defaults.",
  }),
  exclude: z.array(glob).optional().meta({
    description:
      "Narrows the project's own coverage scope: these files do not count, on top of the tool's own exclusions (relative to the project folder).",
  }),
  all: z.boolean().optional().meta({
    description:
      "Count source files no test loads as uncovered, within the project's own scope: true sets c8 --all; for jest and vitest the gate reads the runner's configuration first and keeps its own collectCoverageFrom / coverage.include (negations included) and excludes, or, when it sets none, adds `include` (default every source file but c8's usual exclusions); false leaves out files with no executed line. Unset (the default): the project's own configuration decides.",
  }),
  reports: z.string().min(1).optional().meta({
    description:
      "A folder where the test command itself writes lcov.info and coverage-summary.json (jest, vitest or c8 with the lcov and json-summary reporters), relative to the project folder. The gate then reads these instead of collecting coverage itself.",
  }),
  timeout: duration.optional().meta({ description: "Stop the test command after this long." }),
});
