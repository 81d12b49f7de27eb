// npx tsx bench/soak.ts [--minutes 10] [--part both|router|app] [--source]
// A soak of the two long-running processes, side by side, each under steady load with faults injected:
// - the router (`node bin/terrafusion.js router`), two blue upstream processes and one green, 200 req/s of
//   GETs; every 60 s one blue upstream is killed (kill -9) and started again 10 s later on its port, every
//   90 s the colors switch through the admin API;
// - the app (`node bin/terrafusion-app.js`), GitHub's API a loopback STAND-IN (bench/github-stand-in.ts)
//   answering ~5 % of requests 502/503 and never answering ~2 %, 5 signed deliveries a second (GitHub's
//   own example payloads: pull_request, pull_request_review, issue_comment on a pull request).
// Every 10 s each process's RSS (/proc/PID/status VmRSS) and open file descriptors (/proc/PID/fd, sockets
// matched to /proc/net/tcp) are read, RSS alone every second, and both run with --trace-gc (major GCs only).
// Bounds: (1) RSS at the end within ×1.2 of RSS after warm-up (1 min), each the floor (lowest RSS read
// every second) over 3 minutes: from warm-up on, and the last 3. A Node process's RSS is a saw-tooth, garbage
// piling up between two collections (the app's swung 200–280 MiB from one sample to the next while its live
// heap stayed at 43–45 MB), so two single samples differ by more than 20 % with no leak at all, and can hide
// one; the floor is where each collection brings it back. The sampled RSS (median of three samples, 20 s,
// around 1 min and at the end) and the peaks are printed beside it, and V8's live heap after each major GC,
// bounded the same way (last within ×1.2 of the first from warm-up on). The router's floor still climbs
// ~15 % in 10 minutes: V8 grows its committed heap (heapTotal 41 → 69 MB) between major GCs minutes apart,
// while the live heap stays at 30.6 MB and RSS − heapTotal at 60–62 MB, with faults or without (measured
// with process.memoryUsage() in the router over 12 minutes): RSS comes back to the 130 MB of minute one.
// (2) open fds other than the TCP connections carrying the load (in flight or pooled) at most +5 at the end
// over warm-up; those connections rise and fall by ±10 between samples with every hung GitHub request, so
// they are bounded by (3): once the load stopped, everything in flight ended and keep-alive timeouts passed,
// at most +5 fds over the count before the load. (4) no process left behind once everything is stopped
// (children, and anything with this run's marker, temp folder or ports). Exit 1 when a bound is broken,
// naming it. `--source` runs src/cli/bin.ts and app/main.ts through tsx instead of the dist/ bundles that
// bin/ loads. Loopback only; not part of the vitest suite (it takes 10 minutes, plus about 2 to drain).
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import examples from "@octokit/webhooks-examples";
import { freeLoopbackPorts } from "../src/net/free-port.ts";
import { GitHubStandIn } from "./github-stand-in.ts";

const { values: flags } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    part: { type: "string", default: "both" },
    source: { type: "boolean", default: false },
  },
});
const MINUTES = Number(flags.minutes);
if (!(MINUTES > 0) || !["both", "router", "app"].includes(flags.part ?? "")) {
  console.error("usage: npx tsx bench/soak.ts [--minutes 10] [--part both|router|app] [--source]");
  process.exit(2);
}
const RUN_MS = Math.round(MINUTES * 60_000);
const SAMPLE_MS = 10_000;
/** Warm-up: 1 minute, or a third of a shorter run. */
const WARM_MS = Math.min(60_000, Math.round(RUN_MS / 3 / SAMPLE_MS) * SAMPLE_MS);
/**
 * RSS floor and peak windows, one from warm-up on, one at the end: 3 minutes, longer than the router's ~2 minutes
 * between two major GCs, so each window holds the bottom of at least one saw-tooth.
 */
const WINDOW_MS = Math.min(180_000, Math.round((RUN_MS - WARM_MS) / 2));
/** The whole run, set-up and tear-down included, ends by then whatever happens. */
const DEADLINE_MS = RUN_MS + 5 * 60_000;
const RSS_BOUND = 1.2;
const FD_TOLERANCE = 5;
const ROUTER_RATE = 200;
const DELIVERY_RATE = 5;
const INSTALLATIONS = 20;
const FAULTS = { errorRate: 0.05, hangRate: 0.02 };

const ROOT = new URL("..", import.meta.url).pathname;
const UPSTREAM_CHILD = join(ROOT, "test/reliability/upstream-child.ts");
const CLI = flags.source
  ? ["--import", "tsx", join(ROOT, "src/cli/bin.ts")]
  : [join(ROOT, "bin/terrafusion.js")];
