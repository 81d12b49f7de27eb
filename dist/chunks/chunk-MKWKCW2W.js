import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  changedFiles,
  gitBytes,
  mergeBase,
  projectPrefix
} from "./chunk-PPUTGJO5.js";
import {
  dayFlag
} from "./chunk-3SWB2AVF.js";
import {
  gateResult
} from "./chunk-3SPCBFXF.js";
import {
  codeBlock,
  tableCell
} from "./chunk-HSSU4YYT.js";
import {
  runSupervised
} from "./chunk-4HCU2ILR.js";
import {
  FILE_LIMITS,
  inRepository,
  packageRoot,
  readLimited,
  repositoryRoot
} from "./chunk-R3A4M7GK.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  compileGlob,
  compileGlobs,
  external_exports,
  parseDuration,
  plural,
  require_dist
} from "./chunk-V36F2TEL.js";
import {
  __toESM
} from "./chunk-TFUP5NS4.js";

// src/gates/static-analysis/index.ts
import { mkdirSync as mkdirSync2, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, join as join4, resolve as resolve2 } from "node:path";

// src/git/extract.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
async function extractFiles(cwd, commit, paths, dir) {
  if (paths.length === 0) return [];
  const input = paths.map((path) => `${commit}:${path}
`).join("");
  const result = await gitBytes(cwd, ["cat-file", "--batch"], { input });
  if (result.exitCode !== 0) throw new ToolError("git", `git cat-file failed: ${result.stderr.trim()}`);
  const out = result.stdout;
  const written = [];
  let at = 0;
  for (const path of paths) {
    const newline = out.indexOf(10, at);
    const header = out.subarray(at, newline).toString("utf8");
    at = newline + 1;
    if (header.endsWith(" missing")) continue;
    const size = Number(header.split(" ")[2]);
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(at, at + size));
    written.push(path);
    at += size + 1;
  }
  return written;
}

// src/gates/static-analysis/compare.ts
import { createHash } from "node:crypto";
function normaliseCode(code) {
  return code.replace(/\s+/g, " ").trim();
}
function fingerprint(finding) {
  return createHash("sha256").update(`${finding.rule}\0${finding.path}\0${finding.code}`).digest("hex").slice(0, 32);
}
function classify(head, base, headPathOf) {
  const budget = /* @__PURE__ */ new Map();
  for (const finding of base) {
    const path = headPathOf(finding.path);
    if (path === void 0) continue;
    const key = fingerprint({ ...finding, path });
    budget.set(key, (budget.get(key) ?? 0) + 1);
  }
  const fresh = [];
  const existing = [];
  for (const finding of head) {
    const key = fingerprint(finding);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      existing.push(finding);
    } else {
      fresh.push(finding);
    }
  }
  return { fresh, existing };
}

