import { ConfigError } from "../errors.ts";
import type { Policy } from "../policy/schema/index.ts";
import { parseDuration } from "../policy/schema/primitives.ts";
import { commandDriver } from "./command.ts";
import { KubernetesDriver } from "./kubernetes.ts";
import { KubernetesRouteDriver } from "./kubernetes-route.ts";
import { NginxDriver } from "./nginx.ts";
import { RouterDriver } from "./router.ts";
import type { TrafficDriver } from "./types.ts";

export type EnvironmentPolicy = NonNullable<Policy["deploy"]>["environments"][string];
export type DriverPolicy = EnvironmentPolicy["driver"];

export const DEFAULT_TOKEN_ENV = "TERRAFUSION_ROUTER_TOKEN";
const ROUTER_TOKEN_ENV = /^TERRAFUSION_[A-Z0-9_]*TOKEN[A-Z0-9_]*$/;

/** The driver an environment's policy names, built from its settings. */
export function createDriver(
  config: DriverPolicy,
  env: NodeJS.ProcessEnv = process.env,
  cwd = ".",
  runAsUser?: string,
): TrafficDriver {
  switch (config.kind) {
    case "router": {
      const tokenEnv = config["token-env"] ?? DEFAULT_TOKEN_ENV;
      // The token is sent to the policy's admin-url: a policy must not pick another secret of this
      // process (the app's PRIVATE_KEY, a GITHUB_TOKEN) and send it to an address of its choosing.
      if (!ROUTER_TOKEN_ENV.test(tokenEnv))
        throw new ConfigError(
          `driver.token-env ${JSON.stringify(tokenEnv)}: name a variable TERRAFUSION_…TOKEN (e.g. TERRAFUSION_ROUTER_TOKEN); other variables are never sent to admin-url`,
        );
      const token = env[tokenEnv];
      if (!token)
        throw new ConfigError(
          `the router driver needs its admin token in ${tokenEnv}; set it (the router was started with the same)`,
        );
      return new RouterDriver({ adminUrl: config["admin-url"], token });
    }
    case "nginx":
      return new NginxDriver({
        upstreamFile: config["upstream-file"],
        blue: config.blue,
        green: config.green,
        nginx: config.nginx,
        config: config.config,
        prefix: config.prefix,
        pidFile: config["pid-file"],
        healthPath: config["health-path"],
      });
    case "kubernetes": {
      // With an HTTPRoute the driver weighs its backends (canary possible); else it patches a Service
      // selector, all or nothing, and has no setWeight.
      const route = config["http-route"];
      if (route) {
        if (!config.services)
          throw new ConfigError("driver.http-route needs driver.services: { blue: NAME, green: NAME }");
        return new KubernetesRouteDriver({
          httpRoute: route,
          services: config.services,
          service: config.service,
          namespace: config.namespace,
          colorLabel: config["color-label"],
        });
      }
      if (!config.service)
        throw new ConfigError(
          "the kubernetes driver needs driver.service, or driver.http-route and services",
        );
      return new KubernetesDriver({
        service: config.service,
        namespace: config.namespace,
        colorLabel: config["color-label"],
      });
    }
    case "command":
      return commandDriver({
        status: config.status,
        switch: config.switch,
        health: config.health,
        weight: config.weight,
        timeoutMs: config.timeout ? parseDuration(config.timeout) : undefined,
        cwd,
        ...(runAsUser ? { runAsUser } : {}),
      });
  }
}

export { type Color, otherColor, type TrafficDriver } from "./types.ts";
