import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { plural } from "../../core/format.ts";
import { ConfigError, EXIT, ProblemsError, UsageError } from "../../errors.ts";
import { loadPolicy } from "../../fs/load-policy.ts";
import { type ReviewCase, reviewCaseSchema } from "../../review/case.ts";
import { evaluateReview, type Verdict } from "../../review/evaluate.ts";
import { renderVerdict } from "../../review/render.ts";
import { colors, type Io } from "../io.ts";
import { cwdOption } from "../options.ts";
import { readJsonFile } from "../snapshot-file.ts";
import { registerImportPolicyBot } from "./review-import.ts";

const EXIT_FOR_VERDICT: Record<Verdict["status"], number> = {
  approved: EXIT.ok,
  skipped: EXIT.ok,
  pending: EXIT.failed,
  disapproved: EXIT.failed,
  error: EXIT.usage,
};

export function registerReviewCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  const review = program.command("review").description("evaluate the review policy against pull requests");

  review
    .command("evaluate")
    .description(
      "evaluate a pull-request snapshot offline and explain every rule (exit 1 while not approved)",
    )
    .requiredOption(
      "--pull <snapshot.json>",
      "(required) the pull-request snapshot (from `terrafusion review snapshot`), relative to --cwd",
    )
    .option("--policy <file>", "the policy file (default: .github/terrafusion.yml)")
    .addOption(cwdOption())
    .option("--json", "print the verdict as JSON")
    .action(async (flags: { pull: string; policy?: string; cwd: string; json?: boolean }) => {
      const { policy } = await loadPolicy({ cwd: flags.cwd, file: flags.policy }, io.env);
      const pull = readJsonFile(resolve(flags.cwd, flags.pull), reviewCaseSchema);
      const verdict = evaluateReview(policy.review, pull);
      io.out(flags.json ? JSON.stringify(verdict, null, 2) : renderVerdict(verdict));
      setExit(EXIT_FOR_VERDICT[verdict.status]);
    });

  review
    .command("test")
    .description("run every case (*.json: a snapshot plus its expected verdict) in a folder")
    .argument("<dir>", "the folder of cases")
    .option("--policy <file>", "the policy for cases that do not name their own")
    .addOption(cwdOption())
    .action(async (dir: string, flags: { policy?: string; cwd: string }) => {
      const folder = resolve(flags.cwd, dir);
      const stat = statSync(folder, { throwIfNoEntry: false });
      if (!stat) throw new UsageError(`${dir}: no such folder (give the folder that holds the *.json cases)`);
      if (!stat.isDirectory())
        throw new UsageError(
          `${dir}: not a folder (give the folder that holds the *.json cases, not one case)`,
        );
      const names = readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .sort();
      if (names.length === 0)
        throw new UsageError(
          `${dir}: no *.json cases in this folder (a case is a snapshot with "expect": {"status": ...}; see docs/review.md)`,
        );
      const c = colors(io);
      // Most cases share one policy file: load each file once, not once per case.
      const policies = new Map<string | undefined, ReturnType<typeof loadPolicy>>();
      let failed = 0;
      const broken: string[] = [];
      for (const name of names) {
        const file = join(folder, name);
        let verdict: Verdict;
        let testCase: ReviewCase;
        try {
          testCase = readJsonFile(file, reviewCaseSchema);
          if (!testCase.expect)
            throw new ConfigError(`${file}: expect: missing (add "expect": {"status": ...})`);
          const policyFile = testCase.policy ? resolve(dirname(file), testCase.policy) : flags.policy;
          let loading = policies.get(policyFile);
          if (!loading) {
            loading = loadPolicy({ cwd: flags.cwd, file: policyFile }, io.env);
            policies.set(policyFile, loading);
          }
          const { policy } = await loading;
          verdict = evaluateReview(policy.review, testCase);
        } catch (error) {
          // One broken case must not hide the others' results: report it, go on, exit 2 at the end.
          if (!(error instanceof UsageError)) throw error;
          broken.push(name);
          io.out(`${c.red("!")} ${name}: cannot run this case`);
          io.err(error instanceof ProblemsError ? error.message : `terrafusion: ${error.message}`);
          continue;
        }
        const problems = checkCase(testCase.expect, verdict);
        if (problems.length === 0) io.out(`${c.green("✓")} ${name}: ${verdict.status}`);
        else {
          failed++;
          io.out(`${c.red("✗")} ${name}: ${problems.join("; ")}`);
          io.out(renderVerdict(verdict).replace(/^/gm, "    "));
        }
      }
      const passed = names.length - failed - broken.length;
      io.out(
        `${passed} of ${plural(names.length, "case")} pass${broken.length ? `; ${broken.length} could not run (see the messages above)` : ""}`,
      );
      if (broken.length > 0)
        throw new ConfigError(
          `${plural(broken.length, "case")} could not run: ${broken.join(", ")} (fix the problems printed above)`,
        );
      setExit(failed > 0 ? EXIT.failed : EXIT.ok);
    });

  review
    .command("snapshot")
    .description("write a snapshot of a real pull request (needs GITHUB_TOKEN)")
    .argument("<pull>", "OWNER/REPO#NUMBER")
    .option("--policy <file>", "the policy whose teams and organizations to resolve")
    .addOption(cwdOption())
    .option("--output <file>", "write the snapshot here instead of stdout")
    .action(async (target: string, flags: { policy?: string; cwd: string; output?: string }) => {
      const { writeSnapshot } = await import("../../github/snapshot-command.ts");
      await writeSnapshot(target, flags, io);
    });

  registerImportPolicyBot(review, io, setExit);
}

function checkCase(
  expect: NonNullable<ReturnType<typeof reviewCaseSchema.parse>["expect"]>,
  verdict: Verdict,
) {
  const problems: string[] = [];
  if (verdict.status !== expect.status) problems.push(`expected ${expect.status}, got ${verdict.status}`);
  for (const [name, status] of Object.entries(expect.rules ?? {})) {
    const rule = verdict.rules.find((result) => result.name === name);
    if (!rule) problems.push(`no rule named ${JSON.stringify(name)}`);
    else if (rule.status !== status)
      problems.push(`rule ${JSON.stringify(name)}: expected ${status}, got ${rule.status}`);
  }
  const text = renderVerdict(verdict);
  for (const needle of expect.explain ?? [])
    if (!text.includes(needle)) problems.push(`the explanation does not say ${JSON.stringify(needle)}`);
  return problems;
}
