import { type PolicyProblem, ToolError, UsageError } from "../errors.ts";
import { policySource } from "../fs/policy-source.ts";
import type { LoadedPolicy } from "../policy/load.ts";
import { type ActorRef, actorRefs } from "../review/actor-refs.ts";
import { policyPositions } from "../review/lint.ts";
import { tokenFrom, tokenOctokit } from "./octokit.ts";
import type { GitHub } from "./types.ts";

type Lookup =
  | { found: true; organization?: boolean }
  | { found: false; user?: boolean }
  | { unreadable: string };

export interface ActorLint {
  problems: PolicyProblem[];
  /** Lines for the user about checks that did not happen (no token, a team the token may not read). */
  notices: string[];
  /** GitHub rejected the token or could not be reached: the checks did not happen. */
  error?: UsageError;
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

async function lookUp(octokit: GitHub, ref: ActorRef): Promise<Lookup> {
  try {
    if (ref.kind === "team") {
      const [org, slug] = ref.name.split("/") as [string, string];
      await octokit.rest.teams.getByName({ org, team_slug: slug });
      return { found: true };
    }
    if (ref.kind === "organization") {
      await octokit.rest.orgs.get({ org: ref.name });
      return { found: true };
    }
    const { data } = await octokit.rest.users.getByUsername({ username: ref.name });
    return { found: true, organization: data.type === "Organization" };
  } catch (error) {
    const status = statusOf(error);
    // A user's login under organizations is a likely slip: say so rather than "does not exist".
    if (status === 404 && ref.kind === "organization")
      return { found: false, user: await isUser(octokit, ref.name) };
    if (status === 404) return { found: false };
    // Teams need read:org (or members:read); a token without it gets 403, which says nothing about the team.
    if (status === 403 && ref.kind === "team") return { unreadable: (error as Error).message };
    throw error;
  }
}

async function isUser(octokit: GitHub, login: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.users.getByUsername({ username: login });
    return data.type === "User";
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/**
 * Checks on GitHub that every team, user and organization the policy names exists, one request per distinct name.
 * A missing one is a problem at its position in the policy file.
 */
export async function lintActorsOnGitHub(
  octokit: GitHub,
  loaded: LoadedPolicy,
  cwd: string,
): Promise<ActorLint> {
  const refs = actorRefs(loaded.policy);
  const lookups = new Map<string, Promise<Lookup>>();
  const keyOf = (ref: ActorRef) => `${ref.kind}:${ref.name.toLowerCase()}`;
  for (const ref of refs) if (!lookups.has(keyOf(ref))) lookups.set(keyOf(ref), lookUp(octokit, ref));
  let answers: Map<string, Lookup>;
  try {
    const settled = await Promise.all(
      [...lookups].map(async ([key, answer]) => [key, await answer] as const),
    );
    answers = new Map(settled);
  } catch (error) {
    return { problems: [], notices: [], error: lookupError(error) };
  }
  const position = policyPositions(loaded, policySource(cwd));
  const problems: PolicyProblem[] = [];
  const notices = new Set<string>();
  for (const ref of refs) {
    const answer = answers.get(keyOf(ref))!;
    const at = { ...position(ref.path), path: ref.path.join(".") };
    if ("unreadable" in answer)
      notices.add(
        `notice: team ${ref.name} was not checked: the token may not read the teams of ${ref.name.split("/")[0]} (GitHub said: ${answer.unreadable}); use a token with read:org`,
      );
    else if (!answer.found)
      problems.push({
        ...at,
        message:
          ref.kind === "team"
            ? `team ${ref.name} does not exist (or the token cannot see it)`
            : ref.kind === "organization"
              ? answer.user
                ? `${ref.name} is a user, not an organization (list it under users)`
                : `organization ${ref.name} does not exist`
              : `user ${ref.name} does not exist`,
      });
    else if (answer.organization)
      problems.push({
        ...at,
        message: `${ref.name} is an organization, not a user (list it under organizations)`,
      });
  }
  return { problems, notices: [...notices] };
}

function lookupError(error: unknown): UsageError {
  const status = statusOf(error);
  const said = (error as Error).message ?? String(error);
  if (status === 401)
    return new UsageError(
      `GitHub rejected the token (401 ${said}): set a valid GITHUB_TOKEN, or unset it to skip checking teams, users and organizations`,
    );
  return new ToolError(
    "GitHub",
    status
      ? `${status} ${said} while checking teams, users and organizations (try again later, or unset GITHUB_TOKEN to skip)`
      : `could not reach GitHub to check teams, users and organizations (${said}); unset GITHUB_TOKEN to skip`,
  );
}

/** `policy validate`'s check of teams, users and organizations: on GitHub with a token, otherwise one notice that it was skipped. */
export async function lintActors(
  loaded: LoadedPolicy,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ActorLint> {
  if (actorRefs(loaded.policy).length === 0) return { problems: [], notices: [] };
  const token = tokenFrom(env);
  if (!token)
    return {
      problems: [],
      notices: [
        "notice: teams, users and organizations named in the policy were not checked on GitHub (set GITHUB_TOKEN or GH_TOKEN to check them)",
      ],
    };
  return lintActorsOnGitHub(tokenOctokit(token, env) as GitHub, loaded, cwd);
}
