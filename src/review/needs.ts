import { compilePattern, type TextPattern } from "../core/safe-regex.ts";
import { type Actors, isEmptyActors } from "./actors.ts";
import { parseCodeOwners } from "./codeowners.ts";
import type { Conditions } from "./conditions.ts";
import { checkConditions } from "./conditions.ts";
import type { ReviewPolicy } from "./evaluate.ts";
import type { PullSnapshot } from "./snapshot.ts";

/** What the evaluator will look up about people, so the adapter fetches that and nothing else. */
export interface Needs {
  teams: Set<string>;
  organizations: Set<string>;
  /** Whose repository permission matters: approvers (requirements), disapprovers, the author and contributors (conditions). */
  permissions: { approvers: boolean; disapprovers: boolean; people: boolean };
  codeowners: boolean;
  gates: boolean;
  /** What the query reads only for a policy that uses it: each flag names what needs it. */
  fetch: {
    /** File change types (deleted-files, no-deleted-files). */
    changeTypes: boolean;
    /** Commit messages and parents (commit-messages, ignore-update-merges). */
    messages: boolean;
    /** Commit signatures (valid-signatures, -by, -by-keys). */
    signatures: boolean;
    /** Whether comments, reviews and the description were edited (ignore-edited-comments). */
    edits: boolean;
    /** The description (body-patterns). */
    body: boolean;
    /** Check runs and commit statuses of the head commit (checks). */
    checks: boolean;
    /** Workflow runs of the head commit (workflows). */
    workflows: boolean;
    /** The repository's custom properties (custom-properties). */
    customProperties: boolean;
  };
  /** Every comment pattern that approves or disapproves: other comments need no look-up. */
  patterns: TextPattern[];
}

/**
 * Given the pull request (without people), a rule whose other conditions already fail needs no
 * look-ups for its requirement: a skipped rule costs no requests.
 */
export function needsOf(review: ReviewPolicy | undefined, pull?: PullSnapshot): Needs {
  const needs: Needs = {
    teams: new Set(),
    organizations: new Set(),
    permissions: { approvers: false, disapprovers: false, people: false },
    codeowners: false,
    gates: false,
    fetch: {
      changeTypes: false,
      messages: false,
      signatures: false,
      edits: false,
      body: false,
      checks: false,
      workflows: false,
      customProperties: false,
    },
    patterns: [],
  };
  const sources = [
    ...(review?.methods?.["comment-patterns"] ?? []),
    ...(review?.disapproval?.["comment-patterns"] ?? []),
    ...(review?.rules ?? []).flatMap((rule) => rule.options?.methods?.["comment-patterns"] ?? []),
  ];
  needs.patterns = [...new Set(sources)].map(compilePattern);
  const add = (actors: Actors | undefined, role: keyof Needs["permissions"]) => {
    for (const team of actors?.teams ?? []) needs.teams.add(team);
    for (const org of actors?.organizations ?? []) needs.organizations.add(org);
    if (actors?.permissions?.length) needs.permissions[role] = true;
  };
  const conditionNeeds = (conditions: Conditions | undefined) => {
    if (!conditions) return;
    for (const key of PEOPLE_CONDITIONS) add(conditions[key], "people");
    if (conditions.gates && Object.keys(conditions.gates).length > 0) needs.gates = true;
    const fetch = needs.fetch;
    if (conditions["deleted-files"] || conditions["no-deleted-files"]) fetch.changeTypes = true;
    if (conditions["commit-messages"]) fetch.messages = true;
    if (
      conditions["valid-signatures"] !== undefined ||
      conditions["valid-signatures-by"] ||
      conditions["valid-signatures-by-keys"]
    )
      fetch.signatures = true;
    if (conditions.checks) fetch.checks = true;
    if (conditions.workflows) fetch.workflows = true;
    if (conditions["custom-properties"] && Object.keys(conditions["custom-properties"]).length > 0)
      fetch.customProperties = true;
  };
  const optionNeeds = (options: RuleOptions | undefined) => {
    if (!options) return;
    add(options["ignore-commits-by"], "people");
    if (options["ignore-update-merges"]) needs.fetch.messages = true;
    if (options["ignore-edited-comments"]) needs.fetch.edits = true;
    if (options.methods?.["body-patterns"]?.length) needs.fetch.body = true;
  };
  optionNeeds(review);
  if (review?.disapproval?.enabled !== false) conditionNeeds(review?.disapproval?.if);
  for (const rule of review?.rules ?? []) {
    if (!pull || mayApply(rule.if, pull)) {
      add(rule.require, "approvers");
      // A bare count counts people with write permission (GitHub's rule): their permission matters.
      const require = rule.require;
      const count = require.count ?? (require["code-owners"] || require["each-team"]?.length ? 0 : 1);
      if (isEmptyActors(require) && count > 0) needs.permissions.approvers = true;
      for (const team of rule.require["each-team"] ?? []) needs.teams.add(team);
      if (rule.require["code-owners"]) needs.codeowners = true;
    }
    conditionNeeds(rule.if);
    conditionNeeds(rule.require.conditions);
    optionNeeds(rule.options);
  }
  if (review && review.disapproval?.enabled !== false) {
    const who = review.disapproval?.who;
    if (who && Object.values(who).some((list) => list?.length)) add(who, "disapprovers");
    else needs.permissions.disapprovers = true;
  }
  return needs;
}

/** Teams that CODEOWNERS names (@org/team). */
export function codeOwnerTeams(text: string): string[] {
  const teams = new Set<string>();
  for (const entry of parseCodeOwners(text))
    for (const owner of entry.owners)
      if (owner.startsWith("@") && owner.includes("/")) teams.add(owner.slice(1));
  return [...teams];
}

type Rule = NonNullable<ReviewPolicy["rules"]>[number];
type RuleOptions = Pick<
  NonNullable<Rule["options"]>,
  "ignore-commits-by" | "ignore-update-merges" | "ignore-edited-comments" | "methods"
>;

/** Conditions that name people: they need look-ups of teams, organizations or permissions. */
const PEOPLE_CONDITIONS = [
  "author",
  "not-author",
  "contributors",
  "only-contributors",
  "valid-signatures-by",
] as const;

function mayApply(conditions: Rule["if"], pull: PullSnapshot): boolean {
  if (!conditions) return true;
  const plain = { ...conditions };
  for (const key of PEOPLE_CONDITIONS) delete plain[key];
  return checkConditions(plain, pull).every((check) => check.holds);
}
