import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { plural } from "../../core/format.ts";
import { type Finding, type GateResult, gateResult } from "../../core/gate-result.ts";
import { codeBlock } from "../../core/markdown.ts";
import { compileGlobs } from "../../core/safe-glob.ts";
import { ToolError, UsageError } from "../../errors.ts";
import { mergeBase, projectPrefix } from "../../git/diff.ts";
import { type Policy, parseDuration } from "../../policy/schema/index.ts";
import { dayFlag } from "../flag-values.ts";
import type { GateContext, GateDefinition } from "../types.ts";
import { classify, type ScanFinding } from "./compare.ts";
import { diffScan } from "./diff-scan.ts";
import { reportOnlyMatcher, reportOnlyNote, reportOnlyPaths } from "./report-only.ts";
import { readRuleInfo, resolveRulePaths } from "./rules.ts";
import { buildSarif, type SarifInput } from "./sarif.ts";
import { runSemgrep } from "./semgrep.ts";
import { blocksOn, normaliseSeverity, type Severity } from "./severity.ts";
import { renderSummary, type SummaryInput } from "./summary.ts";
import { describeWaiver, isoDay, pathNames, waiverFor } from "./waivers.ts";

type Section = NonNullable<NonNullable<Policy["gates"]>["static-analysis"]>;

export interface StaticAnalysisOptions {
  /** Write SARIF 2.1.0 here. */
  sarif?: string;
  /** Read waivers as of this day (YYYY-MM-DD) instead of today: the clock, injectable. */
  now?: string;
  /** The semgrep executable (default: semgrep on PATH). */
  semgrep?: string;
}

const DEFAULT_RULES = ["terrafusion:default"];
const DEFAULT_FAIL_ON: Severity[] = ["CRITICAL", "HIGH", "ERROR"];
const DEFAULT_CAP = 10;

export const staticAnalysisGate: GateDefinition = {
  name: "static-analysis",
  summary: "semgrep with local rule packs; on a pull request (--base) only new findings block",
  configure(command) {
    command
      .option("--sarif <file>", "also write the findings as SARIF 2.1.0 (for GitHub code scanning)")
      .option(
        "--now <date>",
        "read waivers as of this day, YYYY-MM-DD (default: today, UTC)",
        dayFlag("--now"),
      );
  },
  async run(context) {
    const startedAt = new Date();
    const section = context.policy.gates?.["static-analysis"];
    if (!section || section.enabled === false)
      return gateResult({
        gate: "static-analysis",
        conclusion: "skipped",
        headline: "disabled in the policy",
        summary: "### Static analysis\n\nSkipped: `gates.static-analysis.enabled` is false.\n",
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
      });
    // A base that cannot be compared with is a mistake to fix (exit 2), found before semgrep runs.
    let since: string | undefined;
    if (context.base && section["new-findings-only"] !== false) {
      context.progress(`finding the merge base of ${context.base} and HEAD`);
      since = await mergeBase(context.cwd, context.base, { progress: context.progress });
    }
    try {
      return await scan(context, section, startedAt, since);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // A scan that could not finish says nothing about the code: an error, never "0 findings".
      return gateResult({
        gate: "static-analysis",
        conclusion: "error",
        headline: `could not scan: ${error.message.split("\n")[0]}`,
        error: error.message,
        summary: `### Static analysis: error\n\nThe scan did not finish, so this gate knows nothing about the code.\n\n${codeBlock(error.message)}\n`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
      });
    }
  },
};

function readOptions(options: Record<string, unknown>): StaticAnalysisOptions {
  const { sarif, now, semgrep } = options as Record<string, string | undefined>;
  if (now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(now))
    throw new UsageError(`--now: expected a day as YYYY-MM-DD, got ${JSON.stringify(now)}`);
  return { sarif, now, semgrep };
}

