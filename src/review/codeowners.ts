import ignore, { type Ignore } from "ignore";

export interface CodeOwnersEntry {
  pattern: string;
  owners: string[];
  line: number;
  matcher: Ignore;
}

/** The standard places GitHub looks for CODEOWNERS, first found wins. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

/** Parses CODEOWNERS: one `PATTERN OWNER...` per line, gitignore pattern semantics, `#` comments. */
export function parseCodeOwners(text: string): CodeOwnersEntry[] {
  const entries: CodeOwnersEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    // `ignore` treats a leading `!` as negation; CODEOWNERS has none, so such a line matches nothing.
    if (!pattern || pattern.startsWith("!")) return;
    entries.push({ pattern, owners, line: index + 1, matcher: ignore().add(pattern) });
  });
  return entries;
}

/** The owners of a path: the LAST matching line wins; a matching line without owners unowns it. */
export function ownersOf(entries: CodeOwnersEntry[], path: string): { owners: string[]; line?: number } {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.matcher.ignores(path)) return { owners: entry.owners, line: entry.line };
  }
  return { owners: [] };
}
