import type { Conditions } from "./conditions.ts";

/** Reports a problem at a key path of the policy. */
export type LintAt = (path: (string | number)[], message: string) => void;

/** GitHub reports a GPG signature's key as its long key ID: 16 hexadecimal digits. */
const LONG_KEY_ID = /^[0-9A-F]{16}$/i;

const lower = (values: readonly string[] | undefined) => (values ?? []).map((value) => value.toLowerCase());

/** Why an entry of valid-signatures-by-keys can never equal the key ID GitHub reports, or undefined. */
export function keyIdProblem(key: string): string | undefined {
  if (LONG_KEY_ID.test(key)) return undefined;
  const hex = key.replace(/^0x/i, "").replace(/\s+/g, "");
  const hint =
    hex !== key && LONG_KEY_ID.test(hex)
      ? `write ${hex.toUpperCase()}`
      : /^[0-9A-F]{40}$/i.test(hex)
        ? `a fingerprint: write its last 16 digits, ${hex.slice(-16).toUpperCase()}`
        : /^[0-9A-F]{8}$/i.test(hex)
          ? "a short key ID: write the long one (gpg --list-keys --keyid-format long)"
          : "write the long key ID (gpg --list-keys --keyid-format long)";
  return `${JSON.stringify(key)} is not a GPG key ID as GitHub reports it (16 hexadecimal digits, e.g. 3AA5C34371567BD2), so no commit ever matches it: ${hint}`;
}

/**
 * Conditions that contradict each other or can never match what GitHub reports. `never` says what
 * that means where they are written: "can never apply" under `if`, "can never hold" under
 * `require.conditions`.
 */
export function lintConditions(
  conditions: Conditions | undefined,
  base: (string | number)[],
  never: string,
  at: LintAt,
): void {
  if (!conditions) return;
  for (const key of ["lines-changed", "lines-added", "lines-deleted"] as const) {
    const lines = conditions[key];
    if (
      lines?.["more-than"] !== undefined &&
      lines["less-than"] !== undefined &&
      lines["less-than"] - lines["more-than"] <= 1
    )
      at(
        [...base, key],
        `${never}: no number of lines is more than ${lines["more-than"]} and less than ${lines["less-than"]}`,
      );
  }

  const changed = conditions["changed-files"];
  if (
    changed?.ignore?.some((pattern) => pattern === "**" || changed.paths.includes(pattern)) &&
    changed.paths.every((p) => changed.ignore!.includes(p) || changed.ignore!.includes("**"))
  )
    at([...base, "changed-files", "ignore"], `${never}: ignore covers every path the rule matches`);
  const noChanged = conditions["no-changed-files"];
  if (changed && noChanged && changed.paths.every((p) => noChanged.includes(p) || noChanged.includes("**")))
    at(
      [...base, "no-changed-files"],
      `${never}: a file that changed-files needs is one that no-changed-files forbids`,
    );
  const deleted = conditions["deleted-files"];
  const notDeleted = conditions["no-deleted-files"];
  if (deleted && notDeleted && deleted.every((p) => notDeleted.includes(p) || notDeleted.includes("**")))
    at(
      [...base, "no-deleted-files"],
      `${never}: a deletion that deleted-files needs is one that no-deleted-files forbids`,
    );

  const author = conditions.author;
  const notAuthor = lower(conditions["not-author"]?.users);
  const onlyUsers =
    author && !author.teams?.length && !author.organizations?.length && !author.permissions?.length;
  if (onlyUsers && (author.users?.length ?? 0) > 0 && lower(author.users).every((u) => notAuthor.includes(u)))
    at([...base, "not-author"], `${never}: every listed author is also excluded by not-author`);

  const title = conditions.title;
  if (title !== undefined && conditions["not-title"]?.includes(title))
    at([...base, "not-title"], `${never}: the title must match ${JSON.stringify(title)} and must not`);

  if (conditions["valid-signatures"] === false)
    for (const key of ["valid-signatures-by", "valid-signatures-by-keys"] as const)
      if (conditions[key])
        at(
          [...base, key],
          `${never}: ${key} needs every commit signed and verified, valid-signatures: false needs one that is not`,
        );
  for (const [i, key] of (conditions["valid-signatures-by-keys"] ?? []).entries()) {
    const problem = keyIdProblem(key);
    if (problem) at([...base, "valid-signatures-by-keys", i], problem);
  }

  // A workflow file is named from the repository root; GitHub's own (dynamic/…) workflows have no .yml.
  for (const [i, path] of (conditions.workflows?.paths ?? []).entries())
    if (/\.ya?ml$/.test(path) && !path.startsWith(".github/workflows/"))
      at(
        [...base, "workflows", "paths", i],
        `${JSON.stringify(path)} never matches: GitHub names a workflow by its file from the repository root, e.g. .github/workflows/${path.split("/").pop()}`,
      );
}
