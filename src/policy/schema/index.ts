import { z } from "zod";
import { deploy } from "./deploy.ts";
import { gates } from "./gates/index.ts";
import { review } from "./review.ts";

export const SUPPORTED_VERSIONS = [1] as const;

/** The policy file `.github/terrafusion.yml`: the single source of truth for types, JSON Schema and checks. */
export const policySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(SUPPORTED_VERSIONS, {
      error: (issue) =>
        issue.input === undefined
          ? "missing: a policy starts with `version: 1`"
          : `unsupported version (expected 1, got ${JSON.stringify(issue.input)})`,
    }),
    extends: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Another policy file in the repository to build on." }),
    gates: gates.optional(),
    review: review.optional(),
    deploy: deploy.optional(),
  })
  .meta({ title: "TerraFusion policy", description: "The policy file .github/terrafusion.yml" });

/** The policy as written (before defaults and normalisation). */
export type PolicyInput = z.input<typeof policySchema>;
/** The effective policy: defaults merged, percentages and shares normalised. */
export type Policy = z.output<typeof policySchema>;

export { REQUIRABLE } from "./deploy.ts";
export { GATE_NAMES, type GateName, SEVERITIES, TOXICS } from "./gates/index.ts";
export { parseDuration } from "./primitives.ts";
