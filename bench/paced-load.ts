/**
 * An open-loop load generator at a fixed rate, as wrk2 paces (wrk2 is not installed here): request i is due at
 * start + i / rate whatever the answers, and goes out on connection i mod N, so each of the N keep-alive
 * connections carries rate / N requests per second on its own schedule.
 *
 * autocannon's `overallRate` does not do this: it gives each connection a quota of rate / N requests per
 * one-second window and sends them back to back as fast as answers come, then idles until the next window.
 * "1,000 req/s over 10 connections" is then 10 saturating closed loops for the first part of every second,
 * and its p50/p99 are latencies at 10 requests in flight, not at 1,000 req/s.
 *
 * A request's latency runs from the timer tick that sent it to the last byte of its answer. A request whose
 * connection still waits on the previous answer waits for it, and that wait counts (no coordinated omission:
 * a stall of the target shows in full). What does not count is the generator's own timer lateness (how long
 * after its due time the tick came): it is reported apart (`lag`), so a late generator is seen, not blamed
 * on the target.
 *
 * Its own cost is kept small, as it shares the machine with what it measures: plain sockets, one prebuilt
 * request, and a reader of the answer's framing only (Content-Length or chunked), no HTTP client.
 */
import { connect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { type LatencySummary, newHistogram, summarize } from "../src/load/engine.ts";

export interface PacedOptions {
  url: string;
  /** Requests per second over all connections. */
  rate: number;
  connections: number;
  durationMs: number;
  /** Give up on one request after this long on the wire (default 5000 ms); counted as an error. */
  timeoutMs?: number;
}

export interface PacedStats {
  requests: number;
  errors: number;
  /** Answered requests per second over the run. */
  rps: number;
  /** Milliseconds, from the tick that sent each request to the end of its answer. */
  latency: LatencySummary;
  /** Milliseconds the generator's ticks came after the requests' due times: its own overhead. */
  lag: LatencySummary;
  /** Most requests that waited at once for their connection to be free. */
  maxQueued: number;
}

interface Outcomes {
  /** An answer ended: its status and the milliseconds since the tick that sent its request. */
  answered(status: number, ms: number): void;
  failed(): void;
  /** A request that waited for its connection went out, or one more started waiting (+1 / -1). */
  queued(change: number): void;
}

const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");

/**
 * One keep-alive connection: one request on the wire at a time, the others waiting their turn in order, each
 * timed from its own tick. A connection that fails or closes fails its request and connects again.
 */
class Connection {
  private socket!: Socket;
  private connected = false;
  private stopped = false;
  /** Ticks of the requests waiting for this connection, oldest first. */
  private readonly waiting: number[] = [];
  /** Tick of the request on the wire, and when it went on the wire. */
  private tick: number | undefined;
  private wrote = 0;
  private pending: Buffer = Buffer.alloc(0);
  /** What the answer on the wire still needs: its head (status 0), a length of body, or chunks. */
  private status = 0;
  private bodyLeft = 0;
  private chunked = false;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly request: Buffer,
    private readonly outcomes: Outcomes,
  ) {}

  /** Connects; rejects when the first connection fails (later ones are tried again while the run goes on). */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port, noDelay: true });
      this.socket = socket;
      this.connected = false;
      socket.once("connect", () => {
        this.connected = true;
        resolve();
        this.resume();
      });
      socket.on("error", (error) => {
        if (!this.connected) reject(error);
      });
      socket.on("data", (chunk: Buffer) => this.read(chunk));
      socket.on("close", () => this.lost());
    });
  }

  send(tick: number): void {
    if (this.tick === undefined && this.connected) this.write(tick);
    else {
      this.waiting.push(tick);
      this.outcomes.queued(1);
    }
  }

  /** Gives the connection up when its request has been on the wire longer than `ms`. */
  expire(now: number, ms: number): void {
    if (this.tick !== undefined && now - this.wrote > ms) this.socket.destroy();
  }

  get idle(): boolean {
    return this.tick === undefined && this.waiting.length === 0;
  }

  close(): void {
    this.stopped = true;
    this.socket.destroy();
  }

  private write(tick: number): void {
    this.tick = tick;
    this.wrote = performance.now();
    this.status = 0;
    this.socket.write(this.request);
  }

  /** The next waiting request goes out when nothing is on the wire. */
  private resume(): void {
    if (this.tick !== undefined || !this.connected) return;
    const tick = this.waiting.shift();
    if (tick === undefined) return;
    this.outcomes.queued(-1);
    this.write(tick);
  }

  private lost(): void {
    const wasConnected = this.connected;
    this.connected = false;
    this.pending = Buffer.alloc(0);
    if (this.tick !== undefined) this.outcomes.failed();
    this.tick = undefined;
    if (this.stopped) {
      for (const _ of this.waiting.splice(0)) {
        this.outcomes.queued(-1);
        this.outcomes.failed();
      }
      return;
    }
    // A failed connect closes too and comes back here: try again, not in a tight loop.
    const again = () => this.open().catch(() => undefined);
    if (wasConnected) again();
    else setTimeout(again, 100);
  }

  private read(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.tick === undefined) return;
    if (this.status === 0) {
      const end = this.pending.indexOf(HEAD_END);
      if (end === -1) return;
      const head = this.pending.toString("latin1", 0, end);
      this.pending = this.pending.subarray(end + 4);
      this.status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
      this.chunked = /\r\ntransfer-encoding:[ \t]*chunked/i.test(head);
      if (length) this.bodyLeft = Number(length[1]);
      else if (this.chunked || this.status === 204 || this.status === 304) this.bodyLeft = 0;
      else {
        // An answer that ends when the connection does cannot be timed on a kept-alive connection.
        this.socket.destroy();
        return;
      }
    }
    if (this.chunked ? !this.chunksEnded() : this.pending.length < this.bodyLeft) return;
    this.pending = Buffer.alloc(0);
    this.outcomes.answered(this.status, performance.now() - this.tick);
    this.tick = undefined;
    this.resume();
  }

  /** Whether the chunked body in `pending` is whole: chunks read off one by one up to the last, empty one. */
  private chunksEnded(): boolean {
    for (;;) {
      const line = this.pending.indexOf(CRLF);
      if (line === -1) return false;
      const size = Number.parseInt(this.pending.toString("latin1", 0, line), 16);
      if (size === 0) return this.pending.indexOf(HEAD_END, line) !== -1;
      if (this.pending.length < line + 2 + size + 2) return false;
      this.pending = this.pending.subarray(line + 2 + size + 2);
    }
  }
}

