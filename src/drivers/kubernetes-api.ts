import { type CoreV1Api, KubeConfig } from "@kubernetes/client-node";
import { ToolError } from "../errors.ts";
import type { Color, ColorHealth } from "./types.ts";

/** The usual kubeconfig lookup: KUBECONFIG, ~/.kube/config, in-cluster. */
export function defaultKubeConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromDefault();
  return config;
}

/**
 * Runs one API request; a refusal becomes one line naming what was asked of which object:
 * "kubernetes: cannot patch the HTTPRoute shop/web: 404 httproutes… "web" not found".
 */
export async function kubernetesCall<T>(
  what: string,
  object: string,
  request: () => Promise<T>,
  /** Said after a 404: what to check. */
  notFound?: string,
): Promise<T> {
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
    const hint = e.code === 404 && notFound ? ` (${notFound})` : "";
    throw new ToolError("kubernetes", `cannot ${what} ${object}: ${detail}${hint}`);
  }
}

/** Health of a color: its pods under `selector` (label → value), healthy when one is Ready. */
export async function readyPods(
  api: CoreV1Api,
  namespace: string,
  color: Color,
  selector: Record<string, string>,
): Promise<ColorHealth> {
  const labelSelector = Object.entries(selector)
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
  const pods = await kubernetesCall("list pods of", `${namespace} (${labelSelector})`, () =>
    api.listNamespacedPod({ namespace, labelSelector }),
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
