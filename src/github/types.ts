import type { ProbotOctokit } from "probot";

/** The octokit every adapter takes: probot's, with REST methods, pagination, retry and throttling. */
export type GitHub = InstanceType<typeof ProbotOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}
