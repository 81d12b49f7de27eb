import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CommandDriver } from "../../src/drivers/command.ts";
import { createDriver } from "../../src/drivers/index.ts";
import { NginxDriver } from "../../src/drivers/nginx.ts";
import { ConfigError } from "../../src/errors.ts";

describe("router driver token-env", () => {
  const env = { PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----", TERRAFUSION_PROD_TOKEN: "t".repeat(32) };

  it("refuses a variable that is not a TERRAFUSION_…TOKEN, so a policy cannot send the app's key to its admin-url", () => {
    for (const name of ["PRIVATE_KEY", "GITHUB_TOKEN", "WEBHOOK_SECRET", "TERRAFUSION_COLOR"])
      expect(() =>
        createDriver({ kind: "router", "admin-url": "https://evil.example", "token-env": name }, env),
      ).toThrow(ConfigError);
  });

  it("takes a TERRAFUSION_…TOKEN variable", () => {
    const driver = createDriver(
      { kind: "router", "admin-url": "http://127.0.0.1:9901", "token-env": "TERRAFUSION_PROD_TOKEN" },
      env,
    );
    expect(driver.kind).toBe("router");
  });
});

describe("command driver environment", () => {
  it("keeps the process's key, webhook secret and tokens from the user's command", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tf-sec-cmd-"));
    const out = join(dir, "env.json");
    writeFileSync(
      join(dir, "dump.mjs"),
      `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.env)); console.log("blue");`,
    );
    const secrets = {
      PRIVATE_KEY: "pk",
      WEBHOOK_SECRET: "ws",
      GITHUB_TOKEN: "gt",
      INPUT_GITHUB_TOKEN: "igt",
      ACTIONS_RUNTIME_TOKEN: "art",
      TERRAFUSION_ROUTER_TOKEN: "rt",
    };
    const saved = { ...process.env };
    Object.assign(process.env, secrets, { TF_SEC_KEPT: "kept" });
    try {
      const driver = new CommandDriver({ status: "node dump.mjs", switch: "node dump.mjs", cwd: dir });
      expect(await driver.active()).toBe("blue");
    } finally {
      for (const name of [...Object.keys(secrets), "TF_SEC_KEPT"]) delete process.env[name];
      Object.assign(process.env, saved);
    }
    const seen = JSON.parse(readFileSync(out, "utf8"));
    for (const name of Object.keys(secrets)) expect(seen).not.toHaveProperty(name);
    // The rest of the environment (PATH, the user's own variables) is still there.
    expect(seen.TF_SEC_KEPT).toBe("kept");
    expect(seen.PATH).toBeTruthy();
  });
});

describe("nginx driver upstream file", () => {
  it("refuses an upstream string that would add nginx directives", () => {
    for (const server of [
      "1.2.3.4:80; include /etc/passwd",
      "1.2.3.4:80;\ninclude /etc/passwd",
      "1.2.3.4:80 } server { listen 81",
      "1.2.3.4:80 # comment",
      "$host:80",
    ]) {
      expect(() => NginxDriver.upstreamText("blue", [server])).toThrow(ConfigError);
      expect(
        () => new NginxDriver({ upstreamFile: "/tmp/none", blue: ["127.0.0.1:1"], green: [server] }),
      ).toThrow(/not an nginx upstream address/);
    }
  });

  it("writes host:port, [v6]:port, unix sockets and nginx's flags", () => {
    const text = NginxDriver.upstreamText("green", [
      "127.0.0.1:8081 weight=2",
      "[::1]:8082 backup",
      "unix:/run/app.sock",
      "app.internal:80 max_fails=3 fail_timeout=10s",
    ]);
    expect(text.split("\n").filter((line) => line.startsWith("server "))).toEqual([
      "server 127.0.0.1:8081 weight=2;",
      "server [::1]:8082 backup;",
      "server unix:/run/app.sock;",
      "server app.internal:80 max_fails=3 fail_timeout=10s;",
    ]);
  });
});
