import type { PermissionLevel } from "../review/snapshot.ts";
import type { GitHub, RepoRef } from "./types.ts";

const DEFAULT_TTL_MS = 5 * 60_000;

interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

/**
 * Team members, organization membership and repository permissions, cached per installation
 * with a short TTL: one evaluation per event would otherwise list the same teams again and again.
 */
export class MembershipCache {
  readonly #entries = new Map<string, Entry<unknown>>();
  constructor(
    readonly ttlMs = DEFAULT_TTL_MS,
    readonly now: () => number = Date.now,
  ) {}

  clear(): void {
    this.#entries.clear();
  }

  #get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value as Promise<T>;
    const value = load();
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    // A failed look-up is not cached: the next event tries again.
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  /** Logins in ORG/SLUG; an unknown team has no members. */
  teamMembers(octokit: GitHub, installation: number, team: string): Promise<string[]> {
    const [org, slug] = team.split("/") as [string, string];
    return this.#get(`${installation}:team:${team.toLowerCase()}`, async () => {
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100,
        });
        return members.map((member) => member.login);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return [];
        throw error;
      }
    });
  }

  isOrgMember(octokit: GitHub, installation: number, org: string, login: string): Promise<boolean> {
    return this.#get(`${installation}:org:${org.toLowerCase()}:${login.toLowerCase()}`, async () => {
      try {
        const response = await octokit.rest.orgs.checkMembershipForUser({ org, username: login });
        return (response.status as number) === 204;
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === 404 || status === 302) return false;
        throw error;
      }
    });
  }

  /** The repository's collaborators (direct, through teams and as organization members) and their permission. */
  collaborators(
    octokit: GitHub,
    installation: number,
    repo: RepoRef,
  ): Promise<{ login: string; permission: PermissionLevel }[]> {
    const key = `${installation}:collaborators:${repo.owner}/${repo.repo}`.toLowerCase();
    return this.#get(key, async () => {
      const people = await octokit.paginate(octokit.rest.repos.listCollaborators, {
        ...repo,
        affiliation: "all",
        per_page: 100,
      });
      return people.map((person) => ({ login: person.login, permission: levelOf(person) }));
    });
  }

  permission(octokit: GitHub, installation: number, repo: RepoRef, login: string): Promise<PermissionLevel> {
    const key = `${installation}:perm:${repo.owner}/${repo.repo}:${login}`.toLowerCase();
    return this.#get(key, async () => {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login,
        });
        const role = data.role_name as PermissionLevel;
        return ["read", "triage", "write", "maintain", "admin"].includes(role)
          ? role
          : (data.permission as PermissionLevel);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return "none";
        throw error;
      }
    });
  }
}

/** A collaborator's level: the role GitHub names, else the highest permission flag it sets. */
function levelOf(person: {
  role_name?: string;
  permissions?: Partial<Record<string, boolean>>;
}): PermissionLevel {
  const role = person.role_name as PermissionLevel | undefined;
  if (role && ["read", "triage", "write", "maintain", "admin"].includes(role)) return role;
  const flags = person.permissions ?? {};
  if (flags.admin) return "admin";
  if (flags.maintain) return "maintain";
  if (flags.push) return "write";
  if (flags.triage) return "triage";
  return flags.pull ? "read" : "none";
}
