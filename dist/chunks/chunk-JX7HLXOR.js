import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  assertAnswers,
  checkSlo,
  sloHolds,
  startService
} from "./chunk-33EB42QA.js";
import {
  durationFlag
} from "./chunk-D4T5WCNI.js";
import {
  runLoad
} from "./chunk-FV4S3KIS.js";
import {
  gateResult
} from "./chunk-XJ3SIHHK.js";
import {
  onInterrupt,
  supervise
} from "./chunk-WF6MYNSV.js";
import {
  ConfigError,
  ToolError,
  UsageError,
  describeError,
  formatShare,
  parseDuration,
  plural,
  round
} from "./chunk-64HVLF7C.js";

// src/gates/chaos/gate.ts
import { randomBytes } from "node:crypto";

// src/chaos/balancer.ts
import { connect, createServer } from "node:net";
async function startBalancer(upstreams) {
  const sockets = /* @__PURE__ */ new Set();
  let next = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => void 0);
    client.pause();
    const first = next;
    next = (next + 1) % upstreams.length;
    const attempt = (tries) => {
      if (tries >= upstreams.length) {
        resetConnection(client);
        return;
      }
      const target = upstreams[(first + tries) % upstreams.length];
      const upstream = connect(target.port, target.host);
      sockets.add(upstream);
      upstream.on("close", () => sockets.delete(upstream));
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.on("error", () => {
        if (!connected) return attempt(tries + 1);
        resetConnection(client);
      });
      client.on("close", () => upstream.destroy());
    };
    attempt(0);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("balancer: no address");
  return {
    host: "127.0.0.1",
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  };
}
function resetConnection(socket) {
  if (socket.destroyed) return;
  if (socket.writableEnded) socket.destroy();
  else socket.resetAndDestroy();
}

