/**
 * The built-in load engine: a stable, small interface over autocannon that the load gate, the chaos
 * gate and the promotion work (load during a blue-green switch, short analysis runs) all share.
 *
 *   const stats = await runLoad({ url: "http://127.0.0.1:3000", paths: ["/"], durationMs: 2000, connections: 10 });
 *   stats.latency.p95   // milliseconds, from an HDR histogram of every response
 *   stats.errorRate     // 0..1: answers with status >= 400, connection errors, timeouts, dropped answers
 *
 * - Latency comes from our own HDR histogram (microsecond resolution, 3 significant digits) fed from
 *   autocannon's per-response events, so p95 and p99 are exact to 0.1 % (autocannon's own summary has
 *   no p95). Every answer counts, failed ones too, like k6's http_req_duration.
 * - A failed request is what k6 calls http_req_failed: a status of 400 or more, a connection error, a
 *   timeout, or a connection closed before its answer came (autocannon alone would miss that last one).
 * - `rate` fixes the request rate (requests per second over all connections); without it each
 *   connection sends its next request as soon as the previous answer arrives (closed model).
 * - `onSample` receives one Sample per `sampleMs` window (default 1 s) while the run goes on, for live
 *   progress and for the chaos gate's recovery measurement; the same windows end up in `timeline`.
 * - `signal` stops the run early; the stats of what ran so far are returned.
 * - Traffic goes where `url` points: callers keep it on 127.0.0.1 in tests.
 */
import autocannon from "autocannon";
import { build, type Histogram } from "hdr-histogram-js";

export interface LoadOptions {
  /** Base URL (scheme, host, port), or several to spread connections over them round-robin. */
  url: string | string[];
  /** Paths requested in turn on every connection; default ["/"] (or the url's own path). */
  paths?: string[];
  durationMs: number;
  connections: number;
  /** Fixed rate in requests per second over all connections; absent: as fast as answers come. */
  rate?: number;
  /** Give up on one request after this long (default 5000 ms); counted as an error. */
  timeoutMs?: number;
  /** Length of a timeline window (default 1000 ms). */
  sampleMs?: number;
  signal?: AbortSignal;
  onSample?: (sample: Sample) => void;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** One timeline window. */
export interface Sample {
  /** Milliseconds from the start of the run to the end of this window. */
  atMs: number;
  requests: number;
  errors: number;
  /** errors / requests; 0 when the window saw no request at all (then requests is 0: check it). */
  errorRate: number;
  latency: LatencySummary;
}

export interface LoadStats {
  /** Finished requests: answered, failed to connect, timed out or dropped. */
  requests: number;
  errors: number;
  errorRate: number;
  /** Requests per second over the measured duration. */
  rps: number;
  /** Milliseconds. */
  latency: LatencySummary;
  /** Answers per status code; "error" counts requests without an answer. */
  statusCodes: Record<string, number>;
  durationMs: number;
  timeline: Sample[];
}

export interface RawLoadRun {
  stats: LoadStats;
  /** Every latency of the run in microseconds; the caller destroys it (see mergeLatencies). */
  histogram: Histogram;
}

/** Runs load and returns its statistics. */
export async function runLoad(options: LoadOptions): Promise<LoadStats> {
  const { stats, histogram } = await runLoadRaw(options);
  histogram.destroy();
  return stats;
}

export function newHistogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, numberOfSignificantValueDigits: 3, autoResize: true });
}

/** Percentiles in milliseconds of a histogram recorded in microseconds. */
export function summarize(histogram: Histogram): LatencySummary {
  if (histogram.totalCount === 0) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const ms = (micros: number) => Math.round(micros) / 1000;
  // A percentile is reported as the top of its bucket, which can pass the largest value seen.
  const at = (percentile: number) =>
    ms(Math.min(histogram.getValueAtPercentile(percentile), histogram.maxValue));
  return {
    p50: at(50),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    max: ms(histogram.maxValue),
    mean: ms(histogram.mean),
  };
}

