import http from "node:http";
import https from "node:https";
import { ConfigError } from "../errors.ts";

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "no such host",
  EAI_AGAIN: "the host name did not resolve",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
};

/**
 * One request before a measurement: a target that refuses every connection is a setup mistake to report
 * as such (exit 2), not a run of 100% errors that reads as a failing service. Any HTTP answer will do;
 * a slow one or a dropped one is left for the measurement to judge.
 */
export async function assertAnswers(url: string, key: string, hint: string): Promise<void> {
  const code = await new Promise<string | undefined>((resolve) => {
    let request: http.ClientRequest;
    try {
      request = (url.startsWith("https:") ? https : http).get(
        url,
        { agent: false, timeout: 5000 },
        (response) => {
          response.resume();
          resolve(undefined);
        },
      );
    } catch {
      return resolve(undefined); // a malformed URL is the schema's to report
    }
    request.on("timeout", () => request.destroy());
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code));
  });
  const reason = code ? UNREACHABLE[code] : undefined;
  if (reason) throw new ConfigError(`${key}: nothing answers at ${url} (${reason}); ${hint}`);
}