const APP = flags.source
  ? ["--import", "tsx", join(ROOT, "app/main.ts")]
  : [join(ROOT, "bin/terrafusion-app.js")];
/** Every process this soak starts carries it in its environment: the orphan check looks for it. */
const MARKER = `terrafusion-soak-${randomUUID()}`;
const TEMP = mkdtempSync(join(tmpdir(), "terrafusion-soak-"));
const ports: number[] = [];
const t0 = Date.now();
const since = () => (Date.now() - t0) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (kib: number) => (kib / 1024).toFixed(1);
const note = (message: string) => console.error(`[${since().toFixed(0).padStart(4)} s] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// Child processes: each the leader of its own process group, killed as a group.

interface Started {
  name: string;
  child: ChildProcess;
  pid: number;
  /** How it ended: an exit code or a signal. */
  exited: Promise<string>;
  /** The last lines it printed, for a failure's message. */
  tail: string[];
  onLine: Set<(line: string) => void>;
}
const live = new Set<Started>();

function start(name: string, args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? TEMP,
      TMPDIR: TEMP,
      TERRAFUSION_SOAK: MARKER,
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  const started: Started = {
    name,
    child,
    pid: child.pid,
    tail: [],
    onLine: new Set(),
    exited: new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        live.delete(started);
        resolve(signal ?? `exit ${code}`);
      }),
    ),
  };
  live.add(started);
  for (const stream of [child.stdout!, child.stderr!])
    createInterface({ input: stream }).on("line", (line) => {
      started.tail.push(line.slice(0, 300));
      if (started.tail.length > 20) started.tail.shift();
      for (const listener of started.onLine) listener(line);
    });
  return started;
}

function waitLine(started: Started, pattern: RegExp, withinMs = 20_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error, match?: RegExpExecArray) => {
      clearTimeout(timer);
      started.onLine.delete(listener);
      if (error) reject(error);
      else resolve(match!);
    };
    const timer = setTimeout(
      () =>
        done(
          new Error(
            `${started.name} did not print ${pattern} within ${withinMs} ms: ${started.tail.join(" | ")}`,
          ),
        ),
      withinMs,
    );
    const listener = (line: string) => {
      const match = pattern.exec(line);
      if (match) done(undefined, match);
    };
    started.onLine.add(listener);
    void started.exited.then((how) =>
      done(new Error(`${started.name} ended (${how}): ${started.tail.join(" | ")}`)),
    );
  });
}

function signalGroup(started: Started, signal: NodeJS.Signals): void {
  try {
    process.kill(-started.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, then SIGKILL of the whole group after `graceMs`; resolves to how the leader ended. */
async function stop(started: Started, graceMs = 10_000): Promise<string> {
  if (!live.has(started)) return started.exited;
  signalGroup(started, "SIGTERM");
  const how = await Promise.race([started.exited, sleep(graceMs).then(() => undefined)]);
  signalGroup(started, "SIGKILL");
  return how ?? `no exit within ${graceMs / 1000} s of SIGTERM: ${await started.exited}`;
}

// ---------------------------------------------------------------------------------------------------------
// Samples of a process: RSS and open file descriptors.

interface Sample {
  at: number;
  rssKiB: number;
  fds: number;
  /**
   * Of those, TCP connections carrying the load (from the load's clients, to the upstreams or GitHub): as many
   * as requests are in flight or pooled, so they rise and fall with a hung request or a burst.
   */
  connections: number;
}

/** TCP sockets by inode: local and remote port, state (0A is LISTEN). */
function tcpSockets(): Map<string, { local: number; remote: number; state: string }> {
  const sockets = new Map<string, { local: number; remote: number; state: string }>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const port = (address: string) => Number.parseInt(address.split(":").pop()!, 16);
      sockets.set(fields[9]!, { local: port(fields[1]!), remote: port(fields[2]!), state: fields[3]! });
    }
  }
  return sockets;
}

function sample(pid: number, loadPorts: readonly number[]): Sample | undefined {
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    const fds = readdirSync(`/proc/${pid}/fd`);
    const tcp = tcpSockets();
    let connections = 0;
    for (const fd of fds)
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        const socket = inode && tcp.get(inode);
        if (
          socket &&
          socket.state !== "0A" &&
          (loadPorts.includes(socket.local) || loadPorts.includes(socket.remote))
        )
          connections++;
      } catch {
        // Closed between the listing and the read.
      }
    return { at: since(), rssKiB: Number(rss), fds: fds.length, connections };
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median, by each measure, of WINDOW (three samples). */
function medianOf(window: Sample[]): Sample {
  return {
    at: window.at(-1)!.at,
    rssKiB: median(window.map((s) => s.rssKiB)),
    fds: median(window.map((s) => s.fds)),
    connections: median(window.map((s) => s.connections)),
  };
}

/** The median of the three samples taken around `atMs` after the load started. */
function around(samples: Sample[], startedAt: number, atMs: number): Sample {
  const distance = (s: Sample) => Math.abs(s.at - startedAt - atMs / 1000);
  const index = samples.reduce((best, s, i) => (distance(s) < distance(samples[best]!) ? i : best), 0);
  return medianOf(samples.slice(Math.max(0, index - 1), index + 2));
}

interface Measured {
  name: string;
  pid: number;
  /** Ports whose TCP connections carry the load (Sample.connections). */
  loadPorts: number[];
  /** Before the load started. */
  before?: Sample;
  samples: Sample[];
  /** When the load started (seconds since the soak started). */
  loadFrom: number;
  /** Once the load stopped, everything in flight ended and every keep-alive timeout passed. */
  drained?: Sample;
  exit?: string;
  /** Each major GC (--trace-gc): seconds since the load started, and V8's live heap after it (MB). */
  gcs: { at: number; heapMB: number }[];
  /** RSS read every second: seconds since the load started, KiB. */
  rss: { at: number; kib: number }[];
}

/** Node flags of the measured processes: one line per major GC (mark-compact), none per scavenge. */
const TRACE_GC = ["--trace-gc", "--trace-gc-ignore-scavenger"];
const MAJOR_GC = /: Mark-(?:Compact|Sweep)\b.*? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** Records the live heap after each major GC that STARTED prints. */
function traceGc(started: Started, measured: Measured): void {
  started.onLine.add((line) => {
    const after = MAJOR_GC.exec(line)?.[1];
    if (after) measured.gcs.push({ at: since() - measured.loadFrom, heapMB: Number(after) });
  });
}

function rssOf(pid: number): number | undefined {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

/** The lowest and highest RSS read in [fromS, toS] seconds after the load started. */
function rssWindow(
  measured: Measured,
  fromS: number,
  toS: number,
): { floor: number; peak: number } | undefined {
  const values = measured.rss.filter((r) => r.at >= fromS && r.at <= toS).map((r) => r.kib);
  return values.length ? { floor: Math.min(...values), peak: Math.max(...values) } : undefined;
}

function sampler(measured: Measured): () => void {
  measured.before = sample(measured.pid, measured.loadPorts);
  const take = () => {
    const s = sample(measured.pid, measured.loadPorts);
    if (s) measured.samples.push(s);
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  const rssTimer = setInterval(() => {
    const kib = rssOf(measured.pid);
    if (kib) measured.rss.push({ at: since() - measured.loadFrom, kib });
  }, 1_000);
  return () => {
    clearInterval(timer);
    clearInterval(rssTimer);
  };
}

/** Calls `tick` every 10 ms with how many events are due to keep `perSecond` from `from` on. */
function steady(perSecond: number, tick: (count: number) => void): () => void {
  const from = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - from) / 1000) * perSecond) - sent;
    if (due > 0) {
      sent += due;
      tick(due);
    }
  }, 10);
  return () => clearInterval(timer);
}

async function until(check: () => boolean, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const listed = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(", ") || "none";

// ---------------------------------------------------------------------------------------------------------
// The router under traffic, upstreams killed and restarted, colors switched.

interface RouterResult {
  measured: Measured;
  sent: number;
  statuses: Map<string, number>;
  colors: Map<string, number>;
  /** Failed requests (not 2xx, or no answer) at seconds since the load started. */
  failures: { at: number; what: string }[];
  kills: { at: number; upstream: string; restartedAt?: number }[];
  switches: Map<string, number>;
  skipped: number;
}

async function routerPart(): Promise<RouterResult> {
  const first = await freeLoopbackPorts(5);
  const [blue1, blue2, green, port, adminPort] = [0, 1, 2, 3, 4].map((i) => first + i) as [
    number,
    number,
    number,
    number,
    number,
  ];
  ports.push(blue1, blue2, green, port, adminPort);
  const upstream = async (name: string, color: string, upstreamPort: number) => {
    const started = start(name, ["--import", "tsx", UPSTREAM_CHILD, color, String(upstreamPort), "20"]);
    await waitLine(started, /^\d+$/);
    return started;
  };
  const upstreams = new Map<string, Started>();
  const portOf = { "blue-1": blue1, "blue-2": blue2 } as Record<string, number>;
  upstreams.set("blue-1", await upstream("upstream blue-1", "blue", blue1));
  upstreams.set("blue-2", await upstream("upstream blue-2", "blue", blue2));
  upstreams.set("green", await upstream("upstream green", "green", green));
  const token = randomUUID();
  const router = start(
    "router",
    [
      ...TRACE_GC,
      ...CLI,
      "router",
      "--blue",
      `127.0.0.1:${blue1},127.0.0.1:${blue2}`,
      "--green",
      `127.0.0.1:${green}`,
      "--port",
      String(port),
      "--admin-port",
      String(adminPort),
    ],
    { TERRAFUSION_ROUTER_TOKEN: token },
  );
  await waitLine(router, /admin API on/);
  note(
    `router ${router.pid} on 127.0.0.1:${port} (admin ${adminPort}), upstreams ${blue1} ${blue2} ${green}`,
  );

  const result: RouterResult = {
    measured: {
      name: "router",
      pid: router.pid,
      loadPorts: [port, adminPort, blue1, blue2, green],
      samples: [],
      loadFrom: since(),
      gcs: [],
      rss: [],
    },
    sent: 0,
    statuses: new Map(),
    colors: new Map(),
    failures: [],
    kills: [],
    switches: new Map(),
    skipped: 0,
  };
  traceGc(router, result.measured);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let inFlight = 0;
  const fail = (what: string) => {
    count(result.statuses, what);
    if (result.failures.length < 10_000)
      result.failures.push({ at: since() - result.measured.loadFrom, what });
  };
  const get = () => {
    if (inFlight >= 500) {
      result.skipped++;
      return;
    }
    inFlight++;
    result.sent++;
    let settled = false;
    const settle = (what?: string) => {
      if (settled) return;
      settled = true;
      inFlight--;
      if (what) fail(what);
    };
    const request = http.get({ host: "127.0.0.1", port, path: "/", agent, timeout: 10_000 }, (response) => {
      const status = response.statusCode ?? 0;
      response.resume();
      response.on("end", () => {
        if (status >= 200 && status < 300) {
          count(result.statuses, "2xx");
          count(result.colors, String(response.headers["x-color"] ?? "none"));
          settle();
        } else settle(String(status));
      });
      response.on("error", (error) =>
        settle(`response ${(error as NodeJS.ErrnoException).code ?? error.message}`),
      );
    });
    request.on("timeout", () => request.destroy(new Error("no answer within 10 s")));
    request.on("error", (error) => settle(`error ${(error as NodeJS.ErrnoException).code ?? error.message}`));
  };

  const stopSampling = sampler(result.measured);
  const stopTraffic = steady(ROUTER_RATE, (n) => {
    for (let i = 0; i < n; i++) get();
  });
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${adminPort}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  // Faults on a timeline: kills at 20 s, 80 s, 140 s, … (restarts 10 s later), switches at 90 s, 180 s, …
  let active = "blue";
  const loadStart = Date.now();
  const restarts: Promise<void>[] = [];
  for (let kill = 0, switched = 1; ; ) {
    const killAt = 20_000 + kill * 60_000;
    const switchAt = switched * 90_000;
    const next = Math.min(killAt, switchAt);
    if (next >= RUN_MS) break;
    await sleep(loadStart + next - Date.now());
    if (next === killAt) {
      const name = kill % 2 === 0 ? "blue-1" : "blue-2";
      const victim = upstreams.get(name)!;
      const record: RouterResult["kills"][number] = { at: (Date.now() - loadStart) / 1000, upstream: name };
      result.kills.push(record);
      signalGroup(victim, "SIGKILL");
      await victim.exited;
      note(`killed upstream ${name} (pid ${victim.pid}, kill -9)`);
      restarts.push(
        (async () => {
          await sleep(10_000);
          upstreams.set(name, await upstream(`upstream ${name}`, "blue", portOf[name]!));
          record.restartedAt = (Date.now() - loadStart) / 1000;
          note(`restarted upstream ${name} on ${portOf[name]} (pid ${upstreams.get(name)!.pid})`);
        })(),
      );
      kill++;
    } else {
      const to = active === "blue" ? "green" : "blue";
      try {
        const answer = await admin("POST", "/switch", { to });
        count(result.switches, `${to} ${answer.status}`);
        if (answer.status === 200) active = to;
        note(
          `switch to ${to}: ${answer.status}${answer.status === 200 ? "" : ` ${JSON.stringify(answer.body)}`}`,
        );
      } catch (error) {
        count(result.switches, `${to} ${(error as Error).message}`);
      }
      switched++;
    }
  }
  await sleep(loadStart + RUN_MS - Date.now());
  stopTraffic();
  stopSampling();
  await Promise.all(restarts);
  await until(() => inFlight === 0, 15_000);
  agent.destroy();
  // Idle past every keep-alive timeout (the router's 5 s to clients, the upstreams' 65 s to the router's
  // pools), then read what it still holds: what stays open now was never going to close.
  await sleep(70_000);
  result.measured.drained = sample(router.pid, result.measured.loadPorts);
  result.measured.exit = await stop(router);
  for (const started of upstreams.values()) await stop(started, 3_000);
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// The app under deliveries, GitHub a stand-in that fails and hangs.

interface AppResult {
  measured: Measured;
  sent: number;
  statuses: Map<string, number>;
  events: Map<string, number>;
  standIn: GitHubStandIn;
  /** Errors the app logged, by message (numbers and ids blanked). */
  errors: Map<string, number>;
  levels: Map<string, number>;
  skipped: number;
  maxMs: number;
}

type Payload = Record<string, unknown> & {
  installation?: unknown;
  number?: number;
  pull_request?: Record<string, unknown>;
  issue?: Record<string, unknown>;
};
const GROUPS = examples as unknown as { name: string; examples: Payload[] }[];
const example = (event: string, action: string): [string, Payload] => {
  const found = GROUPS.find((group) => group.name === event)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action}`);
  return [event, found];
};
const DELIVERIES = [
  example("pull_request", "opened"),
  example("pull_request", "synchronize"),
  example("pull_request", "reopened"),
  example("pull_request", "labeled"),
  example("pull_request_review", "submitted"),
  example("issue_comment", "created"),
];

