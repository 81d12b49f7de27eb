import { resolveOnOrigin } from "../core/same-origin.ts";
import { ToolError } from "../errors.ts";
import { type Color, type ColorCounters, type ColorHealth, isColor, type TrafficDriver } from "./types.ts";

export interface RouterDriverOptions {
  adminUrl: string;
  token?: string;
  /** Each attempt's limit: a router that accepts and never answers is not waited on longer. */
  timeoutMs?: number;
  /**
   * How long a call keeps trying, from its first attempt, while the admin API refuses or drops the
   * connection: a router restarting (with `--state` it comes back on the same color). 0: one attempt.
   */
  retryForMs?: number;
}

/** A router that restarts (systemd, a container) is back within seconds; a promotion waits that long for it. */
const RETRY_FOR_MS = 10_000;

/**
 * Connection refused (never delivered) or dropped before an answer (the router died mid-call). Every admin
 * call sets an absolute value (a color, a weight, a list of upstreams) or reads one, so sending it again
 * cannot apply it twice. A timeout is not retried: that router is up and not answering.
 */
const GONE = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

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
    const began = Date.now();
    const deadline = began + (this.options.retryForMs ?? RETRY_FOR_MS);
    let response: Response;
    for (let pause = 50; ; pause = Math.min(pause * 2, 500)) {
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
        break;
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        const left = deadline - Date.now();
        if (code && GONE.has(code) && left > 0) {
          // The last try at the deadline itself.
          await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
          continue;
        }
        const tried =
          Date.now() - began >= 1_000 ? `, for ${Math.round((Date.now() - began) / 1_000)} s` : "";
        throw new ToolError(
          "router",
          `cannot reach the admin API at ${url.origin} (${code ?? (error as Error).message}${tried}); is \`terrafusion router\` running?`,
        );
      }
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
