import { CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from "@kubernetes/client-node";
import { ToolError } from "../errors.ts";
import { type Color, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface KubernetesDriverOptions {
  service: string;
  namespace?: string;
  /** The pod label whose value is the color (default "color"). */
  colorLabel?: string;
  /** Defaults to the usual kubeconfig lookup (KUBECONFIG, ~/.kube/config, in-cluster). */
  kubeConfig?: KubeConfig;
}

/** Switches a Service between two Deployments by patching the color label of its selector. */
export class KubernetesDriver implements TrafficDriver {
  readonly kind = "kubernetes";
  private readonly api: CoreV1Api;
  private readonly namespace: string;
  private readonly label: string;

  constructor(private readonly options: KubernetesDriverOptions) {
    const config = options.kubeConfig ?? defaultConfig();
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
    const selector = { ...(service.spec?.selector ?? {}), [this.label]: color };
    const labelSelector = Object.entries(selector)
      .map(([key, value]) => `${key}=${value}`)
      .join(",");
    const pods = await this.call("list pods", () =>
      this.api.listNamespacedPod({ namespace: this.namespace, labelSelector }),
    );
    const ready = pods.items.filter((pod) =>
      pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True"),
    );
    return {
      color,
      healthy: ready.length > 0,
      detail: `${ready.length} of ${pods.items.length} pods ready (${labelSelector})`,
    };
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const e = error as { code?: number; body?: string; message?: string };
      let detail = e.message ?? String(error);
      if (e.code) {
        try {
          detail = `${e.code} ${JSON.parse(e.body ?? "{}").message ?? ""}`.trim();
        } catch {
          detail = `${e.code}`;
        }
      }
      throw new ToolError(
        "kubernetes",
        `cannot ${what} ${this.namespace}/${this.options.service}: ${detail}`,
      );
    }
  }
}

function defaultConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromDefault();
  return config;
}
