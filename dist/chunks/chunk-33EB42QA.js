import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  untrustedEnv
} from "./chunk-UCO5GRH5.js";
import {
  onInterrupt,
  supervise
} from "./chunk-WF6MYNSV.js";
import {
  ConfigError,
  ToolError,
  formatShare,
  round
} from "./chunk-64HVLF7C.js";

// src/load/slo.ts
function checkSlo(figures, slo) {
  const checks = [];
  const none = figures.requests === 0;
  const add = (key, value) => {
    const threshold = slo[key];
    if (threshold === void 0) return;
    checks.push({ key, value, threshold, ok: !none && value < threshold });
  };
  add("p95-ms", figures.latency.p95);
  add("p99-ms", figures.latency.p99);
  add("error-rate", figures.errorRate);
  return checks;
}
function sloHolds(figures, slo) {
  return checkSlo(figures, slo).every((check) => check.ok);
}
function describeCheck(check) {
  const show = (value) => check.key === "error-rate" ? formatShare(value) : `${round(value, 1)} ms`;
  const name = check.key === "error-rate" ? "error rate" : check.key.replace("-ms", "");
  return `${name} ${show(check.value)} ${check.ok ? "<" : "\u2265"} ${show(check.threshold)}`;
}
function loadMetrics(stats) {
  return {
    requests: stats.requests,
    rps: stats.rps,
    "error-rate": round(stats.errorRate, 5),
    "p50-ms": stats.latency.p50,
    "p90-ms": stats.latency.p90,
    "p95-ms": stats.latency.p95,
    "p99-ms": stats.latency.p99,
    "max-ms": stats.latency.max,
    "mean-ms": stats.latency.mean
  };
}

// src/load/service.ts
var GRACE_MS = 2e3;
var SERVICE_LIFETIME_MS = 6 * 36e5;
async function startService(spec, context = {}) {
  const ready = new URL(spec.readyUrl);
  const firstPort = Number(ready.port || (ready.protocol === "https:" ? 443 : 80));
  const count = spec.instances ?? 1;
  const tail = [];
  const children = [];
  const service = {
    instances: [],
    output: () => tail.join("").split("\n").slice(-20).join("\n").trim(),
    stop: async () => {
      await Promise.all(children.map((child) => child.stop()));
      forget();
    }
  };
  const forget = onInterrupt(() => service.stop());
  try {
    for (let index = 0; index < count; index++) {
      const port = firstPort + index;
      const child = spawnChild(spec, port, tail);
      children.push(child);
      const url = new URL(spec.readyUrl);
      url.port = String(port);
      service.instances.push({
        index,
        port,
        baseUrl: `${url.protocol}//${url.host}`,
        pid: child.pid,
        alive: () => !child.exited,
        kill: () => child.stop("SIGKILL")
      });
      context.progress?.(`started \`${spec.command}\` (instance ${index + 1} of ${count}, PORT=${port})`);
    }
    await Promise.all(
      service.instances.map(
        (instance, i) => waitUntilReady(instance, children[i], spec, service.output, context.signal)
      )
    );
    return service;
  } catch (error) {
    await service.stop();
    throw error;
  }
}
function spawnChild(spec, port, tail) {
  const supervised = supervise({
    command: spec.command,
    shell: true,
    cwd: spec.cwd,
    // The pull request's code: none of TerraFusion's tokens reach it.
    env: { ...untrustedEnv({ ...process.env, ...spec.env }), PORT: String(port) },
    // A service lives as long as the gate that uses it; this only bounds a gate that never stops it.
    deadlineMs: SERVICE_LIFETIME_MS,
    deadlineText: "6h",
    graceMs: GRACE_MS,
    onOutput: (chunk) => {
      tail.push(chunk.toString());
      if (tail.length > 200) tail.splice(0, tail.length - 200);
    }
  });
  const pid = supervised.pid;
  if (pid === void 0) throw new ToolError("service", `cannot start \`${spec.command}\``);
  const child = {
    pid,
    exited: false,
    exitCode: void 0,
    done: supervised.done.then((outcome) => {
      child.exited = true;
      child.exitCode = outcome.exitCode;
    }),
    // The whole tree: the shell, what it started, and what left its group (setsid, a daemon).
    stop: async (signal = "SIGTERM") => {
      await supervised.stop("stopped", signal);
    }
  };
  return child;
}
async function waitUntilReady(instance, child, spec, output, signal) {
  const url = new URL(spec.readyUrl);
  url.port = String(instance.port);
  const timeoutMs = spec.timeoutMs ?? 3e4;
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new ToolError("service", "interrupted while waiting for the service");
    if (child.exited) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const printed = output();
      throw new ToolError(
        "service",
        `\`${spec.command}\` exited with code ${child.exitCode} before ${url} answered` + (printed ? `; it printed:
${printed}` : "")
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1e3), redirect: "manual" });
      await response.body?.cancel();
      if (response.status < 400) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error.cause ? String(error.cause.message) : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ToolError(
    "service",
    `${url} did not answer within ${timeoutMs / 1e3}s (last: ${last}); check service.ready-url, or raise service.timeout`
  );
}

// src/gates/reachable.ts
import http from "node:http";
import https from "node:https";
var UNREACHABLE = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "no such host",
  EAI_AGAIN: "the host name did not resolve",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable"
};
async function assertAnswers(url, key, hint) {
  const code = await new Promise((resolve) => {
    let request;
    try {
      request = (url.startsWith("https:") ? https : http).get(
        url,
        { agent: false, timeout: 5e3 },
        (response) => {
          response.resume();
          resolve(void 0);
        }
      );
    } catch {
      return resolve(void 0);
    }
    request.on("timeout", () => request.destroy());
    request.on("error", (error) => resolve(error.code));
  });
  const reason = code ? UNREACHABLE[code] : void 0;
  if (reason) throw new ConfigError(`${key}: nothing answers at ${url} (${reason}); ${hint}`);
}

export {
  checkSlo,
  sloHolds,
  describeCheck,
  loadMetrics,
  startService,
  assertAnswers
};
