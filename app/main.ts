// `npx terrafusion-app` (or `npm run app` in a clone): the TerraFusion GitHub App as a server. Needs APP_ID,
// PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET; probot verifies every delivery's signature with the
// secret, behind a guard that refuses oversized or unframed bodies before reading them (server.ts).
import { createProbot, run } from "probot";
import { githubLimitsFromEnv } from "../src/github/github-limits.ts";
import { terrafusionOctokit } from "../src/github/octokit.ts";
import { checkCredentials } from "./credentials.ts";
import { terrafusionServer } from "./index.ts";
import { startAppServer } from "./server.ts";

const credentials = checkCredentials(process.env);
if (credentials.mode === "error") {
  console.error(`terrafusion-app: ${credentials.message}`);
  process.exit(2);
}
try {
  // TERRAFUSION_GITHUB_TIMEOUT, _BUDGET and _QUEUE: how long GitHub may take and how much may wait for it.
  const Octokit = terrafusionOctokit(githubLimitsFromEnv(process.env));
  if (credentials.mode === "setup") {
    // Without credentials, probot's setup page registers the app from app.yml (the manifest flow).
    await run(terrafusionServer, { Octokit });
  } else {
    const probot = createProbot({
      env: { LOG_LEVEL: "info", ...process.env },
      overrides: { Octokit },
    });
    const server = await startAppServer({
      probot,
      app: terrafusionServer,
      port: Number(process.env.PORT ?? 3000),
      host: process.env.HOST ?? "localhost",
      ...(process.env.WEBHOOK_PATH ? { webhookPath: process.env.WEBHOOK_PATH } : {}),
    });
    const shutdown = () => server.close(() => process.exit(0));
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  }
} catch (error) {
  console.error(`terrafusion-app: ${(error as Error).message}`);
  process.exit(2);
}
