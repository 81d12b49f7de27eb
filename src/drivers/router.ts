import { resolveOnOrigin } from "../core/same-origin.ts";
import { ToolError } from "../errors.ts";
import { type Color, type ColorCounters, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface RouterDriverOptions {
  adminUrl: string;
  token?: string;
  timeoutMs?: number;
}

interface ColorStatus {
  upstreams: { url: string; healthy: boolean }[];
  health: ColorHealth;
  counters: Omit<ColorCounters, "bucketsMs"> & { bucketsMs: (number | string)[] };
}

interface RouterStatus {
  active: Color;
  /** Percent of new requests to the color that is not active. */
  weight: number;
  weights: Record<Color, number>;
  colors: Record<Color, ColorStatus>;
}

/** Talks to the embedded router's admin API. */
export class RouterDriver implements TrafficDriver {
  readonly kind = "router";
  constructor(private readonly options: RouterDriverOptions) {}

  async status(): Promise<RouterStatus> {
    return (await this.call("GET", "/status")) as RouterStatus;
  }

  async active(): Promise<Color> {
    const { active } = await this.status();
    if (!isColor(active))
      throw new ToolError("router", `status answered an unknown color ${JSON.stringify(active)}`);
    return active;
  }

  async switchTo(color: Color): Promise<void> {
    await this.call("POST", "/switch", { to: color });
  }

  async setWeight(canary: Color, percent: number): Promise<void> {
    await this.call("POST", "/weight", { color: canary, percent });
  }

  async weights(): Promise<Record<Color, number>> {
    const { weights } = await this.status();
    if (!weights || !isColor(Object.keys(weights)[0]))
      throw new ToolError("router", "status has no weights: is the router older than this TerraFusion?");
    return weights;
  }

  async health(color: Color): Promise<ColorHealth> {
    return (await this.status()).colors[color].health;
  }

  async counters(color: Color): Promise<ColorCounters> {
    const counters = (await this.status()).colors[color].counters;
    return {
      ...counters,
      bucketsMs: counters.bucketsMs.map((b) => (b === "+Inf" ? Number.POSITIVE_INFINITY : Number(b))),
    };
  }

  async colorUrl(color: Color): Promise<string | undefined> {
    return (await this.status()).colors[color].upstreams[0]?.url;
  }

  async setUpstreams(color: Color, upstreams: string[]): Promise<void> {
    await this.call("PUT", `/colors/${color}`, { upstreams });
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    // The token goes with the request: only ever to admin-url's own origin (the one the operator allowed).
    const url = resolveOnOrigin(this.options.adminUrl, path);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${this.options.token ?? ""}`,
          ...(body ? { "content-type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new ToolError(
        "router",
        `cannot reach the admin API at ${url.origin} (${cause}); is \`terrafusion router\` running?`,
      );
    }
    const text = await response.text();
    let parsed: { error?: string } | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok)
      throw new ToolError(
        "router",
        `${method} ${path} answered ${response.status}: ${parsed?.error ?? text.trim()}`,
      );
    return parsed;
  }
}
