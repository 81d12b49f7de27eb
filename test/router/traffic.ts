import http from "node:http";
import { performance } from "node:perf_hooks";
import type { Color } from "../../src/drivers/types.ts";
import { type Router, startRouter } from "../../src/router/index.ts";

export interface Sample {
  /** Wall-clock ms (timeOrigin + now) just before the request was written. */
  start: number;
  end: number;
  status?: number;
  color?: string;
  version?: string;
  error?: string;
  /** Sent again after a reused keep-alive connection was closed under it before any answer. */
  retried?: boolean;
}

export const now = () => performance.timeOrigin + performance.now();

/**
 * Fires GET requests at a fixed rate over a pool of keep-alive connections and records each one. Used where
 * a test must know, per request, when it started and which color answered — autocannon reports neither.
 */
export function pacedTraffic(
  url: string,
  {
    rate,
    connections = 16,
    resendUnanswered = false,
  }: {
    rate: number;
    connections?: number;
    /** Send a GET once more, over a new connection, when its connection closed before any answer. */
    resendUnanswered?: boolean;
  },
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples: Sample[] = [];
  const pending = new Set<Promise<void>>();
  let stopped = false;
  const intervalMs = 1000 / rate;
  const begin = performance.now();
  let sent = 0;

  const fire = () => {
    const sample: Sample = { start: now(), end: 0 };
    samples.push(sample);
    const done = new Promise<void>((resolve) => send(sample, resolve, resendUnanswered));
    pending.add(done);
    done.then(() => pending.delete(done));
  };

  const send = (sample: Sample, resolve: () => void, mayRetry: boolean): void => {
    {
      // A resend goes over a new connection, as a browser's does.
      const request = http.get(
        url,
        { agent: mayRetry || !resendUnanswered ? agent : false, timeout: 10_000 },
        (response) => {
          sample.status = response.statusCode;
          sample.color = response.headers["x-color"] as string | undefined;
          sample.version = response.headers["x-version"] as string | undefined;
          response.resume();
          response.on("end", () => {
            sample.end = now();
            resolve();
          });
          response.on("error", (error) => {
            sample.error = error.message;
            sample.end = now();
            resolve();
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", (error: NodeJS.ErrnoException) => {
        // RFC 9112 9.3.1: an idempotent request whose connection closed before any answer may be sent again
        // (browsers do on a reused connection). Only where the test says so: on reload nginx's old workers
        // close their idle keep-alives, and may close a connection they accepted just before shutting down.
        if (mayRetry && sample.status === undefined) {
          sample.retried = true;
          send(sample, resolve, false);
          return;
        }
        sample.error = error.code ?? error.message;
        sample.end = now();
        resolve();
      });
    }
  };

  // Catch up on missed ticks so timer jitter does not lower the rate.
  const timer = setInterval(
    () => {
      if (stopped) return;
      const due = Math.floor((performance.now() - begin) / intervalMs);
      while (sent < due) {
        sent++;
        fire();
      }
    },
    Math.max(1, Math.floor(intervalMs)),
  );

  return {
    samples,
    async stop(): Promise<Sample[]> {
      stopped = true;
      clearInterval(timer);
      await Promise.all(pending);
      agent.destroy();
      return samples;
    },
  };
}

/** A tiny upstream that answers with its color (and version) in headers; `faulty` adds errors and latency. */
export async function colorServer(
  color: string,
  options: { version?: string; errorRate?: number; delayMs?: number } = {},
): Promise<{ address: string; server: http.Server; served: () => number; close: () => Promise<void> }> {
  let served = 0;
  const server = http.createServer((request, response) => {
    if (request.url === "/healthz") {
      response.writeHead(200, { "x-color": color }).end("ok");
      return;
    }
    served++;
    const fail = (options.errorRate ?? 0) > 0 && Math.random() < (options.errorRate ?? 0);
    setTimeout(() => {
      response.writeHead(fail ? 500 : 200, {
        "content-type": "text/plain",
        "x-color": color,
        "x-version": options.version ?? "v1",
      });
      response.end(`${color}\n`);
    }, options.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    server,
    served: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface SwitchMark {
  to: Color;
  requested: number;
  done: number;
}

/**
 * Requests whose whole life (start to answer) fell between a switch's return and the next switch's request
 * must have met that switch's color. Only those are `checked`: a request's start is when the test asked for
 * it, and on a loaded machine it may wait in the client's pool long enough to reach the proxy after the
 * next switch, so a request spanning a switch proves nothing either way.
 */
export function routing(
  samples: Sample[],
  switches: SwitchMark[],
): { checked: Sample[]; misrouted: Sample[] } {
  const checked = samples.filter((sample) => {
    const index = switches.findLastIndex((mark) => mark.done < sample.start);
    if (index === -1) return false;
    const next = switches[index + 1];
    return !next || sample.end < next.requested;
  });
  const misrouted = checked.filter((sample) => {
    const index = switches.findLastIndex((mark) => mark.done < sample.start);
    return sample.color !== switches[index]!.to;
  });
  return { checked, misrouted };
}

/**
 * Switches blue→green→blue→green→blue, one second apart, while `traffic` runs; stops the traffic a second
 * after the last switch. What a driver must show: every request answered, none late on the old color.
 */
export async function switchUnderTraffic(
  driver: { switchTo(color: Color): Promise<unknown> },
  traffic: ReturnType<typeof pacedTraffic>,
): Promise<{ samples: Sample[]; switches: SwitchMark[]; seconds: number }> {
  const switches: SwitchMark[] = [];
  const began = now();
  for (const to of ["green", "blue", "green", "blue"] as Color[]) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const requested = now();
    await driver.switchTo(to);
    switches.push({ to, requested, done: now() });
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const samples = await traffic.stop();
  return { samples, switches, seconds: (now() - began) / 1000 };
}

/**
 * The router on 127.0.0.1 in front of one colorServer per color (blue live), checking health every
 * 200 ms, as the promotion tests run it.
 */
export async function blueGreenRouter(
  token: string,
  colors: { blue?: Parameters<typeof colorServer>[1]; green?: Parameters<typeof colorServer>[1] } = {},
): Promise<{ router: Router; upstreams: Awaited<ReturnType<typeof colorServer>>[] }> {
  const upstreams = [await colorServer("blue", colors.blue), await colorServer("green", colors.green)];
  try {
    const router = await startRouter({
      blue: [upstreams[0]!.address],
      green: [upstreams[1]!.address],
      token,
      healthIntervalMs: 200,
    });
    return { router, upstreams };
  } catch (error) {
    await Promise.all(upstreams.map((u) => u.close()));
    throw error;
  }
}

export interface WeightMark {
  percent: number;
  requested: number;
  done: number;
}

/**
 * Sets the canary weight of `canary` through `steps`, one `stepMs` apart, while `traffic` runs; stops the
 * traffic one step after the last. What a driver must show: every request answered through every change.
 */
export async function weightsUnderTraffic(
  driver: { setWeight(canary: Color, percent: number): Promise<unknown> },
  traffic: ReturnType<typeof pacedTraffic>,
  canary: Color,
  steps: number[],
  stepMs = 1_000,
): Promise<{ samples: Sample[]; marks: WeightMark[]; seconds: number }> {
  const marks: WeightMark[] = [];
  const began = now();
  for (const percent of steps) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    const requested = now();
    await driver.setWeight(canary, percent);
    marks.push({ percent, requested, done: now() });
  }
  await new Promise((resolve) => setTimeout(resolve, stepMs));
  const samples = await traffic.stop();
  return { samples, marks, seconds: (now() - began) / 1000 };
}

/** The requests whose whole life fell inside each step (after its change answered, before the next was asked). */
export function byStep(samples: Sample[], marks: WeightMark[]): { percent: number; samples: Sample[] }[] {
  return marks.map((mark, i) => {
    const next = marks[i + 1];
    return {
      percent: mark.percent,
      samples: samples.filter((s) => s.start > mark.done && (!next || s.end < next.requested)),
    };
  });
}
