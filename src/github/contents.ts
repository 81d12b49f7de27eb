import type { GitHub, RepoRef } from "./types.ts";

/** A file's bytes at a commit, or undefined when it does not exist there. */
export async function readFileAt(
  octokit: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<Uint8Array | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path,
      ref,
      mediaType: { format: "raw" },
    });
    return typeof data === "string" ? new TextEncoder().encode(data) : undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
