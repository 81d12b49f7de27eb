import { PERMISSION_RANK, type PermissionLevel, type PullSnapshot, same } from "./snapshot.ts";

export interface Actors {
  users?: string[];
  teams?: string[];
  organizations?: string[];
  permissions?: Exclude<PermissionLevel, "none">[];
}

export const isEmptyActors = (actors: Actors | undefined) =>
  !actors ||
  ((actors.users?.length ?? 0) === 0 &&
    (actors.teams?.length ?? 0) === 0 &&
    (actors.organizations?.length ?? 0) === 0 &&
    (actors.permissions?.length ?? 0) === 0);

export function teamMembers(snapshot: PullSnapshot, team: string): string[] {
  const key = Object.keys(snapshot.teams).find((name) => same(name, team));
  return key ? snapshot.teams[key]! : [];
}

/** Why `login` belongs to the set, or undefined when it does not. */
export function membership(actors: Actors, login: string, snapshot: PullSnapshot): string | undefined {
  if (actors.users?.some((user) => same(user, login))) return "listed";
  for (const team of actors.teams ?? [])
    if (teamMembers(snapshot, team).some((member) => same(member, login))) return `in ${team}`;
  for (const org of actors.organizations ?? []) {
    const key = Object.keys(snapshot.organizations).find((name) => same(name, org));
    if (key && snapshot.organizations[key]!.some((member) => same(member, login))) return `member of ${org}`;
  }
  if (actors.permissions && actors.permissions.length > 0) {
    const least = Math.min(...actors.permissions.map((level) => PERMISSION_RANK[level]));
    const key = Object.keys(snapshot.permissions).find((name) => same(name, login));
    const level = key ? snapshot.permissions[key]! : "none";
    if (PERMISSION_RANK[level] >= least) return `has ${level} permission`;
  }
  return undefined;
}

/** The set in words, naming the known members of teams: "alice, bob, team acme/security (carol, dave)". */
export function describeActors(actors: Actors | undefined, snapshot: PullSnapshot): string {
  if (isEmptyActors(actors)) return "anyone";
  const parts: string[] = [];
  if (actors!.users?.length) parts.push(actors!.users.join(", "));
  for (const team of actors!.teams ?? []) {
    const members = teamMembers(snapshot, team);
    parts.push(`team ${team} (${members.length > 0 ? members.join(", ") : "no known members"})`);
  }
  for (const org of actors!.organizations ?? []) parts.push(`members of ${org}`);
  if (actors!.permissions?.length) {
    const least = [...actors!.permissions].sort((a, b) => PERMISSION_RANK[a] - PERMISSION_RANK[b])[0];
    parts.push(`anyone with ${least} permission or more`);
  }
  return parts.join("; ");
}
