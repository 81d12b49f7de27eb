import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";

export const SERVICE_SCRIPT = resolve(import.meta.dirname, "../fixtures/services/server.mjs");

export interface FixtureService {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts test/fixtures/services/server.mjs on a free loopback port, in its own process. */
export async function startFixtureService(env: Record<string, string> = {}): Promise<FixtureService> {
  const child = spawn(process.execPath, [SERVICE_SCRIPT], {
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening on (\d+)/.exec(text);
      if (match) resolvePort(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`fixture service exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGKILL");
      }),
  };
}

/** A loopback port nobody listens on right now. */
export const freePort = (): Promise<number> => freeLoopbackPorts(1);

/** A free port whose next port is free too (for a service with two instances). */
export const consecutiveFreePorts = (): Promise<number> => freeLoopbackPorts(2);

/** Whether something answers TCP connections on the port. */
export async function listening(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** A project folder with .github/terrafusion.yml holding this policy text. */
export function projectWithPolicy(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), "terrafusion-load-"));
  mkdirSync(join(dir, ".github"));
  writeFileSync(join(dir, ".github", "terrafusion.yml"), policy);
  return dir;
}
