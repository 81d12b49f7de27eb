/**
 * Paths a policy names (probes, load paths, health checks) are requested by the app server and the
 * CLI on the environment's own address. `new URL("//127.0.0.1:18556/admin", base)` drops the base, and
 * so do `/\evil`, `/<tab>/evil` and other spellings the URL parser reads as a host: a repository's
 * policy could make the app request any address (SSRF, port scanning). Every such path is resolved
 * here, and a result whose origin differs from the base's is refused after parsing, whatever the
 * spelling.
 */

export class OriginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OriginError";
  }
}

/** `path` resolved against `base`; throws OriginError when the result is not on `base`'s origin. */
export function resolveOnOrigin(base: string | URL, path: string): URL {
  const origin = new URL(base).origin;
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    throw new OriginError(`${JSON.stringify(path)} is not a path`);
  }
  if (url.origin !== origin || url.username !== "" || url.password !== "")
    throw new OriginError(
      `${JSON.stringify(path)} leads to ${url.origin}, not ${origin}: a policy's paths stay on the environment's own address`,
    );
  return url;
}

// Any address works: only whether the path keeps it matters.
const SOME_ORIGIN = "http://origin.invalid:1";

/**
 * Why a policy path would not stay on its base, or undefined: the schema's check. Beside the origin
 * test it refuses spellings that only stay by luck of the base (`//x`, `/\x`) and characters a request
 * line cannot carry (whitespace, control characters).
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return "a path starts with /";
  if (path.startsWith("//") || path.startsWith("/\\"))
    return `it starts with ${path.slice(0, 2)}, which names another host: write one / (e.g. /healthz)`;
  if (/[\s\x00-\x1f\x7f]/.test(path)) return "it holds whitespace or a control character";
  try {
    resolveOnOrigin(SOME_ORIGIN, path);
  } catch (error) {
    if (error instanceof OriginError) return "the URL parser reads it as another host";
    throw error;
  }
  return undefined;
}
