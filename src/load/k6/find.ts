import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { ToolError, UsageError } from "../../errors.ts";

export const K6_VERSION = "1.3.0";

/**
 * Where k6 is: the given path (input k6-path / --k6), else PATH, else, on a GitHub runner with
 * internet, the pinned release through the tool cache (see install.ts), else a clear error.
 */
export async function findK6(options: {
  explicit?: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  install?: () => Promise<string>;
}): Promise<string> {
  const env = options.env ?? process.env;
  if (options.explicit) {
    const path = resolve(options.cwd, options.explicit);
    if (!isExecutable(path))
      throw new UsageError(
        `k6 path ${options.explicit}: no executable file there; fix k6-path or drop it to use k6 from PATH`,
      );
    return path;
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "k6");
    if (isExecutable(candidate)) return candidate;
  }
  if (options.install && env.GITHUB_ACTIONS === "true" && env.RUNNER_TOOL_CACHE) return options.install();
  throw new ToolError(
    "k6",
    "not found on PATH; install it (grafana/setup-k6-action, or https://grafana.com/docs/k6/latest/set-up/install-k6/), pass its path as k6-path, or drop gates.load.script to use the built-in autocannon engine",
  );
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
