// `npm run app`: the TerraFusion GitHub App as a probot server. Needs APP_ID, PRIVATE_KEY (or
// PRIVATE_KEY_PATH) and WEBHOOK_SECRET; probot verifies every delivery's signature with the secret.
import { run } from "probot";
import { terrafusionOctokit } from "../src/github/octokit.ts";
import { checkCredentials } from "./credentials.ts";
import { terrafusionServer } from "./index.ts";

const credentials = checkCredentials(process.env);
if (credentials.mode === "error") {
  console.error(`terrafusion-app: ${credentials.message}`);
  process.exit(2);
}
try {
  await run(terrafusionServer, { Octokit: terrafusionOctokit() });
} catch (error) {
  console.error(`terrafusion-app: ${(error as Error).message}`);
  process.exit(2);
}
