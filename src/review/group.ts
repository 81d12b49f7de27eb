import { plural } from "../core/format.ts";
import type { Verdict } from "./evaluate.ts";
import { renderVerdict } from "./render.ts";

/** One pull request of a merge group, with the verdict the base branch's policy gives it. */
export interface GroupEntry {
  number: number;
  title: string;
  url?: string;
  verdict: Verdict;
}

export interface GroupDecision {
  conclusion: "success" | "failure";
  title: string;
  summary: string;
  text: string;
}

/** What lets a pull request through the queue: the same verdicts that pass its own review check. */
const PASSES: ReadonlySet<Verdict["status"]> = new Set(["approved", "skipped"]);

const WORD: Record<Verdict["status"], string> = {
  approved: "approved",
  skipped: "no rule applies",
  pending: "waiting for approval",
  disapproved: "disapproved",
  error: "error",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The review check of a merge group: it passes only when every pull request in the group passes
 * the base branch's policy, and it says which pull requests and what decided each. Pure.
 */
export function decideGroup(branch: string, entries: GroupEntry[]): GroupDecision {
  const failing = entries.filter((entry) => !PASSES.has(entry.verdict.status));
  const numbers = (list: GroupEntry[]) => list.map((entry) => `#${entry.number}`).join(", ");
  const title =
    failing.length === 0
      ? `${entries.length === 1 ? "1 pull request passes" : `${entries.length} pull requests pass`} the review policy on ${branch}: ${numbers(entries)}`
      : failing.length === 1
        ? `#${failing[0]!.number} is not approved (${failing[0]!.verdict.title})`
        : `${failing.length} of ${plural(entries.length, "pull request")} are not approved: ${failing
            .map((entry) => `#${entry.number} (${WORD[entry.verdict.status]})`)
            .join(", ")}`;
  const link = (entry: GroupEntry) => (entry.url ? `[#${entry.number}](${entry.url})` : `#${entry.number}`);
  const summary = [
    `**${failing.length === 0 ? "success" : "failure"}**: ${title}`,
    "",
    `The merge group holds ${plural(entries.length, "pull request")}; each must pass the review policy on ${branch}.`,
    "",
    "| pull request | verdict | what decided it |",
    "|---|---|---|",
    ...entries.map(
      (entry) =>
        `| ${link(entry)} ${cell(entry.title)} | ${WORD[entry.verdict.status]} | ${cell(entry.verdict.title)} |`,
    ),
  ].join("\n");
  const text = entries
    .map((entry) => `## ${link(entry)} ${entry.title}\n\n${renderVerdict(entry.verdict)}`)
    .join("\n\n---\n\n");
  return { conclusion: failing.length === 0 ? "success" : "failure", title, summary, text };
}
