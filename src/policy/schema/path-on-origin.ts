import { z } from "zod";
import { pathProblem } from "../../core/same-origin.ts";

/**
 * A path requested on the environment's own address (a probe, a load path, a health check): never a
 * way to name another host (`//host/x`, `/\\host/x`), which `new URL(path, base)` would follow.
 */
export const pathOnOrigin = (what: string) =>
  z
    .string()
    .startsWith("/", { error: `${what} is a path that starts with /` })
    .superRefine((path, ctx) => {
      const problem = path.startsWith("/") ? pathProblem(path) : undefined;
      if (problem)
        ctx.addIssue({ code: "custom", message: `${what} stays on the environment's address: ${problem}` });
    })
    .meta({
      description: "A path on the environment's own address: one leading /, no // or /\\ (another host).",
    });
