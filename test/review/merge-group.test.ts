import { describe, expect, it } from "vitest";
import { MergeGroupError, pullOfMessage, pullsOfGroup, queuedPull } from "../../src/github/merge-group.ts";
import type { Verdict } from "../../src/review/evaluate.ts";
import { decideGroup } from "../../src/review/group.ts";

const SHA = "929f8209d40f77f4abc622a499c93a83babdbe64";
const ref = (branch: string, number: number) => `refs/heads/gh-readonly-queue/${branch}/pr-${number}-${SHA}`;

describe("the pull requests of a merge group", () => {
  it("reads the pull request a queue branch is named after, also for a base branch with slashes", () => {
    expect(queuedPull(ref("main", 104))).toBe(104);
    expect(queuedPull(ref("release/2.x", 7))).toBe(7);
    expect(queuedPull("refs/heads/main")).toBeUndefined();
    expect(queuedPull("refs/heads/gh-readonly-queue/main/pr-x-abc")).toBeUndefined();
  });

  it("reads the pull request a queue commit names: a merge commit or a squash commit, first line only", () => {
    expect(pullOfMessage("Merge pull request #2048 from octo-repo/update-readme\n\nUpdate README.md")).toBe(
      2048,
    );
    expect(pullOfMessage("Update README.md (#12)\n\n* a commit")).toBe(12);
    expect(pullOfMessage("Update README.md\n\nSee (#12)")).toBeUndefined();
    expect(pullOfMessage("Fix #12")).toBeUndefined();
  });

  it("follows first parents from the head to the base, in queue order, then the branch's pull request", () => {
    const commits = [
      { sha: "a", parents: ["base"], message: "First change (#1)" },
      { sha: "inner", parents: ["x", "y"], message: "Merge pull request #99 from me/sub" },
      { sha: "b", parents: ["a", "inner"], message: "Merge pull request #2 from me/two" },
      { sha: "head", parents: ["b"], message: "Third change (#3)" },
    ];
    expect(pullsOfGroup({ headSha: "head", baseSha: "base", headRef: ref("main", 3) }, commits)).toEqual([
      1, 2, 3,
    ]);
    // A rebase leaves no numbers in the messages: the branch still names its pull request.
    const rebased = [
      { sha: "r1", parents: ["base"], message: "Refactor step 1" },
      { sha: "head", parents: ["r1"], message: "Refactor step 2" },
    ];
    expect(pullsOfGroup({ headSha: "head", baseSha: "base", headRef: ref("main", 113) }, rebased)).toEqual([
      113,
    ]);
  });

  it("refuses to guess: a range it could not read whole, or no pull request named anywhere", () => {
    const group = { headSha: "head", baseSha: "base", headRef: ref("main", 5) };
    expect(() => pullsOfGroup(group, [{ sha: "head", parents: ["missing"], message: "x (#5)" }])).toThrow(
      MergeGroupError,
    );
    expect(() =>
      pullsOfGroup({ ...group, headRef: "refs/heads/elsewhere" }, [
        { sha: "head", parents: ["base"], message: "A change" },
      ]),
    ).toThrow(/neither the queue branch refs\/heads\/elsewhere nor/);
  });
});

const verdict = (status: Verdict["status"], title: string): Verdict => ({
  status,
  title,
  rules: [],
  disapprovals: [],
  combination: "",
});

describe("the review check of a merge group", () => {
  it("succeeds when every pull request is approved or needs nothing", () => {
    const decision = decideGroup("main", [
      { number: 1, title: "One", verdict: verdict("approved", "Approved: one reviewer") },
      { number: 2, title: "Two | pipes", verdict: verdict("skipped", "No rule applies") },
    ]);
    expect(decision.conclusion).toBe("success");
    expect(decision.title).toBe("2 pull requests pass the review policy on main: #1, #2");
    expect(decision.summary).toContain("| #2 Two \\| pipes | no rule applies | No rule applies |");
  });

  it("fails when any pull request is waiting, disapproved or under a broken policy, naming each", () => {
    const decision = decideGroup("main", [
      { number: 1, title: "One", verdict: verdict("approved", "Approved: x") },
      { number: 2, title: "Two", verdict: verdict("pending", "Waiting: x needs 1 more approval") },
      { number: 3, title: "Three", verdict: verdict("disapproved", "Blocked: eve (requested changes)") },
    ]);
    expect(decision.conclusion).toBe("failure");
    expect(decision.title).toBe(
      "2 of 3 pull requests are not approved: #2 (waiting for approval), #3 (disapproved)",
    );
    expect(decision.text).toContain("## #3 Three");
  });
});