/** `since`: the merge base with the base, for a diff-aware scan; absent for a full one. */
async function scan(
  context: GateContext,
  section: Section,
  startedAt: Date,
  since: string | undefined,
): Promise<GateResult> {
  const options = readOptions(context.options);
  const { cwd, progress } = context;
  const configs = resolveRulePaths(section.rules ?? DEFAULT_RULES, cwd);
  const rules = readRuleInfo(configs);
  const failOn = (section["fail-on"] ?? DEFAULT_FAIL_ON) as Severity[];
  const timeoutMs = parseDuration(section.timeout ?? "10m") ?? 600_000;
  // Findings, include/exclude and waivers speak repository paths (as annotations and SARIF need),
  // also when the project is a subfolder; a glob written from the project folder matches as well.
  const prefix = await projectPrefix(cwd);
  const inScope = scopeFilter(section.include, section.exclude, prefix);
  const reportOnly = reportOnlyMatcher(reportOnlyPaths(section["report-only-paths"]), rules, prefix);
  const semgrep = {
    configs,
    timeoutMs,
    knownRules: [...rules.keys()],
    bin: options.semgrep,
    signal: context.signal,
  };
  const notes: string[] = [];

  let head: Awaited<ReturnType<typeof runSemgrep>>;
  let existing = new Set<ScanFinding>();
  let mode: SummaryInput["mode"] = { kind: "full" };
  if (context.base && since) {
    const scan = await diffScan({ cwd, prefix, since, inScope, semgrep, progress });
    mode = { kind: "diff", base: context.base, mergeBase: since, changed: scan?.changes.length ?? 0 };
    if (!scan) return nothingChanged(context.base, startedAt);
    head = scan.head;
    if (scan.base.errors.length)
      notes.push(
        `At the merge base semgrep reported ${plural(scan.base.errors.length, "problem")} (${scan.base.errors[0]}); findings there may show as new here.`,
      );
    existing = new Set(classify(head.findings, scan.base.findings, scan.headPathOf).existing);
  } else {
    if (context.base) notes.push("new-findings-only is false: every finding counts, as in a full scan.");
    progress("semgrep on the whole repository");
    head = await runSemgrep({ ...semgrep, cwd, pathPrefix: prefix });
  }
  if (head.errors.length)
    throw new ToolError(
      "semgrep",
      `reported ${plural(head.errors.length, "error")}; no result can be trusted until they are fixed:\n${head.errors
        .slice(0, 10)
        .map((error) => `  - ${error}`)
        .join("\n")}${head.errors.length > 10 ? `\n  … and ${head.errors.length - 10} more` : ""}`,
    );

  const today = options.now ?? isoDay(new Date());
  const waivers = section.waivers ?? [];
  const counts = { blocking: 0, fresh: 0, existing: 0, waived: 0, expiredWaivers: 0, reportOnly: 0 };
  const reported: SarifInput[] = [];
  for (const match of head.findings.filter((finding) => inScope(finding.path))) {
    const severity = normaliseSeverity(match.severity);
    const preExisting = existing.has(match);
    const notShipped = reportOnly(match);
    if (mode.kind === "diff") preExisting ? counts.existing++ : counts.fresh++;
    const finding: SarifInput = {
      path: match.path,
      line: match.line,
      endLine: match.endLine,
      column: match.column,
      endColumn: match.endColumn,
      severity,
      rule: match.rule,
      message: match.message,
      blocking: false,
      code: match.code,
      ...(mode.kind === "diff" ? { baseline: preExisting ? "unchanged" : "new" } : {}),
      ...(notShipped ? { reportOnly: notShipped } : {}),
    };
    const waiver = waiverFor(match, waivers, today, prefix);
    if (!blocksOn(severity, failOn)) {
      finding.note = `${severity} is not in fail-on`;
    } else if (waiver.state === "active") {
      counts.waived++;
      finding.note = `waived until ${waiver.waiver.expires}: ${waiver.waiver.reason}`;
      finding.waived = waiver.waiver.reason;
    } else if (preExisting) {
      finding.note = "pre-existing";
    } else if (notShipped) {
      counts.reportOnly++;
      finding.note = reportOnlyNote(notShipped);
    } else {
      finding.blocking = true;
      if (waiver.state === "expired") {
        counts.expiredWaivers++;
        finding.message += ` [waiver expired on ${waiver.waiver.expires} (${describeWaiver(waiver.waiver)}); renew or remove it in gates.static-analysis.waivers]`;
        finding.note = `waiver expired on ${waiver.waiver.expires}`;
      }
    }
    if (finding.blocking) counts.blocking++;
    reported.push(finding);
  }

  let sarifFile: string | undefined;
  if (options.sarif) {
    sarifFile = resolve(options.sarif);
    mkdirSync(dirname(sarifFile), { recursive: true });
    writeFileSync(sarifFile, `${JSON.stringify(buildSarif(reported, rules, head.version), null, 2)}\n`);
  }
  const findings: Finding[] = reported.map(
    ({ code: _c, endColumn: _e, baseline: _b, waived: _w, reportOnly: _r, ...finding }) => finding,
  );
  const cap = section["max-annotations"] ?? DEFAULT_CAP;
  const summary = renderSummary({
    mode,
    semgrepVersion: head.version,
    filesScanned: head.scanned.length,
    failOn,
    findings,
    counts,
    annotationCap: cap,
    sarifFile,
    notes,
  });
  const first = findings.find((finding) => finding.blocking);
  const headline = first
    ? `${plural(counts.blocking, "blocking finding")}, first ${first.rule} at ${first.path}:${first.line}`
    : mode.kind === "diff"
      ? `no new blocking findings in ${plural(mode.changed, "changed file")} (${counts.existing} pre-existing, ${counts.waived} waived)`
      : `no blocking findings in ${plural(head.scanned.length, "file")} (${findings.length} below fail-on, waived or in report-only paths)`;
  return gateResult({
    gate: "static-analysis",
    conclusion: counts.blocking > 0 ? "failure" : "success",
    headline,
    metrics: {
      findings: findings.length,
      blocking: counts.blocking,
      ...(mode.kind === "diff" ? { new: counts.fresh, "pre-existing": counts.existing } : {}),
      waived: counts.waived,
      "report-only": counts.reportOnly,
      "files-scanned": head.scanned.length,
    },
    thresholds: { blocking: 0 },
    findings,
    summary,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
  });
}

function scopeFilter(
  include: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
  prefix: string,
) {
  const included = include?.length ? compileGlobs(include) : () => true;
  const excluded = exclude?.length ? compileGlobs(exclude) : () => false;
  return (path: string) => {
    const names = pathNames(path, prefix);
    return names.some((name) => included(name)) && !names.some((name) => excluded(name));
  };
}

function nothingChanged(base: string, startedAt: Date): GateResult {
  return gateResult({
    gate: "static-analysis",
    conclusion: "skipped",
    headline: `no changed files to scan against ${base}`,
    metrics: { findings: 0, blocking: 0, new: 0, "pre-existing": 0, waived: 0, "files-scanned": 0 },
    summary: `### Static analysis\n\nNo changed files in scope against \`${base}\`: nothing to scan.\n`,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
  });
}
