import { anchored, compileTranslation, GlobError, globBody } from "../core/safe-glob.ts";

export interface CodeOwnersEntry {
  pattern: string;
  owners: string[];
  line: number;
  /** Whether the line covers a path (the path itself or a folder above it). */
  matches: (path: string) => boolean;
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
    // gitignore reads a leading `!` as negation; CODEOWNERS has none, so such a line matches nothing.
    if (!pattern || pattern.startsWith("!")) return;
    const matches = codeOwnersMatcher(pattern);
    // GitHub skips a line it cannot read; so do we (it then owns nothing).
    if (matches) entries.push({ pattern, owners, line: index + 1, matches });
  });
  return entries;
}

/**
 * A CODEOWNERS pattern (gitignore rules) compiled to RE2: CODEOWNERS is the repository's text, read by
 * the app, so it must match in linear time like every pattern. A pattern without a slash but at its
 * end matches at any depth; a leading or middle slash anchors it at the root; a pattern covers
 * everything under a folder it matches, and one ending in / only folders.
 */
function codeOwnersMatcher(pattern: string): ((path: string) => boolean) | undefined {
  const folderOnly = pattern.endsWith("/");
  let body = folderOnly ? pattern.slice(0, -1) : pattern;
  const rooted = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  try {
    const inner = globBody(body, "gitignore");
    const source = anchored(`${rooted ? "" : "(?:.*/)?"}(?:${inner})${folderOnly ? "/.*" : "(?:/.*)?"}`);
    return compileTranslation(pattern, { source, negated: false });
  } catch (error) {
    if (error instanceof GlobError) return undefined;
    throw error;
  }
}

/** The owners of a path: the LAST matching line wins; a matching line without owners unowns it. */
export function ownersOf(entries: CodeOwnersEntry[], path: string): { owners: string[]; line?: number } {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.matches(path)) return { owners: entry.owners, line: entry.line };
  }
  return { owners: [] };
}
