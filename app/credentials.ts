// The app's credentials, checked before probot starts: probot logs a bad key with a stack trace and
// then falls back to its setup page, so an operator's typo would look like a server waiting for setup.
import { createPrivateKey } from "node:crypto";
import { getPrivateKey } from "@probot/get-private-key";

export type CredentialCheck = { mode: "setup" } | { mode: "run" } | { mode: "error"; message: string };

/**
 * With neither APP_ID nor a key: probot's setup page (the manifest flow that registers the app from
 * app.yml). With some but not all: what is missing. With all: a key that parses as an RSA private key.
 */
export function checkCredentials(env: NodeJS.ProcessEnv, cwd = process.cwd()): CredentialCheck {
  const hasKey = Boolean(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH);
  if (!env.APP_ID && !hasKey) return { mode: "setup" };
  const missing = [
    !env.APP_ID && "APP_ID",
    !hasKey && "PRIVATE_KEY (or PRIVATE_KEY_PATH)",
    !env.WEBHOOK_SECRET && "WEBHOOK_SECRET",
  ].filter(Boolean);
  if (missing.length > 0)
    return {
      mode: "error",
      message: `set ${missing.join(", ")} (from the GitHub App's settings page; see docs/review.md)`,
    };
  const where = env.PRIVATE_KEY ? "PRIVATE_KEY" : `PRIVATE_KEY_PATH=${env.PRIVATE_KEY_PATH}`;
  let pem: string | null;
  try {
    pem = getPrivateKey({ env, cwd });
  } catch (error) {
    const reason = (error as Error).message.replace(/^\[@probot\/get-private-key\]\s*/, "");
    return { mode: "error", message: `${where}: ${reason}` };
  }
  try {
    if (!pem) throw new Error("empty");
    createPrivateKey(pem);
  } catch {
    return {
      mode: "error",
      message: `${where} is not a private key in PEM form: use the .pem file the GitHub App's settings page generated (PRIVATE_KEY may hold its text, with \\n for line breaks, or base64)`,
    };
  }
  return { mode: "run" };
}
