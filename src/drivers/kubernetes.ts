import { CoreV1Api, type KubeConfig, PatchStrategy, setHeaderOptions } from "@kubernetes/client-node";
import { ToolError } from "../errors.ts";
import { defaultKubeConfig, kubernetesCall, readyPods } from "./kubernetes-api.ts";
import { type Color, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface KubernetesDriverOptions {
  service: string;
  namespace?: string;
  /** The pod label whose value is the color (default "color"). */
  colorLabel?: string;
  /** Defaults to the usual kubeconfig lookup (KUBECONFIG, ~/.kube/config, in-cluster). */
  kubeConfig?: KubeConfig;
}

/**
 * Switches a Service between two Deployments by patching the color label of its selector. All or nothing:
 * no canary (that needs an HTTPRoute, see KubernetesRouteDriver).
 */
export class KubernetesDriver implements TrafficDriver {
  readonly kind = "kubernetes";
  private readonly api: CoreV1Api;
  private readonly namespace: string;
  private readonly label: string;

  constructor(private readonly options: KubernetesDriverOptions) {
    const config = options.kubeConfig ?? defaultKubeConfig();
    this.api = config.makeApiClient(CoreV1Api);
    this.namespace = options.namespace ?? "default";
    this.label = options.colorLabel ?? "color";
  }

  async active(): Promise<Color> {
    const service = await this.call("read the Service", () =>
      this.api.readNamespacedService({ name: this.options.service, namespace: this.namespace }),
    );
    const color = service.spec?.selector?.[this.label];
    if (!isColor(color))
      throw new ToolError(
        "kubernetes",
        `Service ${this.namespace}/${this.options.service} selects ${this.label}=${color ?? "(nothing)"}; add ${this.label}: blue or green to its selector`,
      );
    return color;
  }

  async switchTo(color: Color): Promise<void> {
    await this.call("patch the Service selector", () =>
      this.api.patchNamespacedService(
        {
          name: this.options.service,
          namespace: this.namespace,
          body: { spec: { selector: { [this.label]: color } } },
        },
        setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch),
      ),
    );
  }

  async health(color: Color): Promise<ColorHealth> {
    const service = await this.call("read the Service", () =>
      this.api.readNamespacedService({ name: this.options.service, namespace: this.namespace }),
    );
    return readyPods(this.api, this.namespace, color, {
      ...(service.spec?.selector ?? {}),
      [this.label]: color,
    });
  }

  private call<T>(what: string, request: () => Promise<T>): Promise<T> {
    return kubernetesCall(what, `${this.namespace}/${this.options.service}`, request);
  }
}
