// The app server runs a repository's switch command only as the account its operator names
// (TERRAFUSION_APP_COMMAND_USER): stripping secrets from the command's environment is not enough, since a
// command running as the app's own user reads them back from /proc/<app pid>/environ.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommandDriver } from "../../src/drivers/command.ts";
import { resolveAccount } from "../../src/process/account.ts";

let dir: string;
let readParent: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tf-command-user-"));
  chmodSync(dir, 0o755);
  // What a hostile policy's switch command does: read the environment of the process that started it.
  readParent = join(dir, "read-parent-env");
  writeFileSync(readParent, '#!/bin/sh\ntr "\\0" "\\n" < /proc/$PPID/environ\n');
  chmodSync(readParent, 0o755);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("command drivers on the app server", () => {
  it("as the app's own user, a command reads the environment the app started with (why the app refuses that)", async () => {
    const driver = new CommandDriver({ status: readParent, switch: readParent, cwd: dir });
    const error = await driver.active().catch((e: Error) => e);
    // It printed this process's environment (on the app server: PRIVATE_KEY, WEBHOOK_SECRET) instead of a color.
    expect(String(error)).toContain(`PATH=`);
    expect(String(error)).not.toMatch(/Permission denied/);
  });

  if (process.getuid?.() === 0) {
    it("as the operator's account (nobody), the same command cannot read it", async () => {
      const driver = new CommandDriver({
        status: readParent,
        switch: readParent,
        cwd: dir,
        runAsUser: "nobody",
      });
      const error = await driver.active().catch((e: Error) => e);
      expect(String(error)).toMatch(/Permission denied/);
      expect(String(error)).not.toContain("PATH=");
    });

    it("the account must exist, and must not be root", async () => {
      await expect(resolveAccount("no-such-user-tf", "TERRAFUSION_APP_COMMAND_USER")).rejects.toThrow(
        /TERRAFUSION_APP_COMMAND_USER=no-such-user-tf: no such user on this machine/,
      );
      await expect(resolveAccount("root", "TERRAFUSION_APP_COMMAND_USER")).rejects.toThrow(/is root/);
    });
  } else {
    it("an app that is not root cannot start commands as another account, and says so", async () => {
      await expect(resolveAccount("nobody", "TERRAFUSION_APP_COMMAND_USER")).rejects.toThrow(
        /the app must run as root to start commands as another user/,
      );
    });
  }
});
