// node --import tsx bench/byte-relay.ts PORT UPSTREAM_PORT — the floor under bench/router.ts: a TCP relay in Node that passes
// bytes both ways, one upstream connection per client connection, without reading HTTP at all. No proxy written
// in Node can add less latency or spend less CPU per request on this machine; the router's figures are read
// against it. Not a proxy to use: no routing, no health, no headers. (tsx only loads it: nothing of the
// transpiler is on its path, unlike a router run from the sources.)
import net from "node:net";

const [port, upstreamPort] = process.argv.slice(2).map(Number);
if (!port || !upstreamPort) {
  console.error(
    "usage: node --import tsx bench/byte-relay.ts PORT UPSTREAM_PORT (started by bench/router.ts)",
  );
  process.exit(2);
}
net
  .createServer({ noDelay: true }, (client) => {
    const upstream = net.connect({ port: upstreamPort, host: "127.0.0.1", noDelay: true });
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  })
  .listen(port, "127.0.0.1", () => console.log(`byte relay listening on 127.0.0.1:${port}`));