// src/chaos/experiment.ts
var WINDOW_MS = 250;
var RECOVERY_STREAK = 2;
var TOXICS = {
  latency: { type: "latency", defaults: { latency: 200, jitter: 0 } },
  jitter: { type: "latency", defaults: { latency: 0, jitter: 100 } },
  bandwidth: { type: "bandwidth", defaults: { rate: 100 } },
  timeout: { type: "timeout", defaults: { timeout: 1e3 } },
  reset_peer: { type: "reset_peer", defaults: { timeout: 0 } },
  slow_close: { type: "slow_close", defaults: { delay: 1e3 } },
  limit_data: { type: "limit_data", defaults: { bytes: 1e3 } }
};
function toxicFor(spec, name) {
  if (spec.toxic === "process-kill") throw new Error("process-kill is not a toxic");
  const { type, defaults } = TOXICS[spec.toxic];
  return {
    name,
    type,
    stream: spec.stream ?? "downstream",
    toxicity: spec.toxicity ?? 1,
    attributes: { ...defaults, ...spec.attributes }
  };
}
async function runExperiment(spec, env) {
  const load = (durationMs, extra = {}) => runLoad({
    url: env.loadUrl,
    paths: env.paths,
    durationMs,
    connections: env.connections,
    timeoutMs: env.timeoutMs,
    sampleMs: WINDOW_MS,
    signal: extra.signal ?? env.signal,
    onSample: extra.onSample
  });
  env.progress(`${spec.name}: steady state for ${spec.phaseMs / 1e3}s`);
  const steady = figures(await load(spec.phaseMs), spec.slo);
  env.progress(`${spec.name}: steady ${describe(steady)}`);
  let faultStats;
  let recoveryMs = null;
  if (spec.toxic === "process-kill") {
    const victim = [...env.service?.instances ?? []].reverse().find((instance) => instance.alive());
    if (!victim) throw new Error("process-kill needs a running instance");
    env.progress(`${spec.name}: killing instance ${victim.index + 1} (pid ${victim.pid}) under load`);
    const running = load(spec.phaseMs);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const killedAt = performance.now();
    await victim.kill();
    faultStats = await running;
    const offset = performance.now() - killedAt - faultStats.durationMs;
    recoveryMs = recoveredAfter(faultStats.timeline, spec.slo, offset);
    if (recoveryMs === null || recoveryMs > spec.recoveryMs) {
      const waited = performance.now() - killedAt;
      const later = await observeRecovery(load, spec, Math.max(0, spec.recoveryMs - waited), env.signal);
      recoveryMs = later === null ? null : waited + later;
    }
  } else {
    const toxic = toxicFor(spec, `terrafusion-${spec.name}`.replace(/[^\w-]/g, "-"));
    env.progress(
      `${spec.name}: ${toxic.type} toxic ${JSON.stringify(toxic.attributes)} (toxicity ${toxic.toxicity}, ${toxic.stream}) for ${spec.phaseMs / 1e3}s`
    );
    await env.toxiproxy.addToxic(env.proxyName, toxic);
    try {
      faultStats = await load(spec.phaseMs);
    } finally {
      await env.toxiproxy.removeToxic(env.proxyName, toxic.name);
    }
    env.progress(
      `${spec.name}: toxic removed, waiting up to ${spec.recoveryMs / 1e3}s for the SLO to hold again`
    );
    recoveryMs = await observeRecovery(load, spec, spec.recoveryMs, env.signal);
  }
  const fault = figures(faultStats, spec.slo);
  env.progress(`${spec.name}: under fault ${describe(fault)}`);
  const recovered = recoveryMs !== null && recoveryMs <= spec.recoveryMs;
  env.progress(
    `${spec.name}: ${recovered ? `recovered in ${(recoveryMs / 1e3).toFixed(2)}s` : `did not recover within ${spec.recoveryMs / 1e3}s`}`
  );
  const reasons = [];
  if (!steady.holds) reasons.push("the SLO did not hold in the steady state, before any fault");
  if (!fault.holds) reasons.push("the SLO broke under the fault");
  if (!recovered) reasons.push(`no recovery within ${spec.recoveryMs / 1e3}s`);
  return {
    name: spec.name,
    toxic: spec.toxic,
    steady,
    fault,
    recoveryMs: recovered ? Math.round(recoveryMs) : null,
    recoveryLimitMs: spec.recoveryMs,
    passed: reasons.length === 0,
    reasons
  };
}
async function observeRecovery(load, spec, limitMs, outer) {
  const stop = new AbortController();
  const forward = () => stop.abort();
  outer?.addEventListener("abort", forward, { once: true });
  let streak = 0;
  let candidate = null;
  let found = null;
  try {
    await load(limitMs + WINDOW_MS, {
      signal: stop.signal,
      onSample: (sample) => {
        if (found !== null) return;
        if (sloHolds(sample, spec.slo)) {
          streak++;
          if (streak === 1) candidate = sample.atMs;
          if (streak >= RECOVERY_STREAK) {
            found = candidate;
            stop.abort();
          }
        } else {
          streak = 0;
        }
      }
    });
  } finally {
    outer?.removeEventListener("abort", forward);
  }
  return found;
}
function recoveredAfter(timeline, slo, offsetMs = 0) {
  let streak = 0;
  let candidate = null;
  for (const sample of timeline) {
    if (sloHolds(sample, slo)) {
      streak++;
      if (streak === 1) candidate = sample.atMs;
      if (streak >= RECOVERY_STREAK) return Math.max(0, (candidate ?? 0) + offsetMs);
    } else {
      streak = 0;
    }
  }
  return null;
}
function figures(stats, slo) {
  const checks = checkSlo(stats, slo);
  return {
    requests: stats.requests,
    errorRate: stats.errorRate,
    rps: stats.rps,
    latency: stats.latency,
    checks,
    holds: checks.every((check) => check.ok)
  };
}
function describe(phase2) {
  return `${plural(phase2.requests, "request")}, p95 ${phase2.latency.p95} ms, ${formatShare(phase2.errorRate)} errors`;
}