/** Delivery I: GitHub's example payload for one of the events, its installation and pull request number varied. */
function delivery(i: number): { event: string; body: string } {
  const [event, template] = DELIVERIES[i % DELIVERIES.length]!;
  const payload = structuredClone(template);
  const number = 1 + (i % 40);
  payload.installation = { id: 1 + (i % INSTALLATIONS), node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${i}` };
  if (payload.pull_request) {
    payload.pull_request.number = number;
    payload.number = number;
  }
  if (payload.issue) {
    // The example is a comment on an issue; on a pull request GitHub adds issue.pull_request.
    payload.issue.number = number;
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${number}`,
      html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
      diff_url: `https://github.com/Codertocat/Hello-World/pull/${number}.diff`,
      patch_url: `https://github.com/Codertocat/Hello-World/pull/${number}.patch`,
    };
  }
  return { event, body: JSON.stringify(payload) };
}

async function appPart(): Promise<AppResult> {
  const first = await freeLoopbackPorts(2);
  const [githubPort, appPort] = [first, first + 1];
  ports.push(githubPort, appPort);
  const standIn = new GitHubStandIn(FAULTS);
  const githubHost = await standIn.listen(githubPort);
  const secret = randomUUID();
  const privateKey = String(
    generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }),
  );
  const app = start("app", [...TRACE_GC, ...APP], {
    APP_ID: "4242",
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: secret,
    PORT: String(appPort),
    HOST: "127.0.0.1",
    GHE_HOST: githubHost,
    GHE_PROTOCOL: "http",
    TERRAFUSION_APP_RECONCILE: "off",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
  });
  const result: AppResult = {
    measured: {
      name: "app",
      pid: app.pid,
      loadPorts: [appPort, githubPort],
      samples: [],
      loadFrom: 0,
      gcs: [],
      rss: [],
    },
    sent: 0,
    statuses: new Map(),
    events: new Map(),
    standIn,
    errors: new Map(),
    levels: new Map(),
    skipped: 0,
    maxMs: 0,
  };
  const LEVELS: Record<number, string> = {
    10: "trace",
    20: "debug",
    30: "info",
    40: "warn",
    50: "error",
    60: "fatal",
  };
  app.onLine.add((line) => {
    if (MAJOR_GC.test(line)) return;
    let entry: { level?: number; msg?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      count(result.levels, "not json");
      return;
    }
    count(result.levels, LEVELS[entry.level ?? 0] ?? String(entry.level));
    if ((entry.level ?? 0) >= 50)
      count(
        result.errors,
        String(entry.msg ?? "")
          .replaceAll(`http://${githubHost}`, "GITHUB")
          .replace(/\b[0-9a-f]{8}-[0-9a-f-]{27}\b/g, "ID")
          .replace(/\d+(\.\d+)?/g, "N")
          .slice(0, 300),
      );
  });
  await waitLine(app, /Listening on/);
  note(`app ${app.pid} on 127.0.0.1:${appPort}, GitHub stand-in on ${githubHost}`);
  result.measured.loadFrom = since();
  traceGc(app, result.measured);

  const url = `http://127.0.0.1:${appPort}/api/github/webhooks`;
  let inFlight = 0;
  const deliver = async (i: number) => {
    if (inFlight >= 200) {
      result.skipped++;
      return;
    }
    inFlight++;
    result.sent++;
    const { event, body } = delivery(i);
    count(result.events, event);
    const sentAt = performance.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-github-event": event,
          "x-github-delivery": randomUUID(),
          "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
        },
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      count(result.statuses, String(response.status));
    } catch (error) {
      count(result.statuses, `error ${(error as Error).name}`);
    } finally {
      inFlight--;
      result.maxMs = Math.max(result.maxMs, performance.now() - sentAt);
    }
  };
  const stopSampling = sampler(result.measured);
  let next = 0;
  const stopDeliveries = steady(DELIVERY_RATE, (n) => {
    for (let i = 0; i < n; i++) void deliver(next++);
  });
  await sleep(RUN_MS);
  stopDeliveries();
  stopSampling();
  // Until every delivery was answered and the app stopped asking GitHub (retries of hung requests end
  // within TERRAFUSION_GITHUB_BUDGET, 60 s by default), then idle past keep-alive timeouts.
  await until(() => inFlight === 0, 35_000);
  let seen = -1;
  await until(() => {
    const quiet = standIn.holding === 0 && standIn.counts.requests === seen;
    seen = standIn.counts.requests;
    return quiet;
  }, 90_000);
  // Idle past keep-alive timeouts (5 s for the app's server and the stand-in's, 4 s for undici's pool).
  await sleep(7_000);
  result.measured.drained = sample(app.pid, result.measured.loadPorts);
  result.measured.exit = await stop(app);
  await standIn.close();
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Orphans: processes left with this soak's marker in their environment, or its temp folder or ports in their
// command line.

