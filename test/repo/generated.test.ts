import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPolicyFile } from "../../src/fs/load-policy.ts";
import { packageRoot } from "../../src/package-root.ts";
import { policyJsonSchema } from "../../src/policy/json-schema.ts";
import { policyReference, REFERENCE_END, REFERENCE_START } from "../../src/policy/reference.ts";

const root = packageRoot();

describe("generated files are fresh", () => {
  it("policies/terrafusion.schema.json matches the zod schema (run npm run schema)", () => {
    expect(readFileSync(join(root, "policies/terrafusion.schema.json"), "utf8")).toBe(policyJsonSchema());
  });

  it("README's policy reference matches the schema (run npm run schema)", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf(REFERENCE_START),
      readme.indexOf(REFERENCE_END) + REFERENCE_END.length,
    );
    expect(section).toBe(policyReference(readFileSync(defaultPolicyFile(), "utf8")));
  });

  it("dist/ is what npm run build makes from the sources (run npm run build and commit dist/)", () => {
    const fresh = mkdtempSync(join(tmpdir(), "tf-dist-"));
    execFileSync(process.execPath, [join(root, "scripts/bundle.mjs"), fresh], { stdio: "pipe" });
    const built = listFiles(fresh);
    expect(listFiles(join(root, "dist"))).toEqual(built);
    for (const file of built) {
      expect(readFileSync(join(root, "dist", file), "utf8"), `dist/${file} is stale`).toBe(
        readFileSync(join(fresh, file), "utf8"),
      );
    }
  }, 120_000);
});

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((name) => {
      const path = join(prefix, name);
      return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
    })
    .sort();
}
