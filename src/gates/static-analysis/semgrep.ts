import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { z } from "zod";
import { ToolError } from "../../errors.ts";
import { runSupervised } from "../../process/supervise.ts";
import { normaliseCode, type ScanFinding } from "./compare.ts";
import { ruleIdOf } from "./rules.ts";
import { scopeFinder } from "./scope.ts";

export const SEMGREP_VERSION = "1.185.0";
const INSTALL_HINT = `install it with: pip install semgrep==${SEMGREP_VERSION} (or run scripts/install-tools)`;

export interface SemgrepRun {
  /** The folder semgrep runs in; paths in findings are relative to it. */
  cwd: string;
  configs: readonly string[];
  /** Explicit files to scan, relative to cwd. Explicit files skip .semgrepignore; see `only`. */
  targets?: readonly string[];
  /**
   * Scan the folder but keep only these files, named from the repository root (semgrep anchors
   * `--include=/path` there, not at cwd): semgrep still applies .semgrepignore and .gitignore.
   */
  only?: readonly string[];
  /** Prepended to the paths semgrep reports (relative to cwd): the project folder's place in the repository. */
  pathPrefix?: string;
  /**
   * A folder outside cwd holding the merge base's copies of the changed files under their repository
   * paths, scanned in the same semgrep run (one start instead of two). `only` anchors there as well,
   * so it must name the base paths too. Its findings and errors come back in `base`.
   */
  baseDir?: string;
  timeoutMs: number;
  knownRules: readonly string[];
  bin?: string;
  signal?: AbortSignal;
}

export interface SemgrepScan {
  version: string;
  findings: ScanFinding[];
  /** Files semgrep actually scanned, relative to cwd (with pathPrefix in front). */
  scanned: string[];
  /** semgrep's own errors (rule errors, files it could not parse, timeouts), one line each. */
  errors: string[];
  /** With `baseDir`: the base copies' findings and errors, named by repository path. */
  base?: { findings: ScanFinding[]; errors: string[] };
}

/**
 * What semgrep 1.x writes with --json: a report without its results, errors and scanned paths is not
 * a report (a `{}` once read as "no findings in 0 files"), whatever the exit code says.
 */
const semgrepReport = z.object({
  version: z.string(),
  results: z.array(
    z.object({
      check_id: z.string(),
      path: z.string(),
      start: z.object({ line: z.number(), col: z.number(), offset: z.number() }),
      end: z.object({ line: z.number(), col: z.number(), offset: z.number() }),
      extra: z.object({ message: z.string(), severity: z.string(), lines: z.string().optional() }),
    }),
  ),
  errors: z.array(
    z.object({
      level: z.string().optional(),
      type: z.unknown().optional(),
      message: z.string().optional(),
      long_msg: z.string().optional(),
      short_msg: z.string().optional(),
      path: z.string().optional(),
      rule_id: z.string().optional(),
      spans: z
        .array(
          z.object({
            file: z.string().optional(),
            start: z.object({ line: z.number().optional() }).optional(),
          }),
        )
        .optional(),
    }),
  ),
  paths: z.object({ scanned: z.array(z.string()) }),
});
type SemgrepJson = z.infer<typeof semgrepReport>;
/** semgrep's JSON report is kept whole up to this size; a larger one is an error, not a partial read. */
const REPORT_LIMIT_BYTES = 256 * 1024 * 1024;

/** The arguments the gate passes to semgrep (the benchmark calls semgrep directly with the same). */
export function semgrepArgs(run: Pick<SemgrepRun, "configs" | "targets" | "only" | "baseDir">): string[] {
  const args = ["scan", "--metrics=off", "--disable-version-check", "--json", "--quiet"];
  for (const config of run.configs) args.push("--config", config);
  // A leading slash anchors a gitignore-style pattern at the scan root; escape glob characters.
  for (const path of run.only ?? []) args.push(`--include=/${path.replace(/[[\]*?!#\\]/g, "\\$&")}`);
  args.push("--", ...(run.targets ?? ["."]), ...(run.baseDir ? [run.baseDir] : []));
  return args;
}

export function semgrepEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // Offline, the version check hangs and metrics would try to leave the machine.
  return { ...env, SEMGREP_ENABLE_VERSION_CHECK: "0", SEMGREP_SEND_METRICS: "off" };
}

