import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-root.ts";

const script = join(packageRoot(), "scripts/install-tools");

describe("scripts/install-tools", () => {
  it("skips tools already installed at their pinned version, and says so", async () => {
    const run = await execa("bash", [script, "--only", "toxiproxy", "actionlint"], { reject: false });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/toxiproxy-server\s+v2\.12\.0 \(already installed\)/);
    expect(run.stdout).toMatch(/actionlint\s+v1\.7\.12 \(already installed\)/);
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
});
