/** Pure parsers for `git diff` output: no git, no files. */

import { ToolError } from "../errors.ts";

export type ChangeStatus = "added" | "modified" | "deleted" | "renamed" | "copied" | "type-changed";

export interface ChangedFile {
  status: ChangeStatus;
  /** Path in the head tree (for a deleted file: the path it had). Relative to the repository root. */
  path: string;
  /** Path in the base tree, for renames and copies. */
  oldPath?: string;
  /** Git's similarity index (0..100) for renames and copies. */
  similarity?: number;
}

const STATUS: Record<string, ChangeStatus> = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed",
};

/** Parses `git diff --name-status -z -M`: NUL-separated status, then one path (two for R and C). */
export function parseNameStatus(text: string): ChangedFile[] {
  const parts = text.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const status = STATUS[code[0]!];
    if (!status)
      throw new ToolError(
        "git",
        `unexpected status ${JSON.stringify(code)} in git diff --name-status output (for ${JSON.stringify(parts[i])})`,
      );
    if (status === "renamed" || status === "copied") {
      const oldPath = parts[i++]!;
      const path = parts[i++]!;
      files.push({ status, path, oldPath, similarity: Number(code.slice(1)) || 0 });
    } else {
      files.push({ status, path: parts[i++]! });
    }
  }
  return files;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Added line numbers per head path, from `git diff --unified=0`. Deleted files have none; a
 * pure rename has none, since its lines are not new.
 */
export function parseAddedLines(patch: string): Map<string, number[]> {
  const added = new Map<string, number[]>();
  let current: number[] | undefined;
  for (const line of patch.split("\n")) {
    if (line.startsWith("diff --git ")) {
      current = undefined;
    } else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") {
        current = undefined;
      } else {
        const path = stripPrefix(unquote(target));
        current = added.get(path) ?? [];
        added.set(path, current);
      }
    } else if (current) {
      const hunk = HUNK.exec(line);
      if (hunk) {
        const start = Number(hunk[1]);
        const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
        for (let n = start; n < start + count; n++) current.push(n);
      }
    }
  }
  for (const [path, lines] of added) if (lines.length === 0) added.delete(path);
  return added;
}

function stripPrefix(path: string): string {
  return path.startsWith("b/") ? path.slice(2) : path;
}

const ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  '"': '"',
  "\\": "\\",
  a: "\x07",
  b: "\b",
  f: "\f",
  r: "\r",
  v: "\v",
};

/** Git C-quotes paths with unusual characters: "b/caf\303\251.js". */
export function unquote(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ESCAPES[next] ?? next, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
