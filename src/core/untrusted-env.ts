/**
 * Credentials of TerraFusion's own process (the app's key and webhook secret, the workflow's tokens, the
 * router's admin token) that a command of the user's must not inherit: tests, services and k6 scripts
 * run the pull request's code, and a driver command runs on the app's machine.
 */
const SECRET_NAMES = new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "PRIVATE_KEY",
  "PRIVATE_KEY_PATH",
  "WEBHOOK_SECRET",
  "GITHUB_CLIENT_SECRET",
]);

/**
 * INPUT_GITHUB_TOKEN, INPUT_ROUTER_TOKEN, TERRAFUSION_ROUTER_TOKEN, TERRAFUSION_TEST_ROUTER_TOKEN …, and the
 * notification URLs (TERRAFUSION_SLACK_WEBHOOK_URL): whoever has an incoming-webhook URL can post with it.
 */
const SECRET_PATTERN = /^(INPUT_|TERRAFUSION_).*(TOKEN|SECRET|PASSWORD|PRIVATE_KEY|WEBHOOK_URL)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toUpperCase()) || SECRET_PATTERN.test(name);
}

/**
 * `env` without TerraFusion's credentials, for a user's command. Pass it with `extendEnv: false`:
 * execa otherwise merges process.env back in.
 */
export function untrustedEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !isSecretName(name)));
}
