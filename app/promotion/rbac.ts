import type { MembershipCache } from "../../src/github/membership.ts";
import type { GitHub, RepoRef } from "../../src/github/types.ts";

export interface Actors {
  users?: string[];
  teams?: string[];
  organizations?: string[];
  permissions?: ("read" | "triage" | "write" | "maintain" | "admin")[];
}

const LEVELS = ["none", "read", "triage", "write", "maintain", "admin"];

/** Whether `login` is one of the policy's promoters. Without a `promoters` list, write permission is needed. */
export async function mayPromote(
  octokit: GitHub,
  installation: number,
  repo: RepoRef,
  login: string,
  actors: Actors | undefined,
  cache: MembershipCache,
): Promise<boolean> {
  const who = actors ?? { permissions: ["write"] };
  if (who.users?.some((user) => user.toLowerCase() === login.toLowerCase())) return true;
  for (const team of who.teams ?? []) {
    const members = await cache.teamMembers(octokit, installation, team);
    if (members.some((member) => member.toLowerCase() === login.toLowerCase())) return true;
  }
  for (const org of who.organizations ?? [])
    if (await cache.isOrgMember(octokit, installation, org, login)) return true;
  if (who.permissions?.length) {
    const level = LEVELS.indexOf(await cache.permission(octokit, installation, repo, login));
    const needed = Math.min(...who.permissions.map((p) => LEVELS.indexOf(p)));
    if (level >= needed) return true;
  }
  return false;
}

/** "@alice, members of acme/release, or anyone with maintain permission or more". */
export function whoMay(actors: Actors | undefined): string {
  const who = actors ?? { permissions: ["write"] };
  const parts = [
    ...(who.users ?? []).map((user) => `@${user}`),
    ...(who.teams ?? []).map((team) => `members of @${team}`),
    ...(who.organizations ?? []).map((org) => `members of the ${org} organization`),
  ];
  if (who.permissions?.length) {
    const lowest = who.permissions.reduce((a, b) => (LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b));
    parts.push(`anyone with ${lowest} permission or more`);
  }
  if (parts.length === 0) return "nobody (the policy's promoters list is empty)";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}
