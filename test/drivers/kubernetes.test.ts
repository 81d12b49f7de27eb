import { KubeConfig } from "@kubernetes/client-node";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KubernetesDriver } from "../../src/drivers/kubernetes.ts";

const SERVER = "https://k8s.example.test:6443";

function kubeConfig(): KubeConfig {
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: "test", server: SERVER, skipTLSVerify: true }],
    users: [{ name: "deployer", token: "k8s-token" }],
    contexts: [{ name: "test", cluster: "test", user: "deployer" }],
    currentContext: "test",
  });
  return config;
}

const service = (color: string) => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "shop" },
  spec: { selector: { app: "web", color }, ports: [{ port: 80 }] },
});

const pod = (name: string, ready: boolean) => ({
  metadata: { name },
  status: { conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
});

describe("kubernetes driver (Kubernetes API routes nocked)", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("reads the active color from the Service selector and switches with a strategic merge patch", async () => {
    const api = nock(SERVER, { reqheaders: { authorization: "Bearer k8s-token" } })
      .get("/api/v1/namespaces/shop/services/web")
      .reply(200, service("blue"))
      .patch("/api/v1/namespaces/shop/services/web", { spec: { selector: { color: "green" } } })
      .matchHeader("content-type", "application/strategic-merge-patch+json")
      .reply(200, service("green"));
    const driver = new KubernetesDriver({ service: "web", namespace: "shop", kubeConfig: kubeConfig() });
    expect(await driver.active()).toBe("blue");
    await driver.switchTo("green");
    expect(api.isDone()).toBe(true);
  });

  it("counts ready pods of a color through the Service's own selector", async () => {
    nock(SERVER)
      .get("/api/v1/namespaces/shop/services/web")
      .reply(200, service("blue"))
      .get("/api/v1/namespaces/shop/pods")
      .query({ labelSelector: "app=web,color=green" })
      .reply(200, { apiVersion: "v1", kind: "PodList", items: [pod("a", true), pod("b", false)] });
    const driver = new KubernetesDriver({ service: "web", namespace: "shop", kubeConfig: kubeConfig() });
    expect(await driver.health("green")).toEqual({
      color: "green",
      healthy: true,
      detail: "1 of 2 pods ready (app=web,color=green)",
    });
  });

  it("turns an API refusal into one line that names the Service", async () => {
    nock(SERVER)
      .patch("/api/v1/namespaces/shop/services/web")
      .reply(403, { kind: "Status", message: 'services "web" is forbidden: User "deployer" cannot patch' });
    const driver = new KubernetesDriver({ service: "web", namespace: "shop", kubeConfig: kubeConfig() });
    await expect(driver.switchTo("green")).rejects.toThrow(
      /kubernetes: cannot patch the Service selector shop\/web: 403 services "web" is forbidden/,
    );
  });
});