function orphans(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline = "";
    let environ = "";
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      environ = readFileSync(`/proc/${entry}/environ`, "utf8");
    } catch {
      // Gone, or not ours to read.
    }
    const args = cmdline.split(" ");
    if (
      environ.includes(MARKER) ||
      cmdline.includes(TEMP) ||
      ports.some(
        (port) =>
          cmdline.includes(`127.0.0.1:${port}`) ||
          (cmdline.includes("upstream-child") && args.includes(String(port))),
      )
    )
      found.push(`${entry} ${cmdline.slice(0, 160)}`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------

const broken: string[] = [];
const deadline = setTimeout(() => {
  console.error(`soak: the run passed its deadline of ${DEADLINE_MS / 60_000} min; stopping everything`);
  for (const started of live) signalGroup(started, "SIGKILL");
  rmSync(TEMP, { recursive: true, force: true });
  process.exit(1);
}, DEADLINE_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    for (const started of live) signalGroup(started, "SIGKILL");
    rmSync(TEMP, { recursive: true, force: true });
    process.exit(1);
  });

console.error(
  `soak: ${MINUTES} min, ${flags.part}, ${flags.source ? "from source (tsx)" : "bin/ (dist bundles)"}; warm-up ${WARM_MS / 1000} s`,
);
let router: RouterResult | undefined;
let app: AppResult | undefined;
let leftOver: string[] = [];
try {
  const [routerOutcome, appOutcome] = await Promise.allSettled([
    flags.part === "app" ? Promise.resolve(undefined) : routerPart(),
    flags.part === "router" ? Promise.resolve(undefined) : appPart(),
  ]);
  for (const [name, outcome] of [
    ["router", routerOutcome],
    ["app", appOutcome],
  ] as const)
    if (outcome.status === "rejected")
      broken.push(`${name}: the soak did not complete: ${(outcome.reason as Error).stack}`);
  router = routerOutcome.status === "fulfilled" ? routerOutcome.value : undefined;
  app = appOutcome.status === "fulfilled" ? appOutcome.value : undefined;
} finally {
  for (const started of [...live]) await stop(started, 3_000);
  await sleep(1_000);
  leftOver = orphans();
  for (const line of leftOver) {
    try {
      process.kill(Number(line.split(" ")[0]), "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
  rmSync(TEMP, { recursive: true, force: true });
  clearTimeout(deadline);
}

// ---------------------------------------------------------------------------------------------------------
// Figures.

console.log(
  `\nsoak — ${MINUTES} min under load with faults, 127.0.0.1, ${flags.source ? "from source" : "bin/ (dist)"}, node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `sampled: warm-up = median of the 3 samples around ${WARM_MS / 1000} s, end = median of the last 3 under load (every ${SAMPLE_MS / 1000} s); floor and peak: lowest and highest RSS read every second over ${WARM_MS / 1000}–${(WARM_MS + WINDOW_MS) / 1000} s and over the last ${WINDOW_MS / 1000} s; drained = once the load stopped, everything in flight ended and keep-alive timeouts passed`,
);
console.log(
  "fds: total (of which TCP connections carrying the load: in flight or pooled); other = the rest (listening sockets, pipes, files, timers…)",
);
console.log(
  "process  RSS sampled warm-up → end (×)  RSS floor warm-up → end (×)    RSS peak warm-up → end  fds warm-up    fds end   other fds warm-up → end   fds before load → drained   RSS drained  exit on SIGTERM",
);
const signed = (n: number) => `${n >= 0 ? "+" : ""}${n}`;
for (const measured of [router?.measured, app?.measured]) {
  if (!measured) continue;
  if (measured.samples.length < 4 || !measured.before) {
    broken.push(`${measured.name}: only ${measured.samples.length} samples`);
    continue;
  }
  const warm = around(measured.samples, measured.loadFrom, WARM_MS);
  const end = medianOf(measured.samples.slice(-3));
  const ratio = end.rssKiB / warm.rssKiB;
  const { before, drained } = measured;
  const other = (s: Sample) => s.fds - s.connections;
  // RSS floors and peaks over a window after warm-up and over the last one (every second).
  const warmWindow = rssWindow(measured, WARM_MS / 1000, WARM_MS / 1000 + WINDOW_MS / 1000);
  const endWindow = rssWindow(measured, (RUN_MS - WINDOW_MS) / 1000, RUN_MS / 1000);
  const floorRatio = warmWindow && endWindow ? endWindow.floor / warmWindow.floor : undefined;
  const gcs = measured.gcs.filter((gc) => gc.at >= WARM_MS / 1000 && gc.at <= RUN_MS / 1000);
  console.log(
    [
      measured.name.padEnd(8),
      `${mib(warm.rssKiB)} → ${mib(end.rssKiB)} MiB (${ratio.toFixed(3)})`.padStart(28),
      (warmWindow && endWindow
        ? `${mib(warmWindow.floor)} → ${mib(endWindow.floor)} MiB (${floorRatio!.toFixed(3)})`
        : "-"
      ).padStart(30),
      (warmWindow && endWindow ? `${mib(warmWindow.peak)} → ${mib(endWindow.peak)} MiB` : "-").padStart(22),
      `${warm.fds} (${warm.connections})`.padStart(13),
      `${end.fds} (${end.connections})`.padStart(10),
      `${other(warm)} → ${other(end)} (${signed(other(end) - other(warm))})`.padStart(25),
      `${before.fds} → ${drained?.fds ?? "-"} (${drained ? signed(drained.fds - before.fds) : "-"})`.padStart(
        27,
      ),
      (drained ? `${mib(drained.rssKiB)} MiB` : "-").padStart(13),
      ` ${measured.exit ?? "-"}`,
    ].join(" "),
  );
  const perMinute = measured.samples.filter((_, i) => i % 6 === 0);
  console.log(
    `  every minute: RSS MiB ${perMinute.map((s) => mib(s.rssKiB)).join(" ")}; fds ${perMinute.map((s) => `${s.fds}(${s.connections})`).join(" ")}`,
  );
  const heaps = gcs.map((gc) => gc.heapMB);
  console.log(
    gcs.length
      ? `  ${gcs.length} major GCs from warm-up to the end; V8 heap after them: first ${heaps[0]} MB at ${gcs[0]!.at.toFixed(0)} s, last ${heaps.at(-1)} MB at ${gcs.at(-1)!.at.toFixed(0)} s, min ${Math.min(...heaps)}, max ${Math.max(...heaps)} MB`
      : "  no major GC from warm-up to the end",
  );
  // The bound is on the floors: a sample lands anywhere on the saw-tooth of garbage piled up between two
  // collections (tens of MiB), whatever the live memory does. The sampled medians are bounded only when
  // there is no window to read a floor from.
  if (floorRatio !== undefined && floorRatio > RSS_BOUND)
    broken.push(
      `${measured.name}: RSS floor over the last ${WINDOW_MS / 1000} s ${mib(endWindow!.floor)} MiB is ×${floorRatio.toFixed(3)} of ${mib(warmWindow!.floor)} MiB after warm-up (bound ×${RSS_BOUND})`,
    );
  // What a leak grows: the heap still live after a full collection.
  if (gcs.length >= 2 && heaps.at(-1)! > heaps[0]! * RSS_BOUND)
    broken.push(
      `${measured.name}: V8 heap after the last major GC ${heaps.at(-1)} MB is ×${(heaps.at(-1)! / heaps[0]!).toFixed(3)} of ${heaps[0]} MB after the first from warm-up on (bound ×${RSS_BOUND})`,
    );
  if (floorRatio === undefined && ratio > RSS_BOUND)
    broken.push(
      `${measured.name}: RSS at the end ${mib(end.rssKiB)} MiB is ×${ratio.toFixed(3)} of ${mib(warm.rssKiB)} MiB after warm-up (bound ×${RSS_BOUND})`,
    );
  if (other(end) > other(warm) + FD_TOLERANCE)
    broken.push(
      `${measured.name}: ${other(end)} fds other than load connections at the end, ${other(warm)} after warm-up (bound +${FD_TOLERANCE})`,
    );
  if (!drained) broken.push(`${measured.name}: no sample once drained`);
  else if (drained.fds > before.fds + FD_TOLERANCE)
    broken.push(
      `${measured.name}: ${drained.fds} fds open once the load stopped and drained, ${before.fds} before it (bound +${FD_TOLERANCE}): connections or files that never close`,
    );
  if (!/^exit 0$|^SIGTERM$/.test(measured.exit ?? ""))
    broken.push(`${measured.name}: on SIGTERM: ${measured.exit}`);
}

if (router) {
  const failed = router.failures.length;
  console.log(
    `\nrouter: ${router.sent} requests at ${ROUTER_RATE}/s (${router.skipped} not sent: 500 in flight): ${listed(router.statuses)}; answered by ${listed(router.colors)}; failed ${failed} = ${((failed / router.sent) * 100).toFixed(3)} %`,
  );
  const kills = router.kills.map((kill) => {
    const near = router!.failures.filter((f) => f.at >= kill.at - 1 && f.at <= kill.at + 3).length;
    return `${kill.upstream} at ${kill.at.toFixed(0)} s: ${near} failed, back at ${kill.restartedAt?.toFixed(0) ?? "-"} s`;
  });
  console.log(
    `  kill -9 of a blue upstream (failures from 1 s before to 3 s after): ${kills.join("; ") || "none"}`,
  );
  const elsewhere = router.failures.filter(
    (f) => !router!.kills.some((kill) => f.at >= kill.at - 1 && f.at <= kill.at + 3),
  );
  console.log(
    `  failures away from a kill: ${elsewhere.length}${
      elsewhere.length
        ? ` (${elsewhere
            .slice(0, 5)
            .map((f) => `${f.what} at ${f.at.toFixed(1)} s`)
            .join(", ")})`
        : ""
    }`,
  );
  console.log(`  color switches through the admin API: ${listed(router.switches)}`);
}
if (app) {
  const counts = app.standIn.counts;
  const writes =
    (counts.routes.get("POST /repos/{owner}/{repo}/check-runs") ?? 0) +
    (counts.routes.get("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}") ?? 0);
  console.log(
    `\napp: ${app.sent} deliveries at ${DELIVERY_RATE}/s (${listed(app.events)}; ${app.skipped} not sent: 200 in flight), answered ${listed(app.statuses)}, slowest ${(app.maxMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  GitHub stand-in: ${counts.requests} requests, ${counts.answered} answered, ${counts.failed} answered 502/503 (${((counts.failed / counts.requests) * 100).toFixed(1)} %), ${counts.hung} never answered (${((counts.hung / counts.requests) * 100).toFixed(1)} %), ${counts.unknown} not GitHub routes`,
  );
  console.log(`  answered by route: ${listed(counts.routes)}`);
  console.log(
    `  check runs written: ${writes} for ${app.sent} deliveries; the app logged ${listed(app.levels)}`,
  );
  console.log(`  errors logged: ${listed(app.errors)}`);
  if (counts.unknown > 0) broken.push(`app: ${counts.unknown} requests to routes GitHub does not have`);
}
console.log(`\norphans after stopping everything: ${leftOver.length ? leftOver.join("; ") : "none"}`);
if (leftOver.length) broken.push(`orphan processes: ${leftOver.join("; ")}`);
if (broken.length) {
  console.log(`\nBOUNDS BROKEN:\n${broken.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `\nbounds held: RSS floor and live heap at the end ≤ ×${RSS_BOUND} of warm-up; fds other than load connections ≤ warm-up +${FD_TOLERANCE}; fds once drained ≤ before the load +${FD_TOLERANCE}; no orphan`,
);
process.exit(0);
