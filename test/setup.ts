import { useInstalledTools } from "../src/package-root.ts";

// Tests drive the real tools that scripts/install-tools put in .tools/bin.
useInstalledTools(process.env);
