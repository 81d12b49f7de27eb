import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot, packageVersion } from "../src/package-root.ts";
import { cli } from "./helpers/cli.ts";

const shop = join(packageRoot(), "examples/shop");

describe("terrafusion CLI", () => {
  it("--version prints the package version", async () => {
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageVersion());
  });

  for (const argv of [[], ["policy"], ["policy", "validate"], ["policy", "explain"], ["gate"]]) {
    it(`${["terrafusion", ...argv].join(" ")} --help explains itself and exits 0`, async () => {
      const { code, stdout } = await cli([...argv, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: terrafusion/);
      expect(stdout).toMatch(/Options:/);
    });
  }

  it("terrafusion help COMMAND shows that command's help", async () => {
    const { code, stdout } = await cli(["help", "policy"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: terrafusion policy <command> \[options\]/);
  });

  it("an unknown command is a usage error (exit 2) with a suggestion", async () => {
    const { code, stderr } = await cli(["polcy", "validate"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'terrafusion: unknown command "polcy" for terrafusion; did you mean "policy"? (expected one of: policy, review, promote, rollback, router, gate)\n',
    );
  });

  it("an unknown option is a usage error (exit 2)", async () => {
    const { code, stderr } = await cli(["policy", "validate", "--strict"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option '--strict'/);
  });

  it("an unknown gate is a usage error that lists the gates", async () => {
    const { code, stderr } = await cli(["gate", "lint"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown gate "lint" \(expected one of: /);
  });

  it("a missing policy file named on the command line is a configuration error", async () => {
    const { code, stderr } = await cli(["policy", "validate", "nope.yml"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "terrafusion: nope.yml: no such policy file (create it, or omit --policy to use .github/terrafusion.yml or the defaults)\n",
    );
  });

  it("validates the example shop's policy", async () => {
    const { code, stdout } = await cli(["policy", "validate", "--cwd", shop]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "✓ .github/terrafusion.yml: valid (gates: static-analysis, coverage, load, chaos; 1 review rule; 1 environment)\n",
    );
  });

  it("--json on validate is machine-readable", async () => {
    const { code, stdout } = await cli(["policy", "validate", "--cwd", shop, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      valid: true,
      files: [".github/terrafusion.yml"],
      problems: [],
    });
  });

  it("the bin runs from the committed bundle as a separate process", () => {
    const bin = join(packageRoot(), "bin/terrafusion.js");
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toBe(
      packageVersion(),
    );
    const bad = spawnSync(
      process.execPath,
      [bin, "policy", "validate", join(packageRoot(), "test/fixtures/policies/bad/version-2.yml")],
      {
        encoding: "utf8",
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/version-2\.yml:1:10 version: unsupported version \(expected 1, got 2\)/);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
