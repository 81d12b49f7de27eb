import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CommandDriver } from "../../src/drivers/command.ts";

function scripts() {
  const dir = mkdtempSync(join(tmpdir(), "tf-cmd-"));
  const state = join(dir, "active");
  writeFileSync(state, "blue\n");
  // The user's own switch script: records its argv and environment so the test can see exactly what it got.
  writeFileSync(
    join(dir, "lb.mjs"),
    `import { readFileSync, writeFileSync, appendFileSync } from "node:fs";
const [what, ...args] = process.argv.slice(2);
const state = ${JSON.stringify(state)};
appendFileSync(state + ".log", JSON.stringify({ what, args, env: process.env.TERRAFUSION_COLOR }) + "\\n");
if (what === "status") console.log("active: " + readFileSync(state, "utf8").trim());
if (what === "switch") writeFileSync(state, args.at(-1) + "\\n");
if (what === "health") process.exit(args.at(-1) === "green" ? 0 : 3);
`,
  );
  return { dir, state };
}

describe("command driver", () => {
  it("runs the user's commands without a shell, passing the color as its own argument", async () => {
    const { dir, state } = scripts();
    const driver = new CommandDriver({
      status: "node lb.mjs status",
      switch: "node lb.mjs switch --region eu;rm",
      health: "node lb.mjs health",
      cwd: dir,
    });
    expect(await driver.active()).toBe("blue");
    await driver.switchTo("green");
    expect(await driver.active()).toBe("green");
    expect(await driver.health("green")).toMatchObject({ healthy: true });
    expect(await driver.health("blue")).toMatchObject({
      healthy: false,
      detail: expect.stringMatching(/exited 3/),
    });
    const log = readFileSync(`${state}.log`, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    // `;rm` stayed a literal argument: no shell ever saw the line.
    expect(log[1]).toEqual({ what: "switch", args: ["--region", "eu;rm", "green"], env: "green" });
  });

  it("stops a command that hangs and says which one", async () => {
    const driver = new CommandDriver({
      status: "node -e setTimeout(()=>{},10000)",
      switch: "true",
      timeoutMs: 300,
    });
    await expect(driver.active()).rejects.toThrow(/status command .* did not finish within 0.3s/);
  });

  it("explains a status command that prints something other than a color", async () => {
    const driver = new CommandDriver({ status: "node -e console.log('purple')", switch: "true" });
    await expect(driver.active()).rejects.toThrow(/printed "purple"; it must print blue or green/);
  });
});
