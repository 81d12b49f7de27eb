/**
 * A path that a policy names (extends, semgrep rules, a k6 script, a coverage reports folder) must stay
 * in the repository: a pull request's policy otherwise reads `/etc/shadow` or `../../../etc/passwd`,
 * and the loader's "unknown key" errors print its lines into CI logs. Checked on the path as written
 * and again after symbolic links are resolved.
 */
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

export type Containment = { inside: true; absolute: string } | { inside: false; reason: string };

/** `path` as the policy wrote it, relative to `base` (default the root), checked to stay under `root`. */
export function inRepository(root: string, path: string, base = root): Containment {
  if (isAbsolute(path) || /^[\\/]/.test(path))
    return {
      inside: false,
      reason: "is an absolute path: name a file in the repository, relative to its root",
    };
  const absolute = resolve(base, path);
  if (!within(resolve(root), absolute))
    return {
      inside: false,
      reason: "leaves the repository: name a file in the repository, relative to its root",
    };
  const real = realpathOfNearest(absolute);
  const realRoot = realpathOfNearest(resolve(root));
  if (!within(realRoot, real))
    return {
      inside: false,
      reason: "leads outside the repository through a symbolic link: name a file in the repository",
    };
  return { inside: true, absolute };
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realpathOfNearest(path: string): string {
  let rest = "";
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), rest);
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      rest = join(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)), rest);
      current = parent;
    }
  }
}

/** The repository a folder belongs to: the nearest folder above it with a .git, else the folder itself. */
export function repositoryRoot(folder: string): string {
  let current = resolve(folder);
  for (;;) {
    if (existsSync(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return resolve(folder);
    current = parent;
  }
}