export async function pacedLoad(options: PacedOptions): Promise<PacedStats> {
  const url = new URL(options.url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const request = Buffer.from(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: terrafusion-paced\r\n\r\n`,
    "latin1",
  );
  const timeout = options.timeoutMs ?? 5_000;
  const latency = newHistogram();
  const lag = newHistogram();
  let failing = 0; // answers of 400 or more
  let failed = 0; // no answer: the connection failed or closed, or the answer timed out
  let answered = 0;
  let queued = 0;
  let maxQueued = 0;
  let warming = true;
  const outcomes: Outcomes = {
    answered(status, ms) {
      if (warming) return;
      latency.recordValue(Math.max(1, Math.round(ms * 1000)));
      answered++;
      if (status >= 400) failing++;
    },
    failed() {
      if (!warming) failed++;
    },
    queued(change) {
      queued += change;
      if (queued > maxQueued) maxQueued = queued;
    },
  };
  const connections = Array.from(
    { length: options.connections },
    () => new Connection(host, Number(url.port || 80), request, outcomes),
  );
  try {
    await Promise.all(connections.map((connection) => connection.open()));
  } catch (error) {
    for (const connection of connections) connection.close();
    throw error;
  }
  // One request on every connection before the clock starts: the target's first answers are not the run's.
  for (const connection of connections) connection.send(performance.now());
  await settled(connections, timeout);
  warming = false;

  const total = Math.round((options.rate * options.durationMs) / 1000);
  const interval = 1000 / options.rate;
  let sent = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor((now - started) / interval) + 1);
      for (; sent < due; sent++) {
        lag.recordValue(Math.max(1, Math.round((now - (started + sent * interval)) * 1000)));
        connections[sent % connections.length]!.send(now);
      }
      for (const connection of connections) connection.expire(now, timeout);
      if (sent < total) setTimeout(tick, Math.max(0, started + sent * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await settled(connections, timeout);
  const elapsed = performance.now() - started;
  for (const connection of connections) connection.close();
  const stats: PacedStats = {
    requests: sent,
    // Requests still unanswered at the end count too: they are neither answered nor seen to fail yet.
    errors: failing + failed + Math.max(0, sent - answered - failed),
    rps: Math.round((answered / elapsed) * 1000 * 10) / 10,
    latency: summarize(latency),
    lag: summarize(lag),
    maxQueued,
  };
  latency.destroy();
  lag.destroy();
  return stats;
}

/**
 * Resolves once no connection has a request on the wire or waiting, giving up on answers that take longer than
 * `timeout` (their connections are dropped and their requests counted as failed), at most a second after that.
 */
async function settled(connections: Connection[], timeout: number): Promise<void> {
  const deadline = performance.now() + timeout + 1_000;
  for (;;) {
    const now = performance.now();
    for (const connection of connections) connection.expire(now, timeout);
    if (connections.every((connection) => connection.idle) || now > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
