import { describe, expect, it } from "vitest";
import { operatorDriverFor } from "../../app/promotion/operator-drivers.ts";
import type { EnvironmentPolicy } from "../../src/drivers/index.ts";

const router = (adminUrl: string) =>
  ({
    driver: { kind: "router", "admin-url": adminUrl, "token-env": "TERRAFUSION_ROUTER_TOKEN" },
  }) as EnvironmentPolicy;
const command = { driver: { kind: "command", status: "./status", switch: "./switch" } } as EnvironmentPolicy;
const token = { TERRAFUSION_ROUTER_TOKEN: "router-admin-token-0123" };

describe("the app runs only the drivers its operator allows", () => {
  it("refuses every router until the operator lists it", () => {
    const driverFor = operatorDriverFor({ ...token });
    expect(() => driverFor(router("https://attacker.example:9901"), "production")).toThrow(
      "environment production: this app may not call the router at https://attacker.example:9901 (its operator lists the routers it may drive in TERRAFUSION_APP_ROUTER_URLS)",
    );
  });

  it("calls a listed router, by exact origin or any port of a listed host", () => {
    const exact = operatorDriverFor({ ...token, TERRAFUSION_APP_ROUTER_URLS: "http://10.0.0.5:9901" });
    expect(exact(router("http://10.0.0.5:9901"), "production")).toBeDefined();
    expect(() => exact(router("http://10.0.0.5:9902"), "production")).toThrow(/may not call the router/);
    const anyPort = operatorDriverFor({ ...token, TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*" });
    expect(anyPort(router("http://127.0.0.1:41234"), "staging")).toBeDefined();
    expect(() => anyPort(router("https://127.0.0.1:41234"), "staging")).toThrow(/may not call the router/);
  });

  it("runs no command driver unless the operator allows command drivers", () => {
    expect(() => operatorDriverFor({})(command, "production")).toThrow(
      "environment production: this app does not run command drivers (its operator allows router in TERRAFUSION_APP_DRIVERS)",
    );
    expect(() =>
      operatorDriverFor({ TERRAFUSION_APP_DRIVERS: "router,command" })(command, "production"),
    ).toThrow(
      /this app runs command drivers only as a separate account, which its operator has not named: set TERRAFUSION_APP_COMMAND_USER/,
    );
    expect(
      operatorDriverFor({
        TERRAFUSION_APP_DRIVERS: "router,command",
        TERRAFUSION_APP_COMMAND_USER: "nobody",
      })(command, "production"),
    ).toBeDefined();
  });
});
