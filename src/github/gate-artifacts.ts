import { type GateResult, isGateResult } from "../core/gate-result.ts";
import type { GitHub, RepoRef } from "./types.ts";
import { unzipEntry } from "./unzip-entry.ts";

export const ARTIFACT_PREFIX = "terrafusion-gate-";
/** A GateResult is a few kilobytes; anything far bigger is not one of ours (or is a zip bomb). */
export const MAX_ARTIFACT_BYTES = 4 * 1024 * 1024;
export const MAX_RESULT_BYTES = 8 * 1024 * 1024;
/** What the app is willing to read from one workflow run. */
const MAX_ARTIFACTS = 20;

/** The GateResult JSON each gate action uploaded as `terrafusion-gate-NAME` in a workflow run. */
export async function downloadGateResults(
  octokit: GitHub,
  repo: RepoRef,
  runId: number,
): Promise<GateResult[]> {
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    ...repo,
    run_id: runId,
    per_page: 100,
  });
  const results: GateResult[] = [];
  const ours = artifacts
    .filter(
      (artifact) =>
        artifact.name.startsWith(ARTIFACT_PREFIX) &&
        /^[a-z0-9-]+$/.test(artifact.name.slice(ARTIFACT_PREFIX.length)) &&
        !artifact.expired &&
        // GitHub's own record of the artifact: too big is refused before a byte is downloaded.
        (artifact.size_in_bytes ?? 0) <= MAX_ARTIFACT_BYTES &&
        (artifact.workflow_run?.id === undefined || artifact.workflow_run.id === runId),
    )
    .slice(0, MAX_ARTIFACTS);
  for (const artifact of ours) {
    const name = artifact.name.slice(ARTIFACT_PREFIX.length);
    const { data } = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    const zip = new Uint8Array(data as ArrayBuffer);
    if (zip.byteLength > MAX_ARTIFACT_BYTES) continue;
    try {
      const bytes = unzipEntry(zip, `terrafusion-${name}.json`, MAX_RESULT_BYTES);
      if (!bytes) continue;
      const result = JSON.parse(new TextDecoder().decode(bytes)) as GateResult;
      if (isGateResult(result, name)) results.push(result);
    } catch {
      // A broken artifact is reported as missing rather than failing every other gate's row.
    }
  }
  return results;
}
