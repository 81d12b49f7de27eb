import { timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { COLORS, isColor, otherColor } from "../drivers/types.ts";
import { UsageError } from "../errors.ts";
import { ADMIN_BODY_LIMIT, announcesTooMuch, BodyTooLarge, readBody } from "./body.ts";
import { prometheusText } from "./prometheus.ts";
import type { Router } from "./router.ts";
import { weightProblem, weightsOf } from "./split.ts";
import { StateWriteError } from "./state.ts";
import { upstreamProblem } from "./upstream.ts";

/**
 * The admin API. GET /healthz and GET /metrics are open (scrapers, load balancers);
 * GET /status, POST /switch {"to":"green"}, POST /weight {"color":"green","percent":10} and
 * PUT /colors/COLOR {"upstreams":[...]} need the bearer token.
 * Bodies are JSON of at most ADMIN_BODY_LIMIT bytes; a larger one is refused with 413 before it is buffered.
 */
export async function handleAdmin(
  router: Router,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  try {
    await route(router, request, response);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    tooLarge(response);
  }
}

async function route(
  router: Router,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  // Refused on its announced length whatever the route, so no body is read only to be thrown away.
  if (announcesTooMuch(request, ADMIN_BODY_LIMIT)) return tooLarge(response);
  const url = new URL(request.url ?? "/", "http://admin");
  const route = `${request.method} ${url.pathname}`;
  if (route === "GET /healthz") return json(response, 200, { ok: true });
  if (route === "GET /metrics") {
    response.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    response.end(prometheusText(router));
    return;
  }
  if (!authorized(router.options.token, request.headers.authorization))
    return json(response, 401, { error: "missing or wrong bearer token (Authorization: Bearer TOKEN)" });

  if (route === "GET /status") return json(response, 200, status(router));
  if (route === "POST /switch") {
    const body = await readJson(request);
    const to = body?.to;
    if (!isColor(to)) return json(response, 400, { error: 'send {"to":"blue"} or {"to":"green"}' });
    const health = router.pools[to].health();
    if (router.options.requireHealthy !== false && !health.healthy && body?.force !== true)
      return json(response, 409, { error: `refusing to switch to ${to}: ${health.detail}` });
    const record = await persisted(response, () => router.switchTo(to));
    if (!record) return;
    return json(response, 200, { active: to, previous: record.from, at: record.at });
  }
  if (route === "POST /weight") {
    const body = await readJson(request);
    const { color, percent } = body ?? {};
    const problem = isColor(color) ? weightProblem(percent) : 'send {"color":"green","percent":10}';
    if (problem) return json(response, 400, { error: problem });
    const canary = color as "blue" | "green";
    if (canary === router.activeColor)
      return json(response, 409, {
        error: `${canary} is the active color; the weight is the share of ${otherColor(canary)}, the canary`,
      });
    const health = router.pools[canary].health();
    if (router.options.requireHealthy !== false && !health.healthy && percent !== 0 && body?.force !== true)
      return json(response, 409, { error: `refusing to send traffic to ${canary}: ${health.detail}` });
    const record = await persisted(response, () => router.setWeight(canary, percent as number));
    if (!record) return;
    return json(response, 200, {
      active: router.activeColor,
      weight: record.to,
      previous: record.from,
      at: record.at,
      weights: weightsOf({ active: router.activeColor, weight: record.to }),
    });
  }
  const colorRoute = /^PUT \/colors\/(blue|green)$/.exec(route);
  if (colorRoute) {
    const color = colorRoute[1] as "blue" | "green";
    const body = await readJson(request);
    const upstreams = body?.upstreams;
    if (
      !Array.isArray(upstreams) ||
      upstreams.length === 0 ||
      !upstreams.every((u) => typeof u === "string" && u.length > 0)
    )
      return json(response, 400, { error: 'send {"upstreams":["127.0.0.1:8081", ...]}' });
    // The same check as the --blue and --green flags: what one refuses, the other does.
    const problems = (upstreams as string[]).map(upstreamProblem).filter((problem) => problem !== undefined);
    if (problems.length > 0) return json(response, 400, { error: problems.join("; ") });
    if (color === router.activeColor)
      return json(response, 409, { error: `${color} is serving traffic; deploy to the idle color` });
    if (router.weight > 0)
      return json(response, 409, {
        error: `${color} takes ${router.weight} % of traffic as the canary; set its weight to 0 first`,
      });
    router.pools[color].setUpstreams(upstreams as string[]);
    await router.pools[color].checkAll();
    return json(response, 200, { color, health: router.pools[color].health() });
  }
  return json(response, 404, { error: `no route ${route}` });
}

export function status(router: Router) {
  const split = { active: router.activeColor, weight: router.weight };
  return {
    active: router.activeColor,
    /** Percent of new requests to the color that is not active. */
    weight: router.weight,
    weights: weightsOf(split),
    switches: router.switches,
    weightChanges: router.weightChanges,
    colors: Object.fromEntries(
      COLORS.map((color) => [
        color,
        {
          upstreams: router.pools[color].upstreams.map((u) => ({
            url: u.url.origin,
            healthy: u.healthy,
            check: u.lastCheck,
            inFlight: u.inFlight,
          })),
          health: router.pools[color].health(),
          inFlight: router.inFlight[color],
          counters: router.snapshot(color),
        },
      ]),
    ),
  };
}

function authorized(token: string | undefined, header: string | undefined): boolean {
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function json(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body, (_key, value) => (value === Number.POSITIVE_INFINITY ? "+Inf" : value)));
}

/**
 * Runs a change that the state file must hold before it answers; a change refused (a UsageError: the weight
 * of the active color) is a 409, a state file that cannot be written a 500, and nothing changed then.
 */
async function persisted<T>(response: http.ServerResponse, change: () => Promise<T>): Promise<T | undefined> {
  try {
    return await change();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    json(response, error instanceof StateWriteError ? 500 : 409, { error: error.message });
    return undefined;
  }
}

/** 413, and the connection closes: the rest of the body is never read. */
function tooLarge(response: http.ServerResponse): void {
  response.writeHead(413, { "content-type": "application/json", connection: "close" });
  response.end(JSON.stringify({ error: `request body over ${ADMIN_BODY_LIMIT} bytes` }));
}

/** The body as JSON; undefined when it is not JSON. Throws BodyTooLarge past the limit. */
async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const text = (await readBody(request, ADMIN_BODY_LIMIT)).toString("utf8");
  try {
    return JSON.parse(text || "{}");
  } catch {
    return undefined;
  }
}
