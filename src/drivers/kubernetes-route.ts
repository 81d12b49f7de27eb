import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from "@kubernetes/client-node";
import { ConfigError, ToolError } from "../errors.ts";
import { type TrafficSplit, weightProblem } from "../router/split.ts";
import { type HttpRoute, type RouteBackends, routeSplit, routeWeights, weightPatch } from "./http-route.ts";
import { KubernetesDriver } from "./kubernetes.ts";
import { defaultKubeConfig, kubernetesCall, readyPods } from "./kubernetes-api.ts";
import { type Color, type ColorHealth, otherColor, type TrafficDriver } from "./types.ts";

export interface KubernetesRouteDriverOptions {
  /** The Gateway API HTTPRoute whose backendRefs' weights move the traffic. */
  httpRoute: string;
  /** The Service of each color that the route's backendRefs name. */
  services: Record<Color, string>;
  namespace?: string;
  /** A Service whose selector's color label is switched too (clients inside the cluster). */
  service?: string;
  /** The pod label whose value is the color, in `service`'s selector (default "color"). */
  colorLabel?: string;
  kubeConfig?: KubeConfig;
}

const ROUTES = { group: "gateway.networking.k8s.io", version: "v1", plural: "httproutes" } as const;

/**
 * Moves traffic with the weights of an HTTPRoute's backendRefs (one Service per color): a switch is 100/0,
 * a canary of N % is 100-N/N. The Gateway's controller applies a change shortly after the API accepts it.
 */
export class KubernetesRouteDriver implements TrafficDriver {
  readonly kind = "kubernetes";
  private readonly routes: CustomObjectsApi;
  private readonly core: CoreV1Api;
  private readonly namespace: string;
  private readonly where: RouteBackends;
  private readonly selector?: KubernetesDriver;

  constructor(private readonly options: KubernetesRouteDriverOptions) {
    const config = options.kubeConfig ?? defaultKubeConfig();
    this.routes = config.makeApiClient(CustomObjectsApi);
    this.core = config.makeApiClient(CoreV1Api);
    this.namespace = options.namespace ?? "default";
    this.where = { namespace: this.namespace, route: options.httpRoute, services: options.services };
    if (options.service)
      this.selector = new KubernetesDriver({
        service: options.service,
        namespace: this.namespace,
        colorLabel: options.colorLabel,
        kubeConfig: config,
      });
  }

  async active(): Promise<Color> {
    return (await this.split()).active;
  }

  async weights(): Promise<Record<Color, number>> {
    return routeWeights(await this.read(), this.where);
  }

  /** The active color and the canary's percent, as the route says. */
  async split(): Promise<TrafficSplit> {
    return routeSplit(await this.read(), this.where);
  }

  async switchTo(color: Color): Promise<void> {
    await this.apply(await this.read(), { active: color, weight: 0 });
    await this.selector?.switchTo(color);
  }

  async setWeight(canary: Color, percent: number): Promise<void> {
    const problem = weightProblem(percent);
    if (problem) throw new ConfigError(`kubernetes: ${problem}`);
    const route = await this.read();
    const { active } = routeSplit(route, this.where);
    if (canary === active)
      throw new ToolError(
        "kubernetes",
        `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`,
      );
    await this.apply(route, { active, weight: percent });
  }

  /** The ready pods under the color's own Service's selector: the pods its backendRef reaches. */
  async health(color: Color): Promise<ColorHealth> {
    const name = this.options.services[color];
    const service = await kubernetesCall("read the Service", `${this.namespace}/${name}`, () =>
      this.core.readNamespacedService({ name, namespace: this.namespace }),
    );
    const selector = service.spec?.selector ?? {};
    if (Object.keys(selector).length === 0)
      throw new ToolError(
        "kubernetes",
        `Service ${this.namespace}/${name} (the ${color} backend) has no selector; give it one that selects the ${color} pods`,
      );
    return readyPods(this.core, this.namespace, color, selector);
  }

  private read(): Promise<HttpRoute> {
    return this.call("read", () =>
      this.routes.getNamespacedCustomObject({
        ...ROUTES,
        namespace: this.namespace,
        name: this.options.httpRoute,
      }),
    );
  }

  private async apply(route: HttpRoute, split: TrafficSplit): Promise<void> {
    const body = weightPatch(route, this.where, split);
    await this.call("patch", () =>
      this.routes.patchNamespacedCustomObject(
        { ...ROUTES, namespace: this.namespace, name: this.options.httpRoute, body },
        setHeaderOptions("Content-Type", PatchStrategy.JsonPatch),
      ),
    );
  }

  private call<T>(verb: string, request: () => Promise<T>): Promise<T> {
    return kubernetesCall(
      `${verb} the HTTPRoute`,
      `${this.namespace}/${this.options.httpRoute}`,
      request,
      "check driver.http-route and driver.namespace, and that the Gateway API is installed",
    );
  }
}
