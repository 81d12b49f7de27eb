import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);

// src/core/untrusted-env.ts
var SECRET_NAMES = /* @__PURE__ */ new Set([
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
  "GITHUB_CLIENT_SECRET"
]);
var SECRET_PATTERN = /^(INPUT_|TERRAFUSION_).*(TOKEN|SECRET|PASSWORD|PRIVATE_KEY|WEBHOOK_URL)/i;
function isSecretName(name) {
  return SECRET_NAMES.has(name.toUpperCase()) || SECRET_PATTERN.test(name);
}
function untrustedEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !isSecretName(name)));
}

export {
  untrustedEnv
};
