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
