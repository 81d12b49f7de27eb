import { plural } from "../core/format.ts";
import { describeActors, membership } from "./actors.ts";
import { WEB_FLOW } from "./commits.ts";
import type { ConditionCheck, Conditions } from "./conditions.ts";
import { type PullSnapshot, same } from "./snapshot.ts";
import { textMatch } from "./text-match.ts";

type Commit = PullSnapshot["commits"][number];
const short = (sha: string) => sha.slice(0, 7);
const list = (items: readonly string[]) =>
  items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;

/** The people on a commit: its author and committer, without GitHub's web-flow. */
const peopleOf = (commit: Commit) =>
  [commit.author, commit.committer].filter((login): login is string => !!login && !same(login, WEB_FLOW));

/** Conditions over the pull request's commits: who made them, their signatures, their messages. */
export function commitChecks(conditions: Conditions, pull: PullSnapshot): ConditionCheck[] {
  const checks: ConditionCheck[] = [];
  const only = conditions["only-contributors"];
  if (only) {
    const outside = new Set<string>();
    for (const commit of pull.commits) {
      const people = peopleOf(commit);
      if (people.length === 0) outside.add(`an unknown author of ${short(commit.sha)}`);
      for (const login of people) if (!membership(only, login, pull)) outside.add(login);
    }
    checks.push(
      outside.size === 0
        ? { holds: true, reason: `every commit is by ${describeActors(only, pull)}` }
        : {
            holds: false,
            reason: `commits by ${list([...outside])}, not among ${describeActors(only, pull)}`,
          },
    );
  }

  const onlyAuthor = conditions["author-is-only-contributor"];
  if (onlyAuthor !== undefined) {
    const others = new Set<string>();
    for (const commit of pull.commits) {
      const people = peopleOf(commit);
      if (people.length === 0) others.add(`an unknown author of ${short(commit.sha)}`);
      for (const login of people) if (!same(login, pull.author)) others.add(login);
    }
    const alone = others.size === 0;
    checks.push({
      holds: alone === onlyAuthor,
      reason: alone
        ? `${pull.author} made every commit`
        : `${list([...others])} also made commits (not only ${pull.author})`,
    });
  }

  const wantValid = conditions["valid-signatures"];
  const by = conditions["valid-signatures-by"];
  const keys = conditions["valid-signatures-by-keys"];
  if (wantValid !== undefined || by || keys) {
    const unsigned = pull.commits.filter((commit) => !commit.signature?.valid).map((c) => short(c.sha));
    const none = pull.commits.length === 0;
    if (wantValid !== undefined) {
      const allValid = !none && unsigned.length === 0;
      checks.push({
        holds: allValid === wantValid,
        reason: none
          ? "the pull request has no commits"
          : allValid
            ? `every commit has a verified signature (${plural(pull.commits.length, "commit")})`
            : `${plural(unsigned.length, "commit")} without a verified signature: ${list(unsigned)}`,
      });
    }
    if (by) {
      const wrong = pull.commits.filter((commit) => {
        const signer = commit.signature?.valid ? commit.signature.signer : undefined;
        return !signer || !membership(by, signer, pull);
      });
      checks.push(
        !none && wrong.length === 0
          ? { holds: true, reason: `every commit is signed by ${describeActors(by, pull)}` }
          : {
              holds: false,
              reason: none
                ? "the pull request has no commits"
                : `not signed (verified) by ${describeActors(by, pull)}: ${list(
                    wrong.map(
                      (c) => `${short(c.sha)}${c.signature?.signer ? ` (${c.signature.signer})` : ""}`,
                    ),
                  )}`,
            },
      );
    }
    if (keys) {
      const wrong = pull.commits.filter((commit) => {
        const key = commit.signature?.valid ? commit.signature["key-id"] : undefined;
        return !key || !keys.some((wanted) => same(wanted, key));
      });
      checks.push(
        !none && wrong.length === 0
          ? { holds: true, reason: `every commit is signed with key ${keys.join(" or ")}` }
          : {
              holds: false,
              reason: none
                ? "the pull request has no commits"
                : `not signed (verified) with key ${keys.join(" or ")}: ${list(wrong.map((c) => short(c.sha)))}`,
            },
      );
    }
  }

  const messages = conditions["commit-messages"];
  if (messages)
    checks.push(
      textMatch(
        messages,
        pull.commits.map((c) => c.message ?? ""),
        "a commit message",
      ),
    );
  return checks;
}
