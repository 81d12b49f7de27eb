// Every tool and user command runs under one supervisor (src/process/supervise.ts): a deadline that
// takes the whole tree down, setsid descendants included; no waiting on pipes a descendant holds; no
// orphan left behind; bounded output that never changes a verdict. Each case here hung, overran its
// timeout, left a process behind or read passing tests as failed before the supervisor.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommandDriver } from "../../src/drivers/command.ts";
import { ToolError } from "../../src/errors.ts";
import { runTests } from "../../src/gates/coverage/run-tests.ts";
import { runSemgrep } from "../../src/gates/static-analysis/semgrep.ts";
import { startService } from "../../src/load/service.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";
import { runSupervised } from "../../src/process/supervise.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tf-supervise-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process whose command line carries `tag` is still running. */
async function alive(tag: string): Promise<boolean> {
  const { readdirSync, readFileSync } = await import("node:fs");
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const state = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.[0];
      if (cmdline.includes(tag) && state !== "Z") return true;
    } catch {
      // gone
    }
  }
  return false;
}

/** A sleep that can be found again: `sleep` with a unique number of seconds. */
function taggedSleep(): string {
  return String(600 + Math.floor(Math.random() * 100_000) / 1000);
}

/** A hostile stand-in for a tool: a script at `name` in the temp folder. */
function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe("deadlines take the whole tree", () => {
  it("a tool whose child keeps stdout open stops at its deadline, and the child goes too (semgrep)", async () => {
    const seconds = taggedSleep();
    const bin = script("semgrep-holds-stdout", `sleep ${seconds} &\nsleep ${seconds}`);
    const started = Date.now();
    const error = await runSemgrep({ cwd: dir, configs: ["x"], timeoutMs: 1_000, knownRules: [], bin }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ToolError);
    expect((error as Error).message).toMatch(/timed out after 1 s/);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await alive(seconds)).toBe(false);
  });

  it("a test command with a setsid child stops at its timeout, the setsid child included", async () => {
    const seconds = taggedSleep();
    const started = Date.now();
    const run = await runTests({
      command: `setsid sleep ${seconds} & sleep ${seconds}`,
      cwd: dir,
      timeoutMs: 1_000,
      timeoutText: "1s",
    });
    expect(run.stopped).toBe("timed out after 1s");
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await alive(seconds)).toBe(false);
  });

  it("a test command that exits but leaves a setsid child on its output returns at once, and no orphan stays", async () => {
    const seconds = taggedSleep();
    const started = Date.now();
    const run = await runTests({
      command: `setsid sleep ${seconds} & echo done`,
      cwd: dir,
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stopped).toBeUndefined();
    expect(run.tail).toContain("done");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await alive(seconds)).toBe(false);
  });

  it("a service whose command daemonises with setsid is stopped with its port freed", async () => {
    const port = await freeLoopbackPorts(1);
    const server = join(dir, "server.mjs");
    writeFileSync(
      server,
      'import http from "node:http";\nhttp.createServer((q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");\n',
    );
    const service = await startService({
      command: `setsid ${process.execPath} ${server} & wait`,
      readyUrl: `http://127.0.0.1:${port}/`,
      cwd: dir,
      timeoutMs: 10_000,
    });
    await service.stop();
    // The port is free again: nothing of the service is left listening.
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once("error", reject);
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
    });
  });

  it("the command driver's timeout holds for a rollback that hangs with a setsid child", async () => {
    const seconds = taggedSleep();
    const hang = script("switch-hangs", `setsid sleep ${seconds} &\nsleep ${seconds}`);
    const driver = new CommandDriver({ status: "echo blue", switch: hang, timeoutMs: 1_000 });
    const started = Date.now();
    await expect(driver.switchTo("blue")).rejects.toThrow(/did not finish within 1s/);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await alive(seconds)).toBe(false);
  });

  it("a deadline of 0 is refused, not 'no deadline'", () => {
    expect(() => runSupervised({ command: "true", env: {}, deadlineMs: 0 })).toThrow(/longer than 0/);
  });
});

describe("output is bounded and never changes a verdict", () => {
  it("tests that print 200 MB still pass, and the kept tail is a few kilobytes", async () => {
    const run = await runTests({
      command: `${process.execPath} -e "const l='x'.repeat(1023)+'\\n';for(let i=0;i<200*1024;i++)process.stdout.write(l)" && echo the-end`,
      cwd: dir,
      timeoutMs: 120_000,
    });
    expect(run.stopped).toBeUndefined();
    expect(run.exitCode).toBe(0);
    expect(run.tail.endsWith("the-end")).toBe(true);
    expect(run.tail.length).toBeLessThan(40 * 450);
  }, 150_000);

  it("one endless line is cut, not kept", async () => {
    const outcome = await runSupervised({
      command: process.execPath,
      args: ["-e", "process.stdout.write('y'.repeat(50*1024*1024))"],
      env: process.env,
      deadlineMs: 60_000,
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output.size).toBe(50 * 1024 * 1024);
    expect(outcome.output.text().length).toBeLessThan(1_000);
    expect(outcome.output.text()).toMatch(/… \(line cut\)$/);
  });
});

describe("a tool's report is checked against what that tool writes", () => {
  it("a semgrep that prints {} is an error, not 'no findings in 0 files'", async () => {
    const bin = script("semgrep-prints-empty-object", "echo '{}'");
    await expect(
      runSemgrep({ cwd: dir, configs: ["x"], timeoutMs: 10_000, knownRules: [], bin }),
    ).rejects.toThrow(/not semgrep's JSON \(version: /);
  });

  it("a semgrep report whose results are not a list is an error too", async () => {
    const bin = script(
      "semgrep-prints-bad-results",
      `echo '{"version":"1.185.0","results":{"a":1},"errors":[],"paths":{"scanned":[]}}'`,
    );
    await expect(
      runSemgrep({ cwd: dir, configs: ["x"], timeoutMs: 10_000, knownRules: [], bin }),
    ).rejects.toThrow(/not semgrep's JSON \(results: /);
  });
});
