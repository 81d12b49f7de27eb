import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);

// src/core/gate-result.ts
var EXIT_FOR = { success: 0, skipped: 0, failure: 1, error: 2 };
function gateResult(fields) {
  return {
    schema: "terrafusion/gate-result@1",
    findings: [],
    thresholds: {},
    metrics: {},
    summary: "",
    ...fields
  };
}
var CONCLUSIONS = /* @__PURE__ */ new Set(["success", "failure", "error", "skipped"]);
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function isGateResult(value, gate) {
  return isRecord(value) && value.schema === "terrafusion/gate-result@1" && typeof value.gate === "string" && (gate === void 0 || value.gate === gate) && typeof value.conclusion === "string" && CONCLUSIONS.has(value.conclusion) && typeof value.headline === "string" && isRecord(value.metrics) && isRecord(value.thresholds) && (value.base === void 0 || value.base === null || isRecord(value.base));
}

// src/core/markdown.ts
function codeBlock(text, info = "") {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}
${text.replace(/\n$/, "")}
${fence}`;
}
function tableCell(text) {
  return String(text).replace(/\s+/g, " ").replace(/\|/g, "\\|").replace(/<(?=[!/?A-Za-z])/g, "&lt;");
}
var SUMMARY_LIMIT_BYTES = 256 * 1024;
function boundedSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n_(The rest of this summary is left out: it is longer than a job summary may be. The GateResult file has the figures.)_\n";
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note)).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > 0) cut = cut.slice(0, lastLine);
  const fences = cut.match(/^(`{3,}|~{3,})/gm) ?? [];
  if (fences.length % 2 === 1) cut += `
${fences.at(-1)}`;
  return cut + note;
}

export {
  EXIT_FOR,
  gateResult,
  isGateResult,
  codeBlock,
  tableCell,
  boundedSummary
};
