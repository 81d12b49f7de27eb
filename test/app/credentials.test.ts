import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCredentials } from "../../app/credentials.ts";

const pem = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
});

describe("the app's credentials, before probot starts", () => {
  it("none at all: probot's setup page", () => {
    expect(checkCredentials({})).toEqual({ mode: "setup" });
  });

  it("some but not all: names what is missing", () => {
    expect(checkCredentials({ APP_ID: "1" })).toEqual({
      mode: "error",
      message:
        "set PRIVATE_KEY (or PRIVATE_KEY_PATH), WEBHOOK_SECRET (from the GitHub App's settings page; see docs/review.md)",
    });
  });

  it("a key that is not a PEM private key is an error, not probot's setup page", () => {
    const bad = checkCredentials({ APP_ID: "1", PRIVATE_KEY: "x", WEBHOOK_SECRET: "s" });
    expect(bad).toMatchObject({ mode: "error" });
    expect((bad as { message: string }).message).toMatch(
      /^PRIVATE_KEY: The contents of "env.PRIVATE_KEY" could not be validated/,
    );
    const truncated = String(pem).replace(/\n[A-Za-z0-9+/=]+\n-----END/, "\n-----END");
    expect(checkCredentials({ APP_ID: "1", PRIVATE_KEY: truncated, WEBHOOK_SECRET: "s" })).toMatchObject({
      mode: "error",
      message: expect.stringMatching(/^PRIVATE_KEY is not a private key in PEM form/),
    });
  });

  it("a key file that is not there is named", () => {
    const check = checkCredentials({ APP_ID: "1", PRIVATE_KEY_PATH: "nope.pem", WEBHOOK_SECRET: "s" });
    expect(check).toMatchObject({
      mode: "error",
      message: expect.stringContaining("PRIVATE_KEY_PATH=nope.pem"),
    });
  });

  it("a real key, as text with \\n escapes or as a file, runs", () => {
    const escaped = String(pem).replace(/\n/g, "\\n");
    expect(checkCredentials({ APP_ID: "1", PRIVATE_KEY: escaped, WEBHOOK_SECRET: "s" })).toEqual({
      mode: "run",
    });
    const dir = mkdtempSync(join(tmpdir(), "tf-credentials-"));
    writeFileSync(join(dir, "app.pem"), pem);
    expect(checkCredentials({ APP_ID: "1", PRIVATE_KEY_PATH: "app.pem", WEBHOOK_SECRET: "s" }, dir)).toEqual({
      mode: "run",
    });
  });
});
