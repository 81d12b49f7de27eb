// Bundles every JavaScript entry into dist/: the CLI, each action's main.ts, and the app.
// Usage: node scripts/bundle.mjs [OUTDIR]   (default dist; the check-dist test bundles into a temp folder and compares)
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve, sep } from "node:path";
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
const main = await build({
  metafile: true,
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
  // Everything else is bundled: an action runs from a checkout without node_modules.
  external: ["fsevents"],
});
// c8 runs as its own process (`c8 report` over the raw V8 coverage the test run wrote), so it is
// bundled as a separate CommonJS program. istanbul-reports finds a reporter by a require() built at
// run time from its own folder, which no bundle can follow: give it a static table of the reporters
// the coverage gate asks for.
const bundledReporters = ["lcovonly", "json-summary", "json", "text", "text-summary", "none"];
const c8 = await build({
  metafile: true,
  entryPoints: { "tools/c8": join(root, "node_modules/c8/bin/c8.js") },
  outdir: staging,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  legalComments: "none",
  logLevel: "warning",
  // Only c8's --experimental-monocart flag loads it, and the gate never passes that flag.
  external: ["monocart-coverage-reports"],
  // c8's yargs is an ES module that reads import.meta.url, which CommonJS output does not have.
  banner: { js: 'const __tfImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "__tfImportMetaUrl" },
  plugins: [
    {
      name: "istanbul-reports-static",
      setup(b) {
        // c8 require()s yargs, an ES module whose CommonJS face is an export named "module.exports"
        // (Node's require(esm)); esbuild gives require() the namespace, so take its default.
        b.onLoad({ filter: /[\\/]c8[\\/]lib[\\/]parse-args\.js$/ }, ({ path }) => {
          const source = readFileSync(path, "utf8");
          const patched = source.replace("require('yargs/yargs')", "require('yargs/yargs').default");
          if (patched === source)
            throw new Error(`${path}: require('yargs/yargs') not found; c8 changed, update the bundler`);
          return { loader: "js", contents: patched };
        });
        b.onLoad({ filter: /istanbul-reports[\\/]index\.js$/ }, () => ({
          loader: "js",
          resolveDir: join(root, "node_modules/istanbul-reports"),
          contents: `const reporters = {${bundledReporters.map((name) => `${JSON.stringify(name)}: () => require("./lib/${name}")`).join(", ")}};
module.exports = { create(name, cfg) {
  const load = reporters[name];
  if (!load) throw new Error("c8 reporter " + JSON.stringify(name) + " is not in TerraFusion's bundle (it has: ${bundledReporters.join(", ")})");
  return new (load())(cfg || {});
} };`,
        }));
      },
    },
  ],
});
writeFileSync(join(staging, "licenses.txt"), thirdPartyLicenses([main.metafile, c8.metafile]));
const old = `${staging}-old`;
if (existsSync(outdir)) renameSync(outdir, old);
renameSync(staging, outdir);
rmSync(old, { recursive: true, force: true });
console.log(`bundled ${Object.keys(entryPoints).length} entries into ${outdir}`);

/**
 * The bundles carry other people's code: name every package in them with its version, its license
 * and its license text, as their licenses ask of a redistribution (dist/licenses.txt).
 */
function thirdPartyLicenses(metafiles) {
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const parts = relative(root, resolve(root, input)).split(sep);
      const at = parts.lastIndexOf("node_modules");
      if (at < 0) continue;
      const dir = join(root, ...parts.slice(0, at + (parts[at + 1].startsWith("@") ? 3 : 2)));
      if (!packages.has(dir)) packages.set(dir, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
    }
  }
  const entries = [...packages].map(([dir, manifest]) => {
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file
      ? readFileSync(join(dir, file), "utf8").trim()
      : `(no license file; package.json says ${manifest.license ?? "nothing"})`;
    return { id: `${manifest.name}@${manifest.version}`, license: manifest.license ?? "unknown", text };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = entries.filter((entry, i) => i === 0 || entries[i - 1].id !== entry.id);
  return `Third-party software bundled into TerraFusion's dist/ (${unique.length} packages)\n\n${unique
    .map((entry) => `${"=".repeat(72)}\n${entry.id} (${entry.license})\n\n${entry.text}\n`)
    .join("\n")}`;
}
