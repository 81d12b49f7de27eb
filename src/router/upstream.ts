import { ConfigError } from "../errors.ts";

const FORM = "write HOST:PORT (e.g. 127.0.0.1:8081) or http://HOST:PORT";

/**
 * The one check of an upstream address, for the CLI flags, the admin API's PUT /colors and the pool itself:
 * what is wrong with it, or undefined when the router can use it. Only plain http:// upstreams: the pool's
 * agent and health checks speak HTTP/1.1 without TLS, and anything else would fail on the first request.
 */
export function upstreamProblem(address: string): string | undefined {
  const shown = JSON.stringify(address);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(address)?.[1];
  if (scheme !== undefined && scheme.toLowerCase() !== "http")
    return `${shown} is not an upstream: the router forwards plain HTTP, not ${scheme}://; ${FORM}`;
  const shape = scheme ? /^http:\/\/[^\s/?#]+([/?#]\S*)?$/i : /^([^\s/:?#@[\]]+|\[[0-9a-fA-F:.]+\]):\d{1,5}$/;
  if (!shape.test(address)) return `${shown} is not an upstream; ${FORM}`;
  let url: URL;
  try {
    url = new URL(scheme ? address : `http://${address}`);
  } catch {
    return `${shown} is not an upstream; ${FORM}`;
  }
  // The request's own path and query are what is forwarded; credentials would never be sent.
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash)
    return `${shown} is not an upstream: give only the host and port (the request's path is forwarded as is); ${FORM}`;
  if (url.port === "0") return `${shown} is not an upstream: the port must be from 1 to 65535; ${FORM}`;
  return undefined;
}

/** The URL of an address that passed upstreamProblem; a ConfigError naming the problem otherwise. */
export function parseUpstream(address: string): URL {
  const problem = upstreamProblem(address);
  if (problem) throw new ConfigError(problem);
  return new URL(/^http:\/\//i.test(address) ? address : `http://${address}`);
}
