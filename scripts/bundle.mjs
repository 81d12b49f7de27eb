// Bundles every JavaScript entry into dist/: the CLI, each action's main.ts, and the app.
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; the check-dist test bundles into a temp folder and compares)
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const outdir = resolve(process.argv[2] ?? join(root, "dist"));

const entryPoints = { cli: join(root, "src/cli/bin.ts"), action: join(root, "src/actions/umbrella-main.ts") };
for (const name of readdirSync(join(root, "actions"))) {
  const main = join(root, "actions", name, "main.ts");
  if (existsSync(main)) entryPoints[`actions/${name}`] = main;
}
if (existsSync(join(root, "app/main.ts"))) entryPoints.app = join(root, "app/main.ts");

// Build beside the target, then swap, so that a test reading dist/ never sees it half-written.
const staging = mkdtempSync(`${outdir}.tmp-`);
await build({
  entryPoints,
  outdir: staging,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // Bundled CommonJS dependencies call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);",
  },
  // Tools TerraFusion runs as separate processes stay out of the bundle.
  external: ["c8", "autocannon", "fsevents"],
});
const old = `${staging}-old`;
if (existsSync(outdir)) renameSync(outdir, old);
renameSync(staging, outdir);
rmSync(old, { recursive: true, force: true });
console.log(`bundled ${Object.keys(entryPoints).length} entries into ${outdir}`);
