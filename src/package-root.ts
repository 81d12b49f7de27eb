import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The folder of TerraFusion's own package.json, from source, from a bundle in dist/, or from an action checkout. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "terrafusion") {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("cannot find TerraFusion's package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}

/** Puts the pinned tools of scripts/install-tools first on PATH, for this process and what it starts. */
export function useInstalledTools(env: NodeJS.ProcessEnv = process.env): void {
  const bin = join(env.TERRAFUSION_TOOLS ?? join(packageRoot(), ".tools"), "bin");
  const parts = (env.PATH ?? "").split(":");
  if (!parts.includes(bin)) env.PATH = [bin, ...parts].filter(Boolean).join(":");
  // semgrep asks the internet for a newer version unless told not to; offline, that hangs.
  env.SEMGREP_ENABLE_VERSION_CHECK ??= "0";
  env.SEMGREP_SEND_METRICS ??= "off";
}
