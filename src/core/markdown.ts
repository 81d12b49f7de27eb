/**
 * Text from users and tools (a policy error, semgrep's message, a test's output) placed into the
 * markdown of a check run, a comment or a job summary, without letting it change the markup around it.
 */

/** A fenced block that the text cannot close: its fence is longer than any backtick run inside. */
export function codeBlock(text: string, info = ""): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${text.replace(/\n$/, "")}\n${fence}`;
}

/**
 * One table cell: no line break or `|` to start a row of its own, no HTML (`<!--` would hide the rows
 * after it, a marker would pass for ours). "84% < 90%" stays as written.
 */
export function tableCell(text: string): string {
  return String(text)
    .replace(/\s+/g, " ")
    .replace(/\|/g, "\\|")
    .replace(/<(?=[!/?A-Za-z])/g, "&lt;");
}

/**
 * GitHub refuses a job summary over 1 MiB per step, and the umbrella action writes one per gate in a
 * single step: each gate's part stays under a quarter of that, cut at a line with a note.
 */
export const SUMMARY_LIMIT_BYTES = 256 * 1024;

export function boundedSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note =
    "\n\n_(The rest of this summary is left out: it is longer than a job summary may be. The GateResult file has the figures.)_\n";
  let cut = Buffer.from(markdown)
    .subarray(0, limit - Buffer.byteLength(note))
    .toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > 0) cut = cut.slice(0, lastLine);
  // An open code fence would swallow the note.
  const fences = cut.match(/^(`{3,}|~{3,})/gm) ?? [];
  if (fences.length % 2 === 1) cut += `\n${fences.at(-1)}`;
  return cut + note;
}
