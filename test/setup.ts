import { useInstalledTools } from "../src/package-root.ts";

// Tests drive the real tools that scripts/install-tools put in .tools/bin.
useInstalledTools(process.env);
// GitHub is out of reach: a token in the environment would send `policy validate` and the app's
// adapters to the real API. Tests that need one set it themselves, with nock in front.
delete process.env.GITHUB_TOKEN;
delete process.env.GH_TOKEN;
