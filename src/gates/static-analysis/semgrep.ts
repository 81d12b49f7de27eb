import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { ToolError } from "../../errors.ts";
import { normaliseCode, type ScanFinding } from "./compare.ts";
import { ruleIdOf } from "./rules.ts";

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
}

interface SemgrepJson {
  version?: string;
  results?: Array<{
    check_id: string;
    path: string;
    start: { line: number; col: number; offset: number };
    end: { line: number; col: number; offset: number };
    extra: { message: string; severity: string; lines?: string };
  }>;
  errors?: Array<{
    level?: string;
    type?: unknown;
    message?: string;
    long_msg?: string;
    short_msg?: string;
    path?: string;
    rule_id?: string;
    spans?: Array<{ file?: string; start?: { line?: number } }>;
  }>;
  paths?: { scanned?: string[] };
}

/** The arguments the gate passes to semgrep (the benchmark calls semgrep directly with the same). */
export function semgrepArgs(run: Pick<SemgrepRun, "configs" | "targets" | "only">): string[] {
  const args = ["scan", "--metrics=off", "--disable-version-check", "--json", "--quiet"];
  for (const config of run.configs) args.push("--config", config);
  // A leading slash anchors a gitignore-style pattern at the scan root; escape glob characters.
  for (const path of run.only ?? []) args.push(`--include=/${path.replace(/[[\]*?!#\\]/g, "\\$&")}`);
  args.push("--", ...(run.targets ?? ["."]));
  return args;
}

export function semgrepEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // Offline, the version check hangs and metrics would try to leave the machine.
  return { ...env, SEMGREP_ENABLE_VERSION_CHECK: "0", SEMGREP_SEND_METRICS: "off" };
}

/** Runs semgrep once. Anything short of a clean report (missing, crashed, timed out, errors) throws ToolError. */
export async function runSemgrep(run: SemgrepRun): Promise<SemgrepScan> {
  const bin = run.bin ?? "semgrep";
  const result = await execa(bin, semgrepArgs(run), {
    cwd: run.cwd,
    env: semgrepEnv(),
    extendEnv: false,
    reject: false,
    timeout: run.timeoutMs,
    maxBuffer: 1024 * 1024 * 1024,
    stdin: "ignore",
    ...(run.signal ? { cancelSignal: run.signal } : {}),
  });
  if ((result as { code?: string }).code === "ENOENT")
    throw new ToolError("semgrep", `not found (looked for ${JSON.stringify(bin)} on PATH); ${INSTALL_HINT}`);
  if (result.timedOut)
    throw new ToolError(
      "semgrep",
      `timed out after ${Math.round(run.timeoutMs / 1000)} s (raise gates.static-analysis.timeout, or exclude large generated files)`,
    );
  if (result.isCanceled) throw new ToolError("semgrep", "cancelled");
  if (result.signal) throw new ToolError("semgrep", `was killed by ${result.signal}${tail(result.stderr)}`);

  let report: SemgrepJson;
  try {
    report = JSON.parse(String(result.stdout)) as SemgrepJson;
  } catch {
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} without a JSON report${tail(String(result.stderr))}`,
    );
  }
  const errors = (report.errors ?? []).map(describeSemgrepError);
  if (result.exitCode !== 0 && errors.length === 0)
    errors.push(`semgrep exited with code ${result.exitCode}${tail(String(result.stderr))}`);

  const contents = new Map<string, Buffer | undefined>();
  const source = (path: string) => {
    if (!contents.has(path)) {
      try {
        contents.set(path, readFileSync(join(run.cwd, path)));
      } catch {
        contents.set(path, undefined);
      }
    }
    return contents.get(path);
  };
  // One match can come back several times with different metavariable bindings: keep one per range.
  const seen = new Set<string>();
  const unique = (report.results ?? []).filter((match) => {
    const key = `${match.check_id}\0${match.path}\0${match.start.offset}\0${match.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const prefix = run.pathPrefix ?? "";
  const findings = unique.map((match): ScanFinding => {
    // semgrep's offsets count bytes; without a login its `lines` field only says "requires login".
    const bytes = source(match.path);
    const code = bytes ? bytes.subarray(match.start.offset, match.end.offset).toString("utf8") : "";
    return {
      rule: ruleIdOf(match.check_id, run.knownRules),
      path: prefix + match.path.replace(/^\.\//, ""),
      line: match.start.line,
      endLine: match.end.line,
      column: match.start.col,
      endColumn: match.end.col,
      severity: match.extra.severity,
      message: match.extra.message.trim(),
      code: normaliseCode(code),
    };
  });
  return {
    version: report.version ?? "unknown",
    findings,
    scanned: (report.paths?.scanned ?? []).map((path) => prefix + path.replace(/^\.\//, "")),
    errors,
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