// src/net/free-port.ts
import { readFileSync } from "node:fs";
import { createServer as createServer2 } from "node:net";
var LINUX_DEFAULT_EPHEMERAL_LOW = 32768;
var LOWEST = 1e4;
var ATTEMPTS = 64;
async function freeLoopbackPorts(count = 1) {
  const high = ephemeralLow() - count;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const first = LOWEST + Math.floor(Math.random() * (high - LOWEST));
    if (await allBindable(first, count)) return first;
  }
  throw new Error(
    `no ${count} consecutive free loopback ports found in ${LOWEST}\u2013${high} after ${ATTEMPTS} tries`
  );
}
function ephemeralLow() {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > LOWEST + 1e3 ? low : LINUX_DEFAULT_EPHEMERAL_LOW;
  } catch {
    return LINUX_DEFAULT_EPHEMERAL_LOW;
  }
}
async function allBindable(first, count) {
  const servers = [];
  try {
    for (let port = first; port < first + count; port++) {
      const server = createServer2();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen({ port, host: "127.0.0.1", exclusive: true }, resolve);
      });
    }
    return true;
  } catch {
    return false;
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

// src/chaos/toxiproxy.ts
var Toxiproxy = class {
  constructor(apiUrl) {
    this.apiUrl = apiUrl;
  }
  apiUrl;
  async version() {
    return (await this.call("GET", "/version")).trim();
  }
  async proxies() {
    return JSON.parse(await this.call("GET", "/proxies"));
  }
  async createProxy(proxy) {
    return JSON.parse(await this.call("POST", "/proxies", { ...proxy, enabled: true }));
  }
  async deleteProxy(name) {
    await this.call("DELETE", `/proxies/${encodeURIComponent(name)}`, void 0, [404]);
  }
  async addToxic(proxy, toxic) {
    return JSON.parse(await this.call("POST", `/proxies/${encodeURIComponent(proxy)}/toxics`, toxic));
  }
  async removeToxic(proxy, toxic) {
    await this.call(
      "DELETE",
      `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(toxic)}`,
      void 0,
      [404]
    );
  }
  async call(method, path, body, tolerated = []) {
    let response;
    try {
      response = await fetch(new URL(path, this.apiUrl), {
        method,
        headers: body === void 0 ? {} : { "content-type": "application/json" },
        body: body === void 0 ? void 0 : JSON.stringify(body),
        signal: AbortSignal.timeout(5e3)
      });
    } catch (error) {
      const cause = error.cause;
      throw new ToolError(
        "toxiproxy",
        `cannot reach the toxiproxy API at ${this.apiUrl} (${cause?.code ?? cause?.message ?? error.message}); start toxiproxy-server there, or drop gates.chaos.toxiproxy to let TerraFusion start one`
      );
    }
    const text = await response.text();
    if (!response.ok && !tolerated.includes(response.status)) {
      let reason = text.trim();
      try {
        reason = JSON.parse(text).error ?? reason;
      } catch {
      }
      throw new ToolError("toxiproxy", `${method} ${path} failed with ${response.status}: ${reason}`);
    }
    return text;
  }
};

// src/chaos/server.ts
async function startToxiproxyServer(binary = "toxiproxy-server") {
  const port = await freeLoopbackPorts();
  const child = supervise({
    command: binary,
    args: ["-host", "127.0.0.1", "-port", String(port)],
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn" },
    // It lives for one chaos gate; this bounds a gate that never stops it.
    deadlineMs: 6 * 36e5,
    deadlineText: "6h"
  });
  let exited = false;
  let failure;
  void child.done.then((outcome) => {
    exited = true;
    failure = outcome.spawnError?.code === "ENOENT" ? "ENOENT" : `exit code ${outcome.exitCode ?? outcome.signal}`;
  });
  const stop = async () => {
    await child.stop();
    forget();
  };
  const forget = onInterrupt(stop);
  const client = new Toxiproxy(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 1e4;
  while (Date.now() < deadline) {
    if (exited) {
      forget();
      throw new ToolError(
        "toxiproxy-server",
        failure === "ENOENT" ? "not found on PATH; run scripts/install-tools (go install github.com/Shopify/toxiproxy/v2/cmd/server@v2.12.0), or set gates.chaos.toxiproxy to a running server" : `stopped at start (${failure})`
      );
    }
    try {
      await client.version();
      return { client, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await stop();
  throw new ToolError("toxiproxy-server", `its API did not answer on 127.0.0.1:${port} within 10s`);
}

// src/gates/chaos/summary.ts
function chaosSummary(results) {
  const lines = [
    "### Chaos",
    "",
    "| experiment | fault | steady state | under fault | recovery | |",
    "|---|---|---|---|---|---|",
    ...results.map(
      (r) => `| ${r.name} | ${r.toxic} | ${phase(r.steady)} | ${phase(r.fault)} | ${recovery(r)} | ${r.passed ? "\u2705" : "\u274C"} |`
    )
  ];
  const failed = results.filter((r) => !r.passed);
  if (failed.length) {
    lines.push("", ...failed.map((r) => `- **${r.name}**: ${r.reasons.join("; ")}`));
  }
  return `${lines.join("\n")}
`;
}
function phase(figures2) {
  const mark = figures2.holds ? "" : " \u26A0\uFE0F";
  return `p95 ${round(figures2.latency.p95, 1)} ms \xB7 ${formatShare(figures2.errorRate)} errors \xB7 ${figures2.requests} req${mark}`;
}
function recovery(r) {
  const limit = `${r.recoveryLimitMs / 1e3}s`;
  return r.recoveryMs === null ? `not within ${limit}` : `${round(r.recoveryMs / 1e3, 2)}s (limit ${limit})`;
}

// src/gates/chaos/gate.ts
var DEFAULT_SLO = { "p95-ms": 100, "error-rate": 0.01 };
var DEFAULT_PHASE = "5s";
var DEFAULT_RECOVERY_SECONDS = 10;
var chaosGate = {
  name: "chaos",
  summary: "inject faults with toxiproxy under load: the SLO must hold, and recover in time",
  configure(command) {
    command.option(
      "--duration <duration>",
      "length of each phase (steady, fault), e.g. 1s; overrides each experiment's duration (default: 5s)",
      durationFlag("--duration", "1s")
    ).option("--toxiproxy <url>", "a running toxiproxy API to use instead of starting toxiproxy-server");
  },
  async run(context) {
    const startedAt = /* @__PURE__ */ new Date();
    try {
      return await experiment(context, startedAt);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      const { message } = describeError(error);
      return gateResult({
        gate: "chaos",
        conclusion: "error",
        headline: message.split("\n")[0] ?? message,
        error: message,
        summary: `### Chaos

**Could not run the experiments:** ${message}
`,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
      });
    }
  }
};
async function experiment(context, startedAt) {
  const config = context.policy.gates?.chaos;
  const options = context.options;
  const finish = (fields) => gateResult({
    gate: "chaos",
    ...fields,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime()
  });
  if (!config || config.enabled === false || !config.experiments?.length) {
    return finish({
      conclusion: "skipped",
      headline: config?.enabled === false ? "the chaos gate is disabled" : "no chaos experiments in the policy",
      summary: "### Chaos\n\nSkipped: add `gates.chaos.experiments` to `.github/terrafusion.yml` to run some.\n"
    });
  }
  const gateSlo = { ...DEFAULT_SLO, ...config.slo };
  const overridden = options.duration ? parseDuration(options.duration) : void 0;
  if (options.duration && overridden === void 0)
    throw new UsageError(
      `--duration ${JSON.stringify(options.duration)}: expected a duration such as 1s or 500ms`
    );
  const specs = config.experiments.map((e) => ({
    name: e.name,
    toxic: e.toxic,
    attributes: e.attributes,
    toxicity: e.toxicity,
    stream: e.stream,
    phaseMs: overridden ?? parseDuration(e.duration ?? DEFAULT_PHASE),
    slo: { ...gateSlo, ...e.slo },
    recoveryMs: (e["recovery-seconds"] ?? DEFAULT_RECOVERY_SECONDS) * 1e3
  }));
  specs.sort((a, b) => Number(a.toxic === "process-kill") - Number(b.toxic === "process-kill"));
  const killing = specs.some((spec) => spec.toxic === "process-kill");
  if (killing && !config.service)
    throw new ConfigError(
      "gates.chaos.service: a process-kill experiment needs the gate to start the service (service: { command, ready-url, instances: 2 })"
    );
  const target = config.target ?? (config.service ? new URL(config.service["ready-url"]).origin : void 0);
  if (!target)
    throw new ConfigError(
      "gates.chaos.target: no service to put faults in front of; set target (e.g. http://127.0.0.1:3000) or service"
    );
  const targetUrl = new URL(target);
  const undo = [];
  const cleanup = async () => {
    for (const step of undo.splice(0).reverse()) await step().catch(() => void 0);
  };
  const forget = onInterrupt(cleanup);
  try {
    let service;
    let upstream = `${targetUrl.hostname}:${targetUrl.port || 80}`;
    if (config.service) {
      context.progress(`starting the service: ${config.service.command}`);
      service = await startService(
        {
          command: config.service.command,
          readyUrl: config.service["ready-url"],
          timeoutMs: config.service.timeout ? parseDuration(config.service.timeout) : void 0,
          instances: config.service.instances,
          cwd: context.cwd
        },
        { signal: context.signal, progress: context.progress }
      );
      const running = service;
      undo.push(() => running.stop());
      const balancer = await startBalancer(
        running.instances.map((instance) => ({ host: "127.0.0.1", port: instance.port }))
      );
      undo.push(() => balancer.close());
      upstream = `${balancer.host}:${balancer.port}`;
    }
    if (!service)
      await assertAnswers(
        target,
        "gates.chaos.target",
        "start the service first, or set gates.chaos.service so the gate starts it"
      );
    let toxiproxy;
    const given = options.toxiproxy ?? config.toxiproxy;
    if (given) {
      toxiproxy = new Toxiproxy(given);
      context.progress(`using toxiproxy ${await toxiproxy.version()} at ${given}`);
    } else {
      const server = await startToxiproxyServer(
        process.env.TERRAFUSION_TOXIPROXY_SERVER || void 0
      );
      undo.push(() => server.stop());
      toxiproxy = server.client;
      context.progress(`started toxiproxy-server ${await toxiproxy.version()} at ${toxiproxy.apiUrl}`);
    }
    const proxyName = `terrafusion-${process.pid}-${randomBytes(3).toString("hex")}`;
    const proxy = await toxiproxy.createProxy({ name: proxyName, listen: "127.0.0.1:0", upstream });
    undo.push(() => toxiproxy.deleteProxy(proxyName));
    const loadUrl = `${targetUrl.protocol}//${proxy.listen}${targetUrl.pathname === "/" ? "" : targetUrl.pathname}`;
    context.progress(`proxy ${proxyName}: ${proxy.listen} \u2192 ${upstream}`);
    const results = [];
    for (const spec of specs) {
      if (context.signal?.aborted) break;
      results.push(
        await runExperiment(spec, {
          toxiproxy,
          proxyName,
          loadUrl,
          paths: config.paths,
          connections: config.connections ?? 10,
          timeoutMs: 2e3,
          service,
          progress: context.progress,
          signal: context.signal
        })
      );
    }
    const failed = results.filter((r) => !r.passed);
    const metrics = {};
    for (const r of results) {
      metrics[`${r.name}.steady-p95-ms`] = r.steady.latency.p95;
      metrics[`${r.name}.fault-p95-ms`] = r.fault.latency.p95;
      metrics[`${r.name}.fault-error-rate`] = round(r.fault.errorRate, 5);
      metrics[`${r.name}.recovery-s`] = r.recoveryMs === null ? null : r.recoveryMs / 1e3;
    }
    const thresholds = {};
    for (const spec of specs) thresholds[`${spec.name}.recovery-s`] = spec.recoveryMs / 1e3;
    return finish({
      conclusion: failed.length ? "failure" : "success",
      headline: failed.length ? `${failed.length} of ${plural(results.length, "experiment")} failed: ${failed.map((r) => `${r.name} (${r.reasons.join("; ")})`).join(", ")}` : `${plural(results.length, "experiment")} held the SLO and recovered in time`,
      metrics,
      thresholds,
      summary: chaosSummary(results)
    });
  } finally {
    context.progress("removing the proxy, its toxics and what the gate started");
    await cleanup();
    forget();
  }
}

export {
  chaosGate
};
