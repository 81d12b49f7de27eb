/**
 * A small client of toxiproxy's HTTP API (v2): proxies and toxics. Every failure becomes a ToolError
 * that says which call failed and why; an unreachable server says how to get one.
 */
import { ToolError } from "../errors.ts";

export interface Proxy {
  name: string;
  listen: string;
  upstream: string;
  enabled: boolean;
  toxics?: Toxic[];
}

export interface Toxic {
  name: string;
  type: string;
  stream: "upstream" | "downstream";
  toxicity: number;
  attributes: Record<string, number>;
}

export class Toxiproxy {
  constructor(readonly apiUrl: string) {}

  async version(): Promise<string> {
    return (await this.call("GET", "/version")).trim();
  }

  async proxies(): Promise<Record<string, Proxy>> {
    return JSON.parse(await this.call("GET", "/proxies"));
  }

  async createProxy(proxy: { name: string; listen: string; upstream: string }): Promise<Proxy> {
    return JSON.parse(await this.call("POST", "/proxies", { ...proxy, enabled: true }));
  }

  async deleteProxy(name: string): Promise<void> {
    await this.call("DELETE", `/proxies/${encodeURIComponent(name)}`, undefined, [404]);
  }

  async addToxic(proxy: string, toxic: Toxic): Promise<Toxic> {
    return JSON.parse(await this.call("POST", `/proxies/${encodeURIComponent(proxy)}/toxics`, toxic));
  }

  async removeToxic(proxy: string, toxic: string): Promise<void> {
    await this.call(
      "DELETE",
      `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(toxic)}`,
      undefined,
      [404],
    );
  }

  private async call(
    method: string,
    path: string,
    body?: unknown,
    tolerated: number[] = [],
  ): Promise<string> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.apiUrl), {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new ToolError(
        "toxiproxy",
        `cannot reach the toxiproxy API at ${this.apiUrl} (${cause?.code ?? cause?.message ?? (error as Error).message}); start toxiproxy-server there, or drop gates.chaos.toxiproxy to let TerraFusion start one`,
      );
    }
    const text = await response.text();
    if (!response.ok && !tolerated.includes(response.status)) {
      let reason = text.trim();
      try {
        reason = JSON.parse(text).error ?? reason;
      } catch {
        // Not JSON: keep the text.
      }
      throw new ToolError("toxiproxy", `${method} ${path} failed with ${response.status}: ${reason}`);
    }
    return text;
  }
}
