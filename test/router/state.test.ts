import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RouterDriver } from "../../src/drivers/router.ts";
import { ConfigError } from "../../src/errors.ts";
import { type Router, startRouter } from "../../src/router/index.ts";
import { cli } from "../helpers/cli.ts";
import { type EchoUpstream, echoUpstream, send } from "../reliability/echo-upstream.ts";

const TOKEN = "router-state-test-token";
const ROOT = resolve(import.meta.dirname, "../..");

let dir: string;
let blue: EchoUpstream;
let green: EchoUpstream;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tf-router-state-"));
  blue = await echoUpstream("blue");
  green = await echoUpstream("green");
});
afterAll(async () => {
  await Promise.all([blue.close(), green.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const stateOf = (file: string) => JSON.parse(readFileSync(file, "utf8"));

describe("router --state: in process", () => {
  let router: Router | undefined;
  afterEach(async () => {
    await router?.close();
    router = undefined;
  });

  const start = (stateFile: string, active: "blue" | "green" = "blue") =>
    startRouter({ blue: [blue.address], green: [green.address], token: TOKEN, stateFile, active });

  it("starts from the flags when the file is missing, and has every change on disk when it answers", async () => {
    const file = join(dir, "fresh.json");
    router = await start(file, "green");
    expect(router.resumed).toBe(false);
    expect(stateOf(file)).toEqual({ version: 1, active: "green", weight: 0 });
    const driver = new RouterDriver({ adminUrl: router.adminUrl, token: TOKEN });
    await driver.switchTo("blue");
    expect(stateOf(file)).toEqual({ version: 1, active: "blue", weight: 0 });
    await driver.setWeight("green", 30);
    expect(stateOf(file)).toEqual({ version: 1, active: "blue", weight: 30 });
    await router.close();

    // A restart resumes the file, over --active.
    router = await start(file, "green");
    expect(router.resumed).toBe(true);
    expect([router.activeColor, router.weight]).toEqual(["blue", 30]);
  });

  it("applies concurrent changes one at a time, the file always holding the last one applied", async () => {
    const file = join(dir, "concurrent.json");
    router = await start(file);
    const results = await Promise.all([
      router.setWeight("green", 10),
      router.switchTo("green"),
      router.setWeight("blue", 20),
    ]);
    expect(results.map((result) => result.to)).toEqual([10, "green", 20]);
    expect([router.activeColor, router.weight]).toEqual(["green", 20]);
    expect(stateOf(file)).toEqual({ version: 1, active: "green", weight: 20 });
  });

  it("changes nothing when the state cannot be written, and says why with a 500", async () => {
    const folder = mkdtempSync(join(dir, "gone-"));
    const file = join(folder, "state.json");
    router = await start(file);
    rmSync(folder, { recursive: true });
    const answer = await fetch(`${router.adminUrl}/switch`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ to: "green" }),
    });
    expect(answer.status).toBe(500);
    expect(((await answer.json()) as { error: string }).error).toMatch(
      /^router state .*state\.json: cannot write it \(ENOENT\)/,
    );
    expect(router.activeColor).toBe("blue");
    expect((await send(router.url)).headers["x-terrafusion-color"]).toBe("blue");
  });

  it.each([
    ["{", /bad\.json:1:2: the router state is not JSON/],
    ['{"version":1,"active":"green"}\n\n', /the weight is missing/],
    ["", /bad\.json:1:1: the router state is not JSON/],
    ['{"version":1,"active":"red","weight":0}', /"active" is "red", not "blue" or "green"/],
    [
      '{"version":1,"active":"green","weight":150}',
      /"weight": the weight is a whole percent from 0 to 100, not 150/,
    ],
    ['{"version":2,"active":"green","weight":0}', /"version" is 2, not 1/],
    ['{"version":1,"active":"green","weight":0,"extra":true}', /unknown key "extra"/],
    ["[1]", /not a JSON object/],
  ])("refuses to start from a state file holding %j, naming the file", async (text, message) => {
    const file = join(dir, "bad.json");
    writeFileSync(file, text);
    const failure = start(file);
    await expect(failure).rejects.toThrow(ConfigError);
    await expect(failure).rejects.toThrow(message);
    // Left as it was: the operator decides.
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("terrafusion router --state with a broken file: one line, exit 2", async () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{"version":1,"active":"green",}');
    const run = await cli(
      [
        "router",
        "--blue",
        blue.address,
        "--green",
        green.address,
        "--port",
        "0",
        "--admin-port",
        "0",
        "--state",
        file,
      ],
      { ...process.env, TERRAFUSION_ROUTER_TOKEN: TOKEN },
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^terrafusion: .*broken\.json:1:31: the router state is not JSON \(.*\); fix it, or remove it to start from the --active flag$/,
      ),
    ]);
  });
});

/** `terrafusion router` as its own process, so that it can be killed with SIGKILL. */
async function routerProcess(
  stateFile: string,
): Promise<{ child: ChildProcess; adminUrl: string; url: string }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(ROOT, "src/cli/bin.ts"),
      "router",
      ...["--blue", blue.address, "--green", green.address, "--port", "0", "--admin-port", "0"],
      ...["--state", stateFile],
    ],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, TERRAFUSION_ROUTER_TOKEN: TOKEN },
    },
  );
  let stderr = "";
  const line = await new Promise<string>((resolved, rejected) => {
    const timer = setTimeout(() => rejected(new Error(`the router did not start: ${stderr}`)), 20_000);
    child.once("exit", (code) => rejected(new Error(`the router exited (${code}): ${stderr}`)));
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const ready = /router: traffic on (\S+) .*admin API on (\S+?);/.exec(stderr);
      if (ready) {
        clearTimeout(timer);
        resolved(ready[0]);
      }
    });
  });
  const [, url, adminUrl] = /router: traffic on (\S+) .*admin API on (\S+?);/.exec(line)!;
  return { child, url: url!, adminUrl: adminUrl! };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}

describe("router --state: kill -9 and restart", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("comes back on the color and weight it had: the switch was on disk before it answered", async () => {
    const file = join(dir, "killed.json");
    const first = await routerProcess(file);
    children.push(first.child);
    const driver = new RouterDriver({ adminUrl: first.adminUrl, token: TOKEN });
    expect(await driver.active()).toBe("blue");
    await driver.switchTo("green");
    await driver.setWeight("blue", 10);
    // Killed the moment the last change answered: no shutdown, no later write.
    await killHard(first.child);

    const second = await routerProcess(file);
    children.push(second.child);
    const again = new RouterDriver({ adminUrl: second.adminUrl, token: TOKEN });
    expect(await again.active()).toBe("green");
    expect(await again.weights()).toEqual({ blue: 10, green: 90 });
    const colors: string[] = [];
    for (let i = 0; i < 20; i++) colors.push(String((await send(second.url)).headers["x-terrafusion-color"]));
    expect(colors.filter((color) => color === "blue").length).toBe(2);
    expect(colors.filter((color) => color === "green").length).toBe(18);
    await killHard(second.child);
  });
});