/** Runs semgrep once. Anything short of a clean report (missing, crashed, timed out, errors) throws ToolError. */
export async function runSemgrep(run: SemgrepRun): Promise<SemgrepScan> {
  const bin = run.bin ?? "semgrep";
  const result = await runSupervised({
    command: bin,
    args: semgrepArgs(run),
    cwd: run.cwd,
    env: semgrepEnv(),
    deadlineMs: run.timeoutMs,
    stdoutBytes: REPORT_LIMIT_BYTES,
    ...(run.signal ? { signal: run.signal } : {}),
  });
  const stderr = result.output.text();
  if (result.spawnError?.code === "ENOENT")
    throw new ToolError("semgrep", `not found (looked for ${JSON.stringify(bin)} on PATH); ${INSTALL_HINT}`);
  if (result.spawnError)
    throw new ToolError("semgrep", `cannot start ${JSON.stringify(bin)}: ${result.spawnError.message}`);
  if (result.stopped?.startsWith("timed out"))
    throw new ToolError(
      "semgrep",
      `timed out after ${Math.round(run.timeoutMs / 1000)} s (raise gates.static-analysis.timeout, or exclude large generated files)`,
    );
  if (result.stopped) throw new ToolError("semgrep", result.stopped);
  if (result.signal) throw new ToolError("semgrep", `was killed by ${result.signal}${tail(stderr)}`);
  if (result.stdoutOverflow)
    throw new ToolError(
      "semgrep",
      `its report is larger than ${REPORT_LIMIT_BYTES / 1024 / 1024} MB; scan less (gates.static-analysis.exclude)`,
    );

  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} without a JSON report${tail(stderr)}`,
    );
  }
  const checked = semgrepReport.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} with a report that is not semgrep's JSON (${issue.path.join(".") || "the report"}: ${issue.message})${tail(stderr)}`,
    );
  }
  const report: SemgrepJson = checked.data;
  // With a base folder, semgrep names its files by absolute path: they are the base side.
  const baseRoot = run.baseDir ? resolve(run.baseDir) : undefined;
  const baseName = (path: string) => {
    if (!baseRoot || !isAbsolute(path)) return undefined;
    const inside = relative(baseRoot, path);
    return inside.startsWith("..") || isAbsolute(inside) ? undefined : inside.split(sep).join("/");
  };
  const errorPath = (error: SemgrepJson["errors"][number]) => error.path ?? error.spans?.[0]?.file;
  const isBaseError = (error: SemgrepJson["errors"][number]) => {
    const path = errorPath(error);
    return path !== undefined && baseName(path) !== undefined;
  };
  const errors = report.errors.filter((error) => !isBaseError(error)).map(describeSemgrepError);
  const baseErrors = report.errors.filter(isBaseError).map(describeSemgrepError);
  if (result.exitCode !== 0 && errors.length === 0 && baseErrors.length === 0)
    errors.push(`semgrep exited with code ${result.exitCode}${tail(stderr)}`);

  const files = new Map<
    string,
    { bytes: Buffer; scopeAt: (byteOffset: number) => string | undefined } | undefined
  >();
  const source = (path: string) => {
    if (!files.has(path)) {
      try {
        const bytes = readFileSync(resolve(run.cwd, path));
        files.set(path, { bytes, scopeAt: scopeFinder(path, bytes) });
      } catch {
        files.set(path, undefined);
      }
    }
    return files.get(path);
  };
  // One match can come back several times with different metavariable bindings: keep one per range.
  const seen = new Set<string>();
  const unique = report.results.filter((match) => {
    const key = `${match.check_id}\0${match.path}\0${match.start.offset}\0${match.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const prefix = run.pathPrefix ?? "";
  const headFindings: ScanFinding[] = [];
  const baseFindings: ScanFinding[] = [];
  for (const match of unique) {
    // semgrep's offsets count bytes; without a login its `lines` field only says "requires login".
    const file = source(match.path);
    const code = file ? file.bytes.subarray(match.start.offset, match.end.offset).toString("utf8") : "";
    const scope = file?.scopeAt(match.start.offset);
    const basePath = baseName(match.path);
    const finding: ScanFinding = {
      rule: ruleIdOf(match.check_id, run.knownRules),
      path: basePath ?? prefix + match.path.replace(/^\.\//, ""),
      line: match.start.line,
      endLine: match.end.line,
      column: match.start.col,
      endColumn: match.end.col,
      severity: match.extra.severity,
      message: match.extra.message.trim(),
      code: normaliseCode(code),
      ...(scope === undefined ? {} : { scope }),
    };
    (basePath === undefined ? headFindings : baseFindings).push(finding);
  }
  return {
    version: report.version ?? "unknown",
    findings: headFindings,
    scanned: report.paths.scanned
      .filter((path) => baseName(path) === undefined)
      .map((path) => prefix + path.replace(/^\.\//, "")),
    errors,
    ...(baseRoot ? { base: { findings: baseFindings, errors: baseErrors } } : {}),
  };
}

function describeSemgrepError(error: NonNullable<SemgrepJson["errors"]>[number]): string {
  const kind = Array.isArray(error.type) ? String(error.type[0]) : String(error.type ?? "error");
  const span = error.spans?.[0];
  const where = error.path ?? span?.file;
  const line = span?.start?.line;
  const text = (error.message ?? [error.short_msg, error.long_msg].filter(Boolean).join(": ")) || kind;
  const location = where ? `${where}${line && line > 0 ? `:${line}` : ""}: ` : "";
  const firstLines = text
    .split("\n")
    .filter((part) => part.trim())
    .slice(0, 3)
    .join(" ")
    .replace(/\s+/g, " ");
  return `${location}${kind === "SemgrepError" ? "" : `${kind}: `}${firstLines}`;
}

function tail(stderr: string): string {
  const lines = stderr.trim().split("\n").filter(Boolean).slice(-3);
  return lines.length ? `: ${lines.join(" | ")}` : "";
}
