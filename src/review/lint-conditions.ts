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
 * Where conditions are written, which decides what a problem among them means. Under `if` and
 * `require.conditions` every key must hold (`all`): a key that can never hold, or two that exclude
 * each other, mean `never` ("can never apply", "can never hold"). Under `disapproval.if` any one key
 * disapproves (`any`): a key that can never hold is dead (`never`: "never holds, so it never
 * disapproves"), two keys that exclude each other are harmless, but two of which one always holds
 * disapprove every pull request (`always`).
 */
export type ConditionsPlace = { join: "all"; never: string } | { join: "any"; never: string; always: string };

/**
 * Conditions that contradict each other or can never match what GitHub reports; under `any`, also
 * those that together hold for every pull request.
 */
export function lintConditions(
  conditions: Conditions | undefined,
  base: (string | number)[],
  where: string | ConditionsPlace,
  at: LintAt,
): void {
  if (!conditions) return;
  const place: ConditionsPlace = typeof where === "string" ? { join: "all", never: where } : where;
  const never = place.never;
  /** A pair of keys: under `all` a contradiction (`excludes`), under `any` a cover (`covers`). */
  const pair = (path: string, excludes: string | false | undefined, covers: string | false | undefined) => {
    if (place.join === "all" && excludes) at([...base, path], `${never}: ${excludes}`);
    if (place.join === "any" && covers) at([...base, path], `${place.always}: ${covers}`);
  };
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
    at([...base, "changed-files", "ignore"], `${never}: ignore covers every path that changed-files matches`);
  const noChanged = conditions["no-changed-files"];
  if (changed && noChanged)
    pair(
      "no-changed-files",
      changed.paths.every((p) => noChanged.includes(p) || noChanged.includes("**")) &&
        "a file that changed-files needs is one that no-changed-files forbids",
      !changed.ignore?.length &&
        noChanged.every((p) => changed.paths.includes(p) || changed.paths.includes("**")) &&
        "a pull request that changes a file no-changed-files names is matched by changed-files, and one that changes none by no-changed-files",
    );
  const deleted = conditions["deleted-files"];
  const notDeleted = conditions["no-deleted-files"];
  if (deleted && notDeleted)
    pair(
      "no-deleted-files",
      deleted.every((p) => notDeleted.includes(p) || notDeleted.includes("**")) &&
        "a deletion that deleted-files needs is one that no-deleted-files forbids",
      notDeleted.every((p) => deleted.includes(p) || deleted.includes("**")) &&
        "a pull request that deletes a file no-deleted-files names is matched by deleted-files, and one that deletes none by no-deleted-files",
    );

  const author = conditions.author;
  const notAuthor = conditions["not-author"];
  const onlyUsers = (actors: typeof author) =>
    actors && !actors.teams?.length && !actors.organizations?.length && !actors.permissions?.length;
  const within = (some: readonly string[] | undefined, all: readonly string[] | undefined) =>
    (some?.length ?? 0) > 0 && lower(some).every((user) => lower(all).includes(user));
  if (author && notAuthor)
    pair(
      "not-author",
      onlyUsers(author) &&
        within(author.users, notAuthor.users) &&
        "every listed author is also excluded by not-author",
      onlyUsers(notAuthor) &&
        within(notAuthor.users, author.users) &&
        "an author that not-author excludes is listed under author, and any other author is not excluded",
    );

  const title = conditions.title;
  const notTitle = conditions["not-title"];
  if (title !== undefined && notTitle)
    pair(
      "not-title",
      notTitle.includes(title) && `the title must match ${JSON.stringify(title)} and must not`,
      notTitle.every((pattern) => pattern === title) &&
        `every title either matches ${JSON.stringify(title)} or does not`,
    );

  if (conditions["valid-signatures"] === false)
    for (const key of ["valid-signatures-by", "valid-signatures-by-keys"] as const)
      if (conditions[key])
        pair(
          key,
          `${key} needs every commit signed and verified, valid-signatures: false needs one that is not`,
          false,
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
