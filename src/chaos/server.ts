/**
 * Starts toxiproxy-server (scripts/install-tools puts v2.12.0 in .tools/bin) on a free loopback
 * port, waits for its API, and stops it again, also on interrupt.
 */
import { execa } from "execa";
import { ToolError } from "../errors.ts";
import { onInterrupt } from "../load/cleanup.ts";
import { freeLoopbackPorts } from "../net/free-port.ts";
import { Toxiproxy } from "./toxiproxy.ts";

export interface ToxiproxyServer {
  client: Toxiproxy;
  stop(): Promise<void>;
}

export async function startToxiproxyServer(binary = "toxiproxy-server"): Promise<ToxiproxyServer> {
  const port = await freeLoopbackPorts();
  const child = execa(binary, ["-host", "127.0.0.1", "-port", String(port)], {
    stdin: "ignore",
    reject: false,
    cleanup: true,
    buffer: false,
    env: { LOG_LEVEL: "warn" },
  });
  let exited = false;
  let failure: string | undefined;
  const done = child.then((result) => {
    exited = true;
    failure = result.code === "ENOENT" ? "ENOENT" : `exit code ${result.exitCode}`;
  });
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (!exited) child.kill("SIGKILL");
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