/** The same interface, keeping the histogram so that several runs can be merged exactly. */
export async function runLoadRaw(options: LoadOptions): Promise<RawLoadRun> {
  const urls = (Array.isArray(options.url) ? options.url : [options.url]).map(baseOf);
  if (urls.length === 0) throw new Error("runLoad: no url");
  const paths = options.paths?.length ? options.paths : [pathOf(options.url)];
  const sampleMs = options.sampleMs ?? 1000;
  const total = newHistogram();
  const window = newHistogram();
  let windowRequests = 0;
  let windowErrors = 0;
  let requests = 0;
  let errors = 0;
  const statusCodes: Record<string, number> = {};
  const timeline: Sample[] = [];
  const started = performance.now();

  const failed = () => {
    requests++;
    errors++;
    windowRequests++;
    windowErrors++;
    statusCodes.error = (statusCodes.error ?? 0) + 1;
  };
  const answered = (status: number, millis: number) => {
    const micros = Math.max(1, Math.round(millis * 1000));
    total.recordValue(micros);
    window.recordValue(micros);
    requests++;
    windowRequests++;
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    if (status >= 400) {
      errors++;
      windowErrors++;
    }
  };
  const closeWindow = () => {
    const sample: Sample = {
      atMs: Math.round(performance.now() - started),
      requests: windowRequests,
      errors: windowErrors,
      errorRate: windowRequests ? windowErrors / windowRequests : 0,
      latency: summarize(window),
    };
    window.reset();
    windowRequests = 0;
    windowErrors = 0;
    timeline.push(sample);
    options.onSample?.(sample);
  };

  const instance = autocannon({
    url: (urls.length === 1 ? urls[0] : urls) as string,
    connections: options.connections,
    duration: Math.max(options.durationMs, 1) / 1000,
    timeout: (options.timeoutMs ?? 5000) / 1000,
    overallRate: options.rate,
    requests: paths.map((path) => ({ method: "GET", path })),
    // autocannon checks its stop flag on this tick: a short one keeps runs close to their duration.
    sampleInt: 100,
    setupClient: countDroppedAnswers(failed),
    // Without a callback autocannon returns its event emitter, made thenable.
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) =>
    answered(statusCode, responseTime),
  );
  instance.on("reqError", failed);

  const ticker = setInterval(closeWindow, sampleMs);
  const abort = () => instance.stop();
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener("abort", abort, { once: true });
  try {
    await instance;
  } finally {
    clearInterval(ticker);
    options.signal?.removeEventListener("abort", abort);
  }
  if (windowRequests > 0) closeWindow();
  window.destroy();
  const durationMs = Math.round(performance.now() - started);
  return {
    stats: {
      requests,
      errors,
      errorRate: requests ? errors / requests : 0,
      rps: durationMs ? Math.round((requests / durationMs) * 1000 * 10) / 10 : 0,
      latency: summarize(total),
      statusCodes,
      durationMs,
      timeline,
    },
    histogram: total,
  };
}

/**
 * autocannon reconnects silently when the server closes a connection before its answer, and then
 * pairs the next answer with the lost request. Counting that as a failure (as k6 would) matters for
 * chaos: slow_close, limit_data and a killed instance behind a proxy all end connections that way.
 */
function countDroppedAnswers(onDropped: () => void) {
  return (client: autocannon.Client) => {
    const internals = client as unknown as {
      _connect: () => void;
      pipelinedRequests: { size(): number; clear(): void };
      on(event: "connError", listener: () => void): void;
    };
    let connectionErrored = false;
    internals.on("connError", () => {
      connectionErrored = true;
    });
    const connect = internals._connect.bind(client);
    internals._connect = () => {
      const pending = internals.pipelinedRequests?.size() ?? 0;
      if (pending > 0) {
        // A connection error was already counted by autocannon; a quiet close was not.
        if (!connectionErrored) for (let i = 0; i < pending; i++) onDropped();
        internals.pipelinedRequests.clear();
      }
      connectionErrored = false;
      connect();
    };
  };
}

function baseOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

function pathOf(url: string | string[]): string {
  const first = Array.isArray(url) ? url[0] : url;
  if (!first) return "/";
  const parsed = new URL(first);
  return `${parsed.pathname}${parsed.search}` || "/";
}
