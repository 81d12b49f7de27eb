import { compileGlob } from "../../core/safe-glob.ts";

export interface Waiver {
  rule: string;
  path?: string;
  reason: string;
  /** YYYY-MM-DD: the waiver holds before this day (UTC) and stops on it. */
  expires: string;
}

export type WaiverVerdict =
  | { state: "none" }
  | { state: "active"; waiver: Waiver }
  | { state: "expired"; waiver: Waiver };

/** Today as YYYY-MM-DD in UTC: the one clock waivers are read against. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Which waiver covers a finding on `today`. An active waiver wins over expired ones; among expired
 * ones the latest named, so the message points at the waiver someone most likely meant to renew.
 */
export function waiverFor(
  finding: { rule: string; path: string },
  waivers: readonly Waiver[],
  today: string,
  /** The project folder's place in the repository ("app/"): a waiver path may be written from there too. */
  prefix = "",
): WaiverVerdict {
  const names = pathNames(finding.path, prefix);
  const matching = waivers.filter(
    (waiver) =>
      compileGlob(waiver.rule)(finding.rule) &&
      (waiver.path === undefined || names.some((name) => compileGlob(waiver.path!)(name))),
  );
  const active = matching.find((waiver) => today < waiver.expires);
  if (active) return { state: "active", waiver: active };
  const expired = matching.sort((a, b) => b.expires.localeCompare(a.expires))[0];
  return expired ? { state: "expired", waiver: expired } : { state: "none" };
}

/** A repository path, and its name from the project folder when it lies inside it. */
export function pathNames(path: string, prefix: string): string[] {
  return prefix && path.startsWith(prefix) ? [path, path.slice(prefix.length)] : [path];
}

export function describeWaiver(waiver: Waiver): string {
  return `rule ${waiver.rule}${waiver.path ? ` on ${waiver.path}` : ""}: ${waiver.reason}`;
}
