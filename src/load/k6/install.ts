import { join } from "node:path";
import { ToolError } from "../../errors.ts";
import { K6_VERSION } from "./find.ts";

/**
 * Installs the pinned k6 release on a GitHub runner through @actions/tool-cache (cached across jobs
 * of the same runner). Only reached on a runner with internet; never in tests (k6 is AGPL and this
 * machine has no GitHub access).
 */
export async function installK6(version = K6_VERSION): Promise<string> {
  const tc = await import("@actions/tool-cache");
  const arch = process.arch === "arm64" ? "arm64" : "amd64";
  const cached = tc.find("k6", version, arch);
  if (cached) return join(cached, "k6");
  const name = `k6-v${version}-linux-${arch}`;
  try {
    const archive = await tc.downloadTool(
      `https://github.com/grafana/k6/releases/download/v${version}/${name}.tar.gz`,
    );
    const extracted = await tc.extractTar(archive);
    const dir = await tc.cacheDir(join(extracted, name), "k6", version, arch);
    return join(dir, "k6");
  } catch (error) {
    throw new ToolError("k6", `cannot download k6 v${version}: ${(error as Error).message}`);
  }
}
