import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.ts";
import { startRouter } from "../../src/router/index.ts";

const TOKEN = "router-security-token-0123";

describe("the router's admin API", () => {
  it("refuses to start without a token or with a short one", async () => {
    await expect(startRouter({ blue: ["127.0.0.1:9"], green: ["127.0.0.1:9"] })).rejects.toThrow(ConfigError);
    await expect(
      startRouter({ blue: ["127.0.0.1:9"], green: ["127.0.0.1:9"], token: "short" }),
    ).rejects.toThrow(/5 characters; give one of at least 16/);
  });

  it("stays on 127.0.0.1 when the traffic port listens elsewhere, and refuses oversized headers", async () => {
    const router = await startRouter({
      blue: ["127.0.0.1:9"],
      green: ["127.0.0.1:9"],
      token: TOKEN,
      host: "::1",
      healthIntervalMs: 60_000,
    });
    try {
      expect(router.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect(router.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const status = await fetch(`${router.adminUrl}/status`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(status.status).toBe(200);
      const big = await fetch(`${router.adminUrl}/status`, {
        headers: { authorization: `Bearer ${TOKEN}`, "x-padding": "x".repeat(16 * 1024) },
      });
      expect(big.status).toBe(431);
    } finally {
      await router.close();
    }
  });
});
