import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);

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
  codeBlock,
  tableCell,
  boundedSummary
};
