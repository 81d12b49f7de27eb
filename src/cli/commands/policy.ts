import type { Command } from "commander";
import { plural } from "../../core/format.ts";
import { PolicyError, UsageError } from "../../errors.ts";
import { loadPolicy } from "../../fs/load-policy.ts";
import { policySource } from "../../fs/policy-source.ts";
import { remoteFromEnv } from "../../github/remote-policy.ts";
import { explainPolicy } from "../../policy/explain.ts";
import { isRemoteExtends } from "../../policy/extends-ref.ts";
import type { LoadedPolicy } from "../../policy/load.ts";
import { GATE_NAMES, type Policy } from "../../policy/schema/index.ts";
import { reviewLintProblems } from "../../review/lint.ts";
import { colors, type Io } from "../io.ts";
import { JSON_PRINTED } from "../json-printed.ts";
import { cwdOption } from "../options.ts";

interface PolicyFlags {
  cwd: string;
  json?: boolean;
}

export function registerPolicyCommands(program: Command, io: Io): void {
  const policy = program
    .command("policy")
    .description("check and explain a policy file (.github/terrafusion.yml)");

  policy
    .command("validate")
    .description("check a policy file; print every problem as FILE:LINE:COL key.path: message")
    .argument(
      "[file]",
      "the policy file (default: .github/terrafusion.yml or .yaml, or the defaults alone when there is none)",
    )
    .addOption(cwdOption())
    .option("--json", "print {valid, file, files, summary, problems} as JSON (also when invalid)")
    .action(async (file: string | undefined, flags: PolicyFlags) => {
      try {
        const loaded = await loadWithRemote(flags.cwd, file, io);
        await lintSemantics(loaded, flags.cwd, io);
        const summary = describePolicy(loaded.policy);
        const name = loaded.files[0] ?? "defaults";
        if (flags.json)
          io.out(
            JSON.stringify({ valid: true, file: name, files: loaded.files, summary, problems: [] }, null, 2),
          );
        else io.out(`${colors(io).green("✓")} ${name}: valid (${summary})`);
      } catch (error) {
        if (flags.json && error instanceof UsageError) {
          const policyError = error instanceof PolicyError ? error : undefined;
          const problems = policyError?.problems ?? [];
          const files = policyError?.files ?? (file ? [file] : []);
          const fields = problems.length > 0 ? {} : { error: error.message };
          io.out(
            JSON.stringify(
              { valid: false, file: file ?? files[0] ?? null, files, ...fields, problems },
              null,
              2,
            ),
          );
          throw Object.assign(error, { [JSON_PRINTED]: true });
        }
        throw error;
      }
    });

  policy
    .command("explain")
    .description(
      "print the effective policy: your file merged over the production plan's defaults, marking defaults",
    )
    .argument("[file]", "the policy file (default: .github/terrafusion.yml or .yaml)")
    .addOption(cwdOption())
    .option("--json", "print the effective policy and the origin of each value as JSON")
    .action(async (file: string | undefined, flags: PolicyFlags) => {
      const loaded = await loadWithRemote(flags.cwd, file, io);
      if (flags.json) {
        io.out(
          JSON.stringify(
            { files: loaded.files, policy: loaded.policy, origins: Object.fromEntries(loaded.origins) },
            null,
            2,
          ),
        );
      } else {
        io.out(explainPolicy(loaded));
      }
    });
}

/** Loads the policy; files of other repositories that it extends are read with GITHUB_TOKEN when there is one. */
async function loadWithRemote(cwd: string, file: string | undefined, io: Io): Promise<LoadedPolicy> {
  const { remote, notice } = await remoteFromEnv(io.env);
  const loaded = await loadPolicy({ cwd, file, remote }, io.env);
  if (notice && loaded.files.some((name) => isRemoteExtends(name))) io.err(notice);
  return loaded;
}

/** The checks the schema cannot make, all reported at once: the rules' own logic, then teams, users and organizations on GitHub. */
async function lintSemantics(loaded: LoadedPolicy, cwd: string, io: Io): Promise<void> {
  const { lintActors } = await import("../../github/actor-lint.ts");
  const actors = await lintActors(loaded, cwd, io.env);
  for (const notice of actors.notices) io.err(notice);
  const problems = [...reviewLintProblems(loaded, policySource(cwd)), ...actors.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  if (problems.length > 0) {
    if (actors.error) io.err(`terrafusion: ${actors.error.message}`);
    throw new PolicyError(problems, loaded.files);
  }
  if (actors.error) throw actors.error;
}

export function describePolicy(policy: Policy): string {
  const gates = GATE_NAMES.filter((name) => policy.gates?.[name]?.enabled);
  const rules = policy.review?.rules?.length ?? 0;
  const environments = Object.keys(policy.deploy?.environments ?? {}).length;
  return [
    gates.length > 0 ? `gates: ${gates.join(", ")}` : "no gates enabled",
    plural(rules, "review rule"),
    plural(environments, "environment"),
  ].join("; ");
}
