import { validate } from "@octokit/graphql-schema";
import { expect, it } from "vitest";
import { PULL_QUERY } from "../../src/github/pull-query.ts";

// GitHub's public GraphQL schema as @octokit/graphql-schema publishes it: GitHub itself is out of reach
// here, so this is what tells a field the query guessed (a signature's signer, a workflow run's file,
// the head commit's status rollup) from one GitHub has.

it("the pull request query, with every part a policy can ask for, is valid against GitHub's schema", () => {
  const errors = validate(PULL_QUERY).map((error) => error.message);
  expect(errors).toEqual([]);
});

it("catches a field GitHub does not have (the check is not vacuous)", () => {
  const broken = PULL_QUERY.replace("signer { login }", "signer { login } signedBy");
  expect(validate(broken).map((error) => error.message)).toEqual([
    expect.stringContaining('Cannot query field "signedBy"'),
  ]);
});
