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

export {
  codeBlock,
  tableCell
};
