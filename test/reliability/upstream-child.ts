// A real upstream process, so that a test can kill -9 it: the kernel then refuses new connections to its port
// and resets the ones it had, exactly what a crashed service does. Answers after DELAY_MS so requests are in
// flight when it dies; prints its port on stdout once listening.
import http from "node:http";

const [color = "blue", port = "0", delayMs = "20"] = process.argv.slice(2);

const server = http.createServer((request, response) => {
  if (request.url === "/healthz") {
    response.writeHead(200, { "x-color": color }).end("ok");
    return;
  }
  request.resume();
  request.on("end", () =>
    setTimeout(() => {
      response.writeHead(200, {
        "content-type": "text/plain",
        "x-color": color,
        "x-pid": String(process.pid),
      });
      response.end(`${color}\n`);
    }, Number(delayMs)),
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => {
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
