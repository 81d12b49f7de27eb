/**
 * Starts toxiproxy-server (scripts/install-tools puts v2.12.0 in .tools/bin) on a free loopback
 * port, waits for its API, and stops it again, also on interrupt.
 */
import { ToolError } from "../errors.ts";
import { freeLoopbackPorts } from "../net/free-port.ts";
import { onInterrupt } from "../process/cleanup.ts";
import { supervise } from "../process/supervise.ts";
import { Toxiproxy } from "./toxiproxy.ts";

export interface ToxiproxyServer {
  client: Toxiproxy;
  stop(): Promise<void>;
}

export async function startToxiproxyServer(binary = "toxiproxy-server"): Promise<ToxiproxyServer> {
  const port = await freeLoopbackPorts();
  const child = supervise({
    command: binary,
    args: ["-host", "127.0.0.1", "-port", String(port)],
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn" },
    // It lives for one chaos gate; this bounds a gate that never stops it.
    deadlineMs: 6 * 3600_000,
    deadlineText: "6h",
  });
  let exited = false;
  let failure: string | undefined;
  void child.done.then((outcome) => {
    exited = true;
    failure =
      outcome.spawnError?.code === "ENOENT" ? "ENOENT" : `exit code ${outcome.exitCode ?? outcome.signal}`;
  });
  const stop = async () => {
    await child.stop();
    forget();
  };
  const forget = onInterrupt(stop);
  const client = new Toxiproxy(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (exited) {
      forget();
      throw new ToolError(
        "toxiproxy-server",
        failure === "ENOENT"
          ? "not found on PATH; run scripts/install-tools (go install github.com/Shopify/toxiproxy/v2/cmd/server@v2.12.0), or set gates.chaos.toxiproxy to a running server"
          : `stopped at start (${failure})`,
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
