// `npm run app`: the TerraFusion GitHub App as a probot server. Needs APP_ID, PRIVATE_KEY (or
// PRIVATE_KEY_PATH) and WEBHOOK_SECRET; probot verifies every delivery's signature with the secret.
import { run } from "probot";
import { terrafusionOctokit } from "../src/github/octokit.ts";
import { terrafusionServer } from "./index.ts";

const hasKey = Boolean(process.env.PRIVATE_KEY || process.env.PRIVATE_KEY_PATH);
// With neither APP_ID nor a key, probot starts its setup page (the manifest flow that registers the
// app from app.yml on http://localhost:3000). With some but not all, say what is missing.
const missing =
  !process.env.APP_ID && !hasKey
    ? []
    : [
        !process.env.APP_ID && "APP_ID",
        !hasKey && "PRIVATE_KEY (or PRIVATE_KEY_PATH)",
        !process.env.WEBHOOK_SECRET && "WEBHOOK_SECRET",
      ].filter(Boolean);
if (missing.length > 0) {
  console.error(
    `terrafusion-app: set ${missing.join(", ")} (from the GitHub App's settings page; see docs/review.md)`,
  );
  process.exit(2);
}
try {
  await run(terrafusionServer, { Octokit: terrafusionOctokit() });
} catch (error) {
  console.error(`terrafusion-app: ${(error as Error).message}`);
  process.exit(2);
}
