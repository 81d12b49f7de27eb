import { z } from "zod";
import { globSyntaxProblem } from "../../core/safe-glob.ts";
import { patternProblem } from "../../core/safe-regex.ts";

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** Milliseconds in a duration such as `500ms`, `2s`, `5m`, `1h`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A duration written as text (`2s`, `500ms`, `5m`, `1h`). Kept as text in the policy; read with parseDuration. */
export const duration = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, {
    error: (issue) => `expected a duration such as 500ms, 2s, 5m or 1h, got ${JSON.stringify(issue.input)}`,
    abort: true,
  })
  // Zero is never "no limit": a timeout of 0 would stop at once, an interval of 0 would spin.
  .refine((text) => (parseDuration(text) ?? 1) > 0, {
    error: (issue) =>
      `expected a duration longer than 0, got ${JSON.stringify(issue.input)} (every wait has a limit; write e.g. 30s)`,
  })
  .meta({ description: "A duration: a number followed by ms, s, m or h (500ms, 2s, 5m, 1h)." });

/** A percentage from 0 to 100, written as 90 or "90%". */
export const percent = z
  .union([
    z.number(),
    z.string().regex(/^\d+(\.\d+)?%$/, { error: "expected a percentage such as 90 or 90%" }),
  ])
  .pipe(z.transform((value) => (typeof value === "number" ? value : Number.parseFloat(value))))
  .pipe(
    z
      .number()
      .min(0, { error: "a percentage cannot be negative" })
      .max(100, { error: "a percentage is at most 100" }),
  )
  .meta({ description: 'A percentage from 0 to 100 (90 or "90%").' });

/** A share from 0 to 1, written as 0.01 or "1%". */
export const ratio = z
  .union([z.number(), z.string().regex(/^\d+(\.\d+)?%$/, { error: "expected a share such as 0.01 or 1%" })])
  .pipe(z.transform((value) => (typeof value === "number" ? value : Number.parseFloat(value) / 100)))
  .pipe(
    z
      .number()
      .min(0, { error: "a share cannot be negative" })
      .max(1, { error: 'a share is at most 1 (write 1% as 0.01 or "1%")' }),
  )
  .meta({ description: 'A share from 0 to 1 (0.01 or "1%").' });

export const milliseconds = z
  .number()
  .positive({ error: "a latency must be greater than 0 ms" })
  .meta({ description: "Milliseconds, greater than 0." });

/** A glob over repository paths; checked strictly so that a typo such as `src/[ab` is caught early. */
export const glob = z
  .string()
  .superRefine((pattern, ctx) => {
    const problem = globProblem(pattern);
    if (problem)
      ctx.addIssue({ code: "custom", message: `invalid glob ${JSON.stringify(pattern)}: ${problem}` });
  })
  .meta({
    description:
      "A glob over paths relative to the repository root (picomatch syntax, matched in linear time; no !(…) extglob).",
  });

export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === "") return "a glob cannot be empty";
  if (pattern.startsWith("/")) return "globs are relative to the repository root; drop the leading /";
  if (pattern.includes("\\")) return "use / to separate folders, not \\";
  let braces = 0;
  for (const char of pattern) {
    if (char === "{") braces++;
    if (char === "}" && --braces < 0) return "a } has no matching {";
  }
  if (braces > 0) return "a { is not closed";
  // The compiler that matches paths at run time (RE2, linear time) decides what else is valid.
  return globSyntaxProblem(pattern);
}

/** A glob over names that are not paths (semgrep rule ids): only what the matcher can compile. */
export const nameGlob = z
  .string()
  .min(1, { error: "a glob cannot be empty" })
  .superRefine((pattern, ctx) => {
    const problem = pattern === "" ? undefined : globSyntaxProblem(pattern);
    if (problem)
      ctx.addIssue({ code: "custom", message: `invalid glob ${JSON.stringify(pattern)}: ${problem}` });
  });

/**
 * A regular expression in RE2 syntax (as policy-bot's Go regexps): linear-time matching, so no
 * backreferences and no lookaround. Checked by the compiler that runs it, so validation and runtime agree.
 */
export const regex = z
  .string()
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem)
      ctx.addIssue({
        code: "custom",
        message: `invalid regular expression ${JSON.stringify(source)}: ${problem}`,
        input: source,
      });
  })
  .meta({
    description: "A regular expression in RE2 syntax (no backreferences, no lookahead or lookbehind).",
  });

export const slo = z
  .strictObject({
    "p95-ms": milliseconds.optional().meta({ description: "95th percentile latency must stay under this." }),
    "p99-ms": milliseconds.optional().meta({ description: "99th percentile latency must stay under this." }),
    "error-rate": ratio.optional().meta({ description: "Share of failed requests must stay under this." }),
  })
  .meta({ description: "Service level objectives: each present figure must hold." });

export const githubLogin = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, {
  error: "expected a GitHub user login such as octocat",
});
/** A user's login, or a GitHub App's bot account (`renovate[bot]`), as reviews and commits name it. */
export const githubUser = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, {
  error: "expected a GitHub user login such as octocat, or an app's bot such as renovate[bot]",
});
export const githubTeam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/, {
  error: "expected a team as ORG/TEAM-SLUG, such as acme/security",
});
export const permission = z.enum(["read", "triage", "write", "maintain", "admin"]);

export const actors = z
  .strictObject({
    users: z.array(githubUser).optional(),
    teams: z.array(githubTeam).optional(),
    organizations: z.array(githubLogin).optional(),
    permissions: z
      .array(permission)
      .optional()
      .meta({ description: "Anyone with at least this repository permission." }),
  })
  .meta({
    description: "A set of people: users, members of teams or organizations, holders of a permission.",
  });
