import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CanaryCommandDriver, CommandDriver, commandDriver } from "../../src/drivers/command.ts";
import { createDriver } from "../../src/drivers/index.ts";
import { policySchema } from "../../src/policy/schema/index.ts";

/** The user's load balancer script: records argv and the variables it got, exits 4 for pool "gone". */
function script() {
  const dir = mkdtempSync(join(tmpdir(), "tf-cmd-weight-"));
  const log = join(dir, "calls.log");
  writeFileSync(
    join(dir, "lb.mjs"),
    `import { appendFileSync } from "node:fs";
const args = process.argv.slice(2);
const env = process.env;
appendFileSync(${JSON.stringify(log)}, JSON.stringify({
  args,
  canaryColor: env.TERRAFUSION_CANARY_COLOR ?? null,
  canaryWeight: env.TERRAFUSION_CANARY_WEIGHT ?? null,
  color: env.TERRAFUSION_COLOR ?? null,
}) + "\\n");
if (args.includes("gone")) { console.error("no such pool: gone"); process.exit(4); }
if (args[0] === "status") console.log("blue");
`,
  );
  const calls = () =>
    existsSync(log)
      ? readFileSync(log, "utf8")
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line))
      : [];
  return { dir, calls };
}

describe("command driver canary weights", () => {
  it("runs the weight command without a shell, the canary and its percent in the environment only", async () => {
    const { dir, calls } = script();
    const driver = commandDriver({
      status: "node lb.mjs status",
      switch: "node lb.mjs switch",
      weight: "node lb.mjs weight --pool eu;rm $TERRAFUSION_CANARY_WEIGHT",
      cwd: dir,
    });
    expect(driver).toBeInstanceOf(CanaryCommandDriver);
    await driver.setWeight!("green", 25);
    await driver.setWeight!("green", 0);
    await driver.switchTo("green");
    expect(calls()).toEqual([
      // `;rm` and `$…` stay literal words (no shell), and no color or percent is appended to the arguments.
      {
        args: ["weight", "--pool", "eu;rm", "$TERRAFUSION_CANARY_WEIGHT"],
        canaryColor: "green",
        canaryWeight: "25",
        color: null,
      },
      {
        args: ["weight", "--pool", "eu;rm", "$TERRAFUSION_CANARY_WEIGHT"],
        canaryColor: "green",
        canaryWeight: "0",
        color: null,
      },
      // The switch command is unchanged: color as last argument and TERRAFUSION_COLOR, no canary variables.
      { args: ["switch", "green"], canaryColor: null, canaryWeight: null, color: "green" },
    ]);
  });

  it("has no setWeight (and no weights) without a weight command", () => {
    const driver = commandDriver({ status: "node lb.mjs status", switch: "node lb.mjs switch" });
    expect(driver).toBeInstanceOf(CommandDriver);
    expect("setWeight" in driver).toBe(false);
    expect("weights" in driver).toBe(false);
    const fromPolicy = createDriver({ kind: "command", status: "true", switch: "true" });
    expect("setWeight" in fromPolicy).toBe(false);
    const weighed = createDriver({ kind: "command", status: "true", switch: "true", weight: "true" });
    expect(typeof weighed.setWeight).toBe("function");
    expect("weights" in weighed).toBe(false);
  });

  it("says which weight command failed, with its last line of output", async () => {
    const { dir } = script();
    const driver = commandDriver({ status: "true", switch: "true", weight: "node lb.mjs gone", cwd: dir });
    await expect(driver.setWeight!("green", 10)).rejects.toThrow(
      "command driver: the weight command `node lb.mjs gone` exited 4: no such pool: gone",
    );
  });

  it("refuses a percent that is not a whole number from 0 to 100 without running the command", async () => {
    const { dir, calls } = script();
    const driver = commandDriver({ status: "true", switch: "true", weight: "node lb.mjs weight", cwd: dir });
    await expect(driver.setWeight!("green", 101)).rejects.toThrow(
      "command driver: the weight is a whole percent from 0 to 100, not 101",
    );
    await expect(driver.setWeight!("green", -1)).rejects.toThrow("not -1");
    await expect(driver.setWeight!("green", 12.5)).rejects.toThrow("not 12.5");
    expect(calls()).toEqual([]);
  });

  it("accepts weight in the policy as a non-empty command line", () => {
    const parse = (driver: Record<string, unknown>) =>
      policySchema.safeParse({
        version: 1,
        deploy: {
          environments: { production: { driver: { kind: "command", status: "s", switch: "w", ...driver } } },
        },
      }).success;
    expect(parse({ weight: "./lb.sh weight" })).toBe(true);
    expect(parse({ weight: "" })).toBe(false);
    expect(parse({ weight: ["./lb.sh"] })).toBe(false);
  });
});
