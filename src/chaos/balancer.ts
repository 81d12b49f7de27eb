/**
 * A tiny TCP round-robin in front of several instances of the service, so that one toxiproxy proxy
 * (which has a single upstream) can reach all of them. Like nginx's `proxy_next_upstream error`,
 * a connection that an instance refuses is passed to the next instance: after a process-kill the
 * survivors take the traffic, while requests in flight on the killed instance fail. That passive
 * failover is what a process-kill experiment's recovery measures.
 */
import { connect, createServer, type Socket } from "node:net";

export interface Upstream {
  host: string;
  port: number;
}

export interface Balancer {
  host: string;
  port: number;
  close(): Promise<void>;
}

export async function startBalancer(upstreams: Upstream[]): Promise<Balancer> {
  const sockets = new Set<Socket>();
  let next = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => undefined);
    client.pause();
    const first = next;
    next = (next + 1) % upstreams.length;
    const attempt = (tries: number) => {
      if (tries >= upstreams.length) {
        resetConnection(client);
        return;
      }
      const target = upstreams[(first + tries) % upstreams.length]!;
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
        // The instance died mid-connection: the client must see it as a reset, not a clean end.
        resetConnection(client);
      });
      client.on("close", () => upstream.destroy());
    };
    attempt(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("balancer: no address");
  return {
    host: "127.0.0.1",
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Ends a connection with a reset (RST), so the client sees a failure rather than a clean end. Once our side
 * has begun to end it (the pipe ended it, or the client's FIN made Node end it), Node 20's resetAndDestroy()
 * fails with EINVAL and leaks the socket's handle, which then spins the event loop at 100 % CPU forever:
 * the answer is complete by then, and a plain destroy is what is left to do.
 */
export function resetConnection(socket: Socket): void {
  if (socket.destroyed) return;
  if (socket.writableEnded) socket.destroy();
  else socket.resetAndDestroy();
}
