import { z } from "zod";
import { duration, glob, percent } from "../primitives.ts";
import { enabled } from "./enabled.ts";

export const coverageGate = z.strictObject({
  enabled,
  command: z.string().min(1).optional().meta({ description: "The project's test command, run under c8." }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional(),
  functions: percent.optional(),
  statements: percent.optional(),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: z.array(glob).optional(),
  exclude: z.array(glob).optional(),
  timeout: duration.optional(),
});