// src/gates/static-analysis/rules.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readdirSync, statSync } from "node:fs";
import { join as join2, resolve } from "node:path";
var BUNDLED_PREFIX = "terrafusion:";
var BUNDLED = { default: "policies/semgrep" };
function resolveRulePaths(rules, cwd) {
  if (rules.length === 0)
    throw new ConfigError(
      "gates.static-analysis.rules is empty: name at least one rule pack (terrafusion:default)"
    );
  return rules.map((rule) => {
    if (rule.startsWith(BUNDLED_PREFIX)) {
      const name = rule.slice(BUNDLED_PREFIX.length);
      const folder = BUNDLED[name];
      if (!folder)
        throw new ConfigError(
          `gates.static-analysis.rules: unknown bundled pack ${JSON.stringify(rule)} (available: ${Object.keys(
            BUNDLED
          ).map((key) => BUNDLED_PREFIX + key).join(", ")})`
        );
      return join2(packageRoot(), folder);
    }
    if (/^(https?:|r\/|p\/|s\/)/.test(rule) && !existsSync(resolve(cwd, rule)))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} looks like a registry or URL; the gate runs offline, so name a local file or folder, or terrafusion:default`
      );
    const contained = inRepository(repositoryRoot(cwd), rule, cwd);
    if (!contained.inside)
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} ${contained.reason}, or terrafusion:default`
      );
    const path = contained.absolute;
    if (!existsSync(path))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} does not exist (looked for ${path}); name a semgrep rule file or folder in the repository, or terrafusion:default for the bundled pack`
      );
    return path;
  });
}
function readRuleInfo(paths) {
  const rules = /* @__PURE__ */ new Map();
  for (const file of paths.flatMap(ruleFiles)) {
    let document;
    try {
      document = (0, import_yaml.parse)(readLimited(file, FILE_LIMITS.policy * 8).toString("utf8"));
    } catch {
      continue;
    }
    const list = document?.rules;
    if (!Array.isArray(list)) continue;
    for (const rule of list) {
      if (typeof rule?.id !== "string") continue;
      rules.set(rule.id, {
        id: rule.id,
        message: typeof rule.message === "string" ? rule.message.trim() : rule.id,
        severity: typeof rule.severity === "string" ? rule.severity : "INFO",
        metadata: rule.metadata ?? {}
      });
    }
  }
  return rules;
}
function ruleFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const child = join2(path, entry.name);
    if (entry.isDirectory()) return ruleFiles(child);
    return /\.ya?ml$/.test(entry.name) ? [child] : [];
  });
}
function ruleIdOf(checkId, known) {
  let best;
  for (const id of known) {
    if ((checkId === id || checkId.endsWith(`.${id}`)) && (!best || id.length > best.length)) best = id;
  }
  return best ?? checkId;
}

// src/gates/static-analysis/severity.ts
var LEGACY = {
  CRITICAL: "ERROR",
  HIGH: "ERROR",
  ERROR: "ERROR",
  MEDIUM: "WARNING",
  WARNING: "WARNING",
  LOW: "INFO",
  INFO: "INFO"
};
var MODERN = {
  CRITICAL: "CRITICAL",
  HIGH: "HIGH",
  ERROR: "HIGH",
  MEDIUM: "MEDIUM",
  WARNING: "MEDIUM",
  LOW: "LOW",
  INFO: "LOW"
};
var RANK = {
  CRITICAL: 4,
  HIGH: 3,
  ERROR: 3,
  MEDIUM: 2,
  WARNING: 2,
  LOW: 1,
  INFO: 1
};
function normaliseSeverity(raw) {
  const upper = raw.toUpperCase();
  return upper in LEGACY ? upper : "INFO";
}
function blocksOn(severity, failOn) {
  return failOn.includes(severity) || failOn.includes(LEGACY[severity]) || failOn.includes(MODERN[severity]);
}
function sarifLevel(severity) {
  const level = LEGACY[severity];
  return level === "ERROR" ? "error" : level === "WARNING" ? "warning" : "note";
}
function securitySeverity(severity) {
  return { 4: "9.5", 3: "8.0", 2: "5.5", 1: "2.0" }[RANK[severity]] ?? "2.0";
}

// src/gates/static-analysis/sarif.ts
function buildSarif(findings, rules, semgrepVersion) {
  const ruleIds = [...new Set(findings.map((finding) => finding.rule))].sort();
  const driverRules = ruleIds.map((id) => {
    const info = rules.get(id);
    const severity = normaliseSeverity(info?.severity ?? findings.find((f) => f.rule === id).severity);
    const cwe = info?.metadata.cwe;
    const tags = ["security", ...(Array.isArray(cwe) ? cwe : cwe ? [cwe] : []).map(String)];
    return {
      id,
      name: id,
      shortDescription: { text: id },
      fullDescription: { text: info?.message ?? id },
      defaultConfiguration: { level: sarifLevel(severity) },
      properties: { tags, "security-severity": securitySeverity(severity) }
    };
  });
  const results = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIds.indexOf(finding.rule),
    level: sarifLevel(normaliseSeverity(finding.severity)),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: finding.line,
            ...finding.column ? { startColumn: finding.column } : {},
            ...finding.endLine ? { endLine: finding.endLine } : {},
            ...finding.endColumn ? { endColumn: finding.endColumn } : {}
          }
        }
      }
    ],
    partialFingerprints: { "terrafusion/v1": fingerprint(finding) },
    ...finding.baseline ? { baselineState: finding.baseline } : {},
    ...finding.waived ? { suppressions: [{ kind: "external", status: "accepted", justification: finding.waived }] } : {},
    properties: { severity: finding.severity, blocking: finding.blocking }
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "TerraFusion static-analysis (semgrep)",
            semanticVersion: semgrepVersion,
            informationUri: "https://semgrep.dev",
            rules: driverRules
          }
        },
        results
      }
    ]
  };
}

// src/gates/static-analysis/semgrep.ts
import { readFileSync } from "node:fs";
import { join as join3 } from "node:path";
var SEMGREP_VERSION = "1.185.0";
var INSTALL_HINT = `install it with: pip install semgrep==${SEMGREP_VERSION} (or run scripts/install-tools)`;
var semgrepReport = external_exports.object({
  version: external_exports.string(),
  results: external_exports.array(
    external_exports.object({
      check_id: external_exports.string(),
      path: external_exports.string(),
      start: external_exports.object({ line: external_exports.number(), col: external_exports.number(), offset: external_exports.number() }),
      end: external_exports.object({ line: external_exports.number(), col: external_exports.number(), offset: external_exports.number() }),
      extra: external_exports.object({ message: external_exports.string(), severity: external_exports.string(), lines: external_exports.string().optional() })
    })
  ),
  errors: external_exports.array(
    external_exports.object({
      level: external_exports.string().optional(),
      type: external_exports.unknown().optional(),
      message: external_exports.string().optional(),
      long_msg: external_exports.string().optional(),
      short_msg: external_exports.string().optional(),
      path: external_exports.string().optional(),
      rule_id: external_exports.string().optional(),
      spans: external_exports.array(
        external_exports.object({
          file: external_exports.string().optional(),
          start: external_exports.object({ line: external_exports.number().optional() }).optional()
        })
      ).optional()
    })
  ),
  paths: external_exports.object({ scanned: external_exports.array(external_exports.string()) })
});
var REPORT_LIMIT_BYTES = 256 * 1024 * 1024;
function semgrepArgs(run) {
  const args = ["scan", "--metrics=off", "--disable-version-check", "--json", "--quiet"];
  for (const config of run.configs) args.push("--config", config);
  for (const path of run.only ?? []) args.push(`--include=/${path.replace(/[[\]*?!#\\]/g, "\\$&")}`);
  args.push("--", ...run.targets ?? ["."]);
  return args;
}
function semgrepEnv(env = process.env) {
  return { ...env, SEMGREP_ENABLE_VERSION_CHECK: "0", SEMGREP_SEND_METRICS: "off" };
}
async function runSemgrep(run) {
  const bin = run.bin ?? "semgrep";
  const result = await runSupervised({
    command: bin,
    args: semgrepArgs(run),
    cwd: run.cwd,
    env: semgrepEnv(),
    deadlineMs: run.timeoutMs,
    stdoutBytes: REPORT_LIMIT_BYTES,
    ...run.signal ? { signal: run.signal } : {}
  });
  const stderr = result.output.text();
  if (result.spawnError?.code === "ENOENT")
    throw new ToolError("semgrep", `not found (looked for ${JSON.stringify(bin)} on PATH); ${INSTALL_HINT}`);
  if (result.spawnError)
    throw new ToolError("semgrep", `cannot start ${JSON.stringify(bin)}: ${result.spawnError.message}`);
  if (result.stopped?.startsWith("timed out"))
    throw new ToolError(
      "semgrep",
      `timed out after ${Math.round(run.timeoutMs / 1e3)} s (raise gates.static-analysis.timeout, or exclude large generated files)`
    );
  if (result.stopped) throw new ToolError("semgrep", result.stopped);
  if (result.signal) throw new ToolError("semgrep", `was killed by ${result.signal}${tail(stderr)}`);
  if (result.stdoutOverflow)
    throw new ToolError(
      "semgrep",
      `its report is larger than ${REPORT_LIMIT_BYTES / 1024 / 1024} MB; scan less (gates.static-analysis.exclude)`
    );
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} without a JSON report${tail(stderr)}`
    );
  }
  const checked = semgrepReport.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ToolError(
      "semgrep",
      `exited with code ${result.exitCode} with a report that is not semgrep's JSON (${issue.path.join(".") || "the report"}: ${issue.message})${tail(stderr)}`
    );
  }
  const report = checked.data;
  const errors = (report.errors ?? []).map(describeSemgrepError);
  if (result.exitCode !== 0 && errors.length === 0)
    errors.push(`semgrep exited with code ${result.exitCode}${tail(stderr)}`);
  const contents = /* @__PURE__ */ new Map();
  const source = (path) => {
    if (!contents.has(path)) {
      try {
        contents.set(path, readFileSync(join3(run.cwd, path)));
      } catch {
        contents.set(path, void 0);
      }
    }
    return contents.get(path);
  };
  const seen = /* @__PURE__ */ new Set();
  const unique = (report.results ?? []).filter((match) => {
    const key = `${match.check_id}\0${match.path}\0${match.start.offset}\0${match.end.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const prefix = run.pathPrefix ?? "";
  const findings = unique.map((match) => {
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
      code: normaliseCode(code)
    };
  });
  return {
    version: report.version ?? "unknown",
    findings,
    scanned: (report.paths?.scanned ?? []).map((path) => prefix + path.replace(/^\.\//, "")),
    errors
  };
}
function describeSemgrepError(error) {
  const kind = Array.isArray(error.type) ? String(error.type[0]) : String(error.type ?? "error");
  const span = error.spans?.[0];
  const where = error.path ?? span?.file;
  const line = span?.start?.line;
  const text = (error.message ?? [error.short_msg, error.long_msg].filter(Boolean).join(": ")) || kind;
  const location = where ? `${where}${line && line > 0 ? `:${line}` : ""}: ` : "";
  const firstLines = text.split("\n").filter((part) => part.trim()).slice(0, 3).join(" ").replace(/\s+/g, " ");
  return `${location}${kind === "SemgrepError" ? "" : `${kind}: `}${firstLines}`;
}
function tail(stderr) {
  const lines = stderr.trim().split("\n").filter(Boolean).slice(-3);
  return lines.length ? `: ${lines.join(" | ")}` : "";
}

// src/gates/static-analysis/summary.ts
var MAX_ROWS = 50;
function renderSummary(input) {
  const { counts, mode } = input;
  const lines = [`### Static analysis: semgrep ${input.semgrepVersion}`, ""];
  lines.push(
    mode.kind === "diff" ? `Diff-aware: ${plural(mode.changed, "changed file")} against \`${mode.base}\` (merge base \`${mode.mergeBase.slice(0, 12)}\`), ${input.filesScanned} scanned. Only new findings block; unchanged files are covered by the full scan on push.` : `Full scan: ${plural(input.filesScanned, "file")} scanned.`
  );
  lines.push("", `Blocks on: ${input.failOn.join(", ") || "nothing (fail-on is empty)"}.`, "");
  lines.push("| Findings | Count |", "|---|---:|");
  lines.push(`| blocking | ${counts.blocking} |`);
  if (mode.kind === "diff") {
    lines.push(`| new | ${counts.fresh} |`);
    lines.push(`| pre-existing (shown, not blocking) | ${counts.existing} |`);
  }
  lines.push(`| waived | ${counts.waived} |`);
  if (counts.expiredWaivers) lines.push(`| blocking because a waiver expired | ${counts.expiredWaivers} |`);
  lines.push(`| total | ${input.findings.length} |`, "");
  if (input.findings.length > 0) {
    const ordered = [...input.findings].sort((a, b) => Number(b.blocking) - Number(a.blocking));
    lines.push("| | Severity | Rule | Location | Message |", "|---|---|---|---|---|");
    for (const finding of ordered.slice(0, MAX_ROWS)) {
      const status = finding.blocking ? "\u274C blocks" : `\u2796 ${finding.note ?? "not blocking"}`;
      lines.push(
        `| ${tableCell(status)} | ${finding.severity} | \`${finding.rule}\` | \`${finding.path}:${finding.line}\` | ${tableCell(firstSentence(finding.message))} |`
      );
    }
    if (ordered.length > MAX_ROWS)
      lines.push(
        "",
        `${plural(ordered.length - MAX_ROWS, "more finding")} ${ordered.length - MAX_ROWS === 1 ? "is" : "are"} in the result file.`
      );
    lines.push("");
  }
  if (counts.blocking > 0) {
    const shown = Math.min(counts.blocking, input.annotationCap);
    lines.push(
      `Annotations: ${shown} of ${plural(counts.blocking, "blocking finding")} annotated (cap ${input.annotationCap}, gates.static-analysis.max-annotations)${counts.blocking > shown ? `; ${counts.blocking - shown} more ${counts.blocking - shown === 1 ? "is" : "are"} listed above and in the result file` : ""}.`,
      ""
    );
  }
  if (input.sarifFile) lines.push(`SARIF 2.1.0: \`${input.sarifFile}\``, "");
  for (const note of input.notes) lines.push(`> ${note}`, "");
  return `${lines.join("\n").trimEnd()}
`;
}
function firstSentence(text) {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return (match?.[1] ?? text).slice(0, 200);
}

// src/gates/static-analysis/waivers.ts
function isoDay(now) {
  return now.toISOString().slice(0, 10);
}
function waiverFor(finding, waivers, today, prefix = "") {
  const names = pathNames(finding.path, prefix);
  const matching = waivers.filter(
    (waiver) => compileGlob(waiver.rule)(finding.rule) && (waiver.path === void 0 || names.some((name) => compileGlob(waiver.path)(name)))
  );
  const active = matching.find((waiver) => today < waiver.expires);
  if (active) return { state: "active", waiver: active };
  const expired = matching.sort((a, b) => b.expires.localeCompare(a.expires))[0];
  return expired ? { state: "expired", waiver: expired } : { state: "none" };
}
function pathNames(path, prefix) {
  return prefix && path.startsWith(prefix) ? [path, path.slice(prefix.length)] : [path];
}
function describeWaiver(waiver) {
  return `rule ${waiver.rule}${waiver.path ? ` on ${waiver.path}` : ""}: ${waiver.reason}`;
}

// src/gates/static-analysis/index.ts
var DEFAULT_RULES = ["terrafusion:default"];
var DEFAULT_FAIL_ON = ["CRITICAL", "HIGH", "ERROR"];
var DEFAULT_CAP = 10;
var staticAnalysisGate = {
  name: "static-analysis",
  summary: "semgrep with local rule packs; on a pull request (--base) only new findings block",
  configure(command) {
    command.option("--sarif <file>", "also write the findings as SARIF 2.1.0 (for GitHub code scanning)").option(
      "--now <date>",
      "read waivers as of this day, YYYY-MM-DD (default: today, UTC)",
      dayFlag("--now")
    );
  },
  async run(context) {
    const startedAt = /* @__PURE__ */ new Date();
    const section = context.policy.gates?.["static-analysis"];
    if (!section || section.enabled === false)
      return gateResult({
        gate: "static-analysis",
        conclusion: "skipped",
        headline: "disabled in the policy",
        summary: "### Static analysis\n\nSkipped: `gates.static-analysis.enabled` is false.\n",
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    let since;
    if (context.base && section["new-findings-only"] !== false) {
      context.progress(`finding the merge base of ${context.base} and HEAD`);
      since = await mergeBase(context.cwd, context.base, { progress: context.progress });
    }
    try {
      return await scan(context, section, startedAt, since);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return gateResult({
        gate: "static-analysis",
        conclusion: "error",
        headline: `could not scan: ${error.message.split("\n")[0]}`,
        error: error.message,
        summary: `### Static analysis: error

The scan did not finish, so this gate knows nothing about the code.

${codeBlock(error.message)}
`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    }
  }
};
function readOptions(options) {
  const { sarif, now, semgrep } = options;
  if (now !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(now))
    throw new UsageError(`--now: expected a day as YYYY-MM-DD, got ${JSON.stringify(now)}`);
  return { sarif, now, semgrep };
}
async function scan(context, section, startedAt, since) {
  const options = readOptions(context.options);
  const { cwd, progress } = context;
  const configs = resolveRulePaths(section.rules ?? DEFAULT_RULES, cwd);
  const rules = readRuleInfo(configs);
  const failOn = section["fail-on"] ?? DEFAULT_FAIL_ON;
  const timeoutMs = parseDuration(section.timeout ?? "10m") ?? 6e5;
  const prefix = await projectPrefix(cwd);
  const inScope = scopeFilter(section.include, section.exclude, prefix);
  const semgrep = {
    configs,
    timeoutMs,
    knownRules: [...rules.keys()],
    bin: options.semgrep,
    signal: context.signal
  };
  const notes = [];
  let head;
  let existing = /* @__PURE__ */ new Set();
  let mode = { kind: "full" };
  if (context.base && since) {
    const changes = (await changedFiles(cwd, since)).filter(
      (change) => change.status !== "deleted" && change.path.startsWith(prefix) && inScope(change.path)
    );
    mode = { kind: "diff", base: context.base, mergeBase: since, changed: changes.length };
    if (changes.length === 0) return nothingChanged(context.base, startedAt);
    const baseNameOf = /* @__PURE__ */ new Map();
    for (const change of changes) {
      if (change.status === "added") continue;
      baseNameOf.set(change.path, change.oldPath ?? change.path);
    }
    const headNameOf = new Map([...baseNameOf].map(([headPath, basePath]) => [basePath, headPath]));
    const baseDir = mkdtempSync(join4(tmpdir(), "terrafusion-base-"));
    try {
      const basePaths = await extractFiles(cwd, since, [...baseNameOf.values()], baseDir);
      progress(
        `semgrep on ${plural(changes.length, "changed file")} and ${basePaths.length} at the merge base`
      );
      const [headScan, baseScan] = await Promise.all([
        runSemgrep({ ...semgrep, cwd, pathPrefix: prefix, only: changes.map((change) => change.path) }),
        basePaths.length ? runSemgrep({ ...semgrep, cwd: baseDir, targets: basePaths }) : void 0
      ]);
      head = headScan;
      if (baseScan?.errors.length)
        notes.push(
          `At the merge base semgrep reported ${plural(baseScan.errors.length, "problem")} (${baseScan.errors[0]}); findings there may show as new here.`
        );
      const split = classify(headScan.findings, baseScan?.findings ?? [], (path) => headNameOf.get(path));
      existing = new Set(split.existing);
    } finally {
      rmSync(baseDir, { recursive: true, force: true });
    }
  } else {
    if (context.base) notes.push("new-findings-only is false: every finding counts, as in a full scan.");
    progress("semgrep on the whole repository");
    head = await runSemgrep({ ...semgrep, cwd, pathPrefix: prefix });
  }
  if (head.errors.length)
    throw new ToolError(
      "semgrep",
      `reported ${plural(head.errors.length, "error")}; no result can be trusted until they are fixed:
${head.errors.slice(0, 10).map((error) => `  - ${error}`).join("\n")}${head.errors.length > 10 ? `
  \u2026 and ${head.errors.length - 10} more` : ""}`
    );
  const today = options.now ?? isoDay(/* @__PURE__ */ new Date());
  const waivers = section.waivers ?? [];
  const counts = { blocking: 0, fresh: 0, existing: 0, waived: 0, expiredWaivers: 0 };
  const reported = [];
  for (const match of head.findings.filter((finding) => inScope(finding.path))) {
    const severity = normaliseSeverity(match.severity);
    const preExisting = existing.has(match);
    if (mode.kind === "diff") preExisting ? counts.existing++ : counts.fresh++;
    const finding = {
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
      ...mode.kind === "diff" ? { baseline: preExisting ? "unchanged" : "new" } : {}
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
  let sarifFile;
  if (options.sarif) {
    sarifFile = resolve2(options.sarif);
    mkdirSync2(dirname2(sarifFile), { recursive: true });
    writeFileSync2(sarifFile, `${JSON.stringify(buildSarif(reported, rules, head.version), null, 2)}
`);
  }
  const findings = reported.map(
    ({ code: _c, endColumn: _e, baseline: _b, waived: _w, ...finding }) => finding
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
    notes
  });
  const first = findings.find((finding) => finding.blocking);
  const headline = first ? `${plural(counts.blocking, "blocking finding")}, first ${first.rule} at ${first.path}:${first.line}` : mode.kind === "diff" ? `no new blocking findings in ${plural(mode.changed, "changed file")} (${counts.existing} pre-existing, ${counts.waived} waived)` : `no blocking findings in ${plural(head.scanned.length, "file")} (${findings.length} below fail-on or waived)`;
  return gateResult({
    gate: "static-analysis",
    conclusion: counts.blocking > 0 ? "failure" : "success",
    headline,
    metrics: {
      findings: findings.length,
      blocking: counts.blocking,
      ...mode.kind === "diff" ? { new: counts.fresh, "pre-existing": counts.existing } : {},
      waived: counts.waived,
      "files-scanned": head.scanned.length
    },
    thresholds: { blocking: 0 },
    findings,
    summary,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
}
function scopeFilter(include, exclude, prefix) {
  const included = include?.length ? compileGlobs(include) : () => true;
  const excluded = exclude?.length ? compileGlobs(exclude) : () => false;
  return (path) => {
    const names = pathNames(path, prefix);
    return names.some((name) => included(name)) && !names.some((name) => excluded(name));
  };
}
function nothingChanged(base, startedAt) {
  return gateResult({
    gate: "static-analysis",
    conclusion: "skipped",
    headline: `no changed files to scan against ${base}`,
    metrics: { findings: 0, blocking: 0, new: 0, "pre-existing": 0, waived: 0, "files-scanned": 0 },
    summary: `### Static analysis

No changed files in scope against \`${base}\`: nothing to scan.
`,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
}

export {
  staticAnalysisGate
};
