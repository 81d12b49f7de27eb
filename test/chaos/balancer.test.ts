import { resolve } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";

const RACE = resolve(import.meta.dirname, "../fixtures/chaos/reset-race.ts");

async function race(mode: "ending" | "open") {
  return execa(process.execPath, ["--import", "tsx", RACE, mode], { reject: false, timeout: 10_000 });
}

describe("the balancer's connection reset", () => {
  it("resets an open connection: the client sees ECONNRESET", async () => {
    const run = await race("open");
    expect(run.timedOut).toBe(false);
    expect(run.stdout.split("\n")).toContain("client ECONNRESET");
  });

  it("destroys a connection whose end is under way instead of resetting it, and the process exits (resetAndDestroy there spins forever)", async () => {
    const run = await race("ending");
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toContain("server error EINVAL");
    expect(run.stdout).toContain("client end");
  });
});
