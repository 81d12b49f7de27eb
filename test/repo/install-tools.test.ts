import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";

const script = join(packageRoot(), "scripts/install-tools");

describe("scripts/install-tools", () => {
  it("skips tools already installed at their pinned version, and says so", async () => {
    const run = await execa("bash", [script, "--only", "toxiproxy", "actionlint", "act"], { reject: false });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/toxiproxy-server\s+v2\.12\.0 \(already installed\)/);
    expect(run.stdout).toMatch(/actionlint\s+v1\.7\.12 \(already installed\)/);
    expect(run.stdout).toMatch(/act\s+v0\.2\.89 \(already installed\)/);
  });

  it("names the tool it could not install, and why, and fails", async () => {
    // A fresh tools folder and a PATH without Go: actionlint cannot be built.
    const tools = mkdtempSync(join(tmpdir(), "tf-tools-"));
    const run = await execa("bash", [script, "--only", "actionlint"], {
      reject: false,
      env: { TERRAFUSION_TOOLS: tools, PATH: "/usr/bin:/bin" },
      extendEnv: false,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /could not install actionlint: the Go toolchain is not on PATH \(needed for go install github\.com\/rhysd\/actionlint\/cmd\/actionlint@v1\.7\.12\)/,
    );
    expect(run.stderr).toMatch(/install-tools: failed: actionlint$/m);
  });

  it("with --only installs just those, and lists every other tool as skipped with the command that installs it", async () => {
    const run = await execa("bash", [script, "--only", "toxiproxy"], { reject: false });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/toxiproxy-server\s+v2\.12\.0 \(already installed\)/);
    expect(run.stdout).toMatch(
      /semgrep\s+skipped: not needed here \(install it with: scripts\/install-tools --only semgrep\)/,
    );
    // nginx and wrk need root: not needed here, they are skipped (never a failure), with the apt-get command.
    expect(run.stdout).toMatch(
      /nginx\s+skipped: not needed here \(install it with: sudo apt-get install nginx\)/,
    );
    expect(run.stdout).toMatch(
      /wrk\s+skipped: not needed here \(install it with: sudo apt-get install wrk\)/,
    );
    expect(run.stdout).toMatch(
      /^Tools ready: toxiproxy\. Skipped, as this command does not need them: .*\bnginx\b/m,
    );
    expect(run.stderr).toBe("");
  });

  it("an unknown tool name is a usage error (exit 2) that lists the known ones", async () => {
    const run = await execa("bash", [script, "--only", "toxiproxy", "nginxx"], { reject: false });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(
      /^install-tools: unknown tool nginxx \(known: semgrep zizmor toxiproxy .*\bnginx\b.*\)$/m,
    );
  });

  it("npm run demo installs only what the demo uses: no nginx, no root", () => {
    const root = packageRoot();
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    const only = /^bash scripts\/install-tools --only (.+)$/.exec(scripts.predemo)?.[1]?.split(" ");
    expect(only?.sort()).toEqual(["node", "semgrep", "toxiproxy"]);
    // What the demo runs: the tools it does not install must not appear there.
    const story = readdirSync(join(root, "scripts/demo-story")).map((name) => `scripts/demo-story/${name}`);
    const demo = ["scripts/demo", "scripts/demo-story.ts", ...story, "examples/shop/.github/terrafusion.yml"]
      .map((file) => readFileSync(join(root, file), "utf8"))
      .join("\n");
    for (const tool of ["nginx", "wrk", "zizmor", "actionlint", "act"])
      expect(demo).not.toMatch(new RegExp(`\\b${tool}\\b`));
    // npm test needs every tool.
    expect(scripts.pretest).toBe("bash scripts/install-tools");
  });
});
