import { unzipSync } from "fflate";
import type { GateResult } from "../core/gate-result.ts";
import type { GitHub, RepoRef } from "./types.ts";

export const ARTIFACT_PREFIX = "terrafusion-gate-";

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
  for (const artifact of artifacts) {
    if (!artifact.name.startsWith(ARTIFACT_PREFIX) || artifact.expired) continue;
    const name = artifact.name.slice(ARTIFACT_PREFIX.length);
    const { data } = await octokit.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    const files = unzipSync(new Uint8Array(data as ArrayBuffer));
    const bytes = files[`terrafusion-${name}.json`];
    if (!bytes) continue;
    try {
      const result = JSON.parse(new TextDecoder().decode(bytes)) as GateResult;
      if (result.schema === "terrafusion/gate-result@1") results.push(result);
    } catch {
      // A broken artifact is reported as missing rather than failing every other gate's row.
    }
  }
  return results;
}
