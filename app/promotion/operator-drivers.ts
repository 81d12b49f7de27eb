import { createDriver, type EnvironmentPolicy } from "../../src/drivers/index.ts";
import type { TrafficDriver } from "../../src/drivers/types.ts";
import { ConfigError } from "../../src/errors.ts";
import { allowedOrigins } from "../../src/net/allowed-origins.ts";

/**
 * What the app server may drive is the operator's decision, not a repository's: a policy on any
 * installed repository's default branch names a driver, and the app would otherwise run its command,
 * write its nginx files or send its router token wherever that policy says.
 *
 * - TERRAFUSION_APP_DRIVERS: the driver kinds the app runs (comma separated; default "router").
 * - TERRAFUSION_APP_ROUTER_URLS: the router admin URLs it may call (comma separated origins, a port
 *   may be "*"); a router driver whose admin-url is not listed is refused.
 * - TERRAFUSION_APP_COMMAND_USER: the account command drivers run as. Required with `command`: a
 *   command running as the app's own user could read the app's key and webhook secret from
 *   /proc/<app pid>/environ, whatever environment it was given (docs/security.md).
 */
export function operatorDriverFor(env: NodeJS.ProcessEnv) {
  const kinds = list(env.TERRAFUSION_APP_DRIVERS ?? "router");
  const routerAllowed = allowedOrigins(env.TERRAFUSION_APP_ROUTER_URLS ?? "");
  return (config: EnvironmentPolicy, environment: string): TrafficDriver => {
    const driver = config.driver;
    if (!kinds.includes(driver.kind)) {
      throw new ConfigError(
        `environment ${environment}: this app does not run ${driver.kind} drivers (its operator allows ${kinds.join(", ") || "none"} in TERRAFUSION_APP_DRIVERS)`,
      );
    }
    if (driver.kind === "router") {
      const admin = new URL(driver["admin-url"]);
      if (!routerAllowed(admin)) {
        throw new ConfigError(
          `environment ${environment}: this app may not call the router at ${admin.origin} (its operator lists the routers it may drive in TERRAFUSION_APP_ROUTER_URLS)`,
        );
      }
    }
    if (driver.kind === "command" && !env.TERRAFUSION_APP_COMMAND_USER) {
      throw new ConfigError(
        `environment ${environment}: this app runs command drivers only as a separate account, which its operator has not named: set TERRAFUSION_APP_COMMAND_USER to a user that cannot read the app's environment (see docs/security.md)`,
      );
    }
    return createDriver(
      driver,
      env,
      ".",
      driver.kind === "command" ? env.TERRAFUSION_APP_COMMAND_USER : undefined,
    );
  };
}

function list(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}
