import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface UpstreamProcess {
  address: string;
  child: ChildProcess;
  /** Waits until the process has exited (after a kill). */
  exited: Promise<void>;
}

/** Starts test/reliability/upstream-child.ts as its own process and waits for its port. */
export async function startUpstreamProcess(color: string, delayMs = 20): Promise<UpstreamProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "upstream-child.ts"), color, "0", String(delayMs)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("the upstream process did not start within 15 s")),
      15_000,
    );
    child.once("exit", (code, signal) =>
      reject(new Error(`the upstream process exited (${code ?? signal})`)),
    );
    createInterface({ input: child.stdout! }).once("line", (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  return { address: `127.0.0.1:${port}`, child, exited };
}
