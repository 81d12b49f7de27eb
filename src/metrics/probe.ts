import http from "node:http";
import { performance } from "node:perf_hooks";
import { OriginError, resolveOnOrigin } from "../core/same-origin.ts";
import type { Figures } from "../promotion/types.ts";

/** Probes a policy's path on `base`, refused (a failed probe) when the path leads to another origin. */
export async function probeOn(base: string, path: string): Promise<NonNullable<Figures["probe"]>> {
  let url: URL;
  try {
    url = resolveOnOrigin(base, path);
  } catch (error) {
    if (error instanceof OriginError) return { latencyMs: 0, error: `probe refused: ${error.message}` };
    throw error;
  }
  return probeOnce(url);
}

export function offOrigin(base: string, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    try {
      resolveOnOrigin(base, path);
    } catch (error) {
      if (error instanceof OriginError) return `load run refused: ${error.message}`;
      throw error;
    }
  }
  return undefined;
}

export function probeOnce(url: URL, timeoutMs = 2_000): Promise<NonNullable<Figures["probe"]>> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode, latencyMs: performance.now() - started }),
      );
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({
        latencyMs: performance.now() - started,
        error: `${url.pathname}: ${error.code ?? error.message}`,
      }),
    );
  });
}
