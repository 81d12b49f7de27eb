// Starts the shop: VERSION (v1, v2, v3), PORT (0 picks a free one), HOST.
import { createShop } from "./app.js";

const version = process.env.VERSION ?? "v2";
const host = process.env.HOST ?? "127.0.0.1";
const server = createShop({ version });
server.listen(Number(process.env.PORT ?? 3000), host, () => {
  console.log(`shop ${version} listening on http://${host}:${server.address().port}`);
});
// Stop taking requests, let idle keep-alive connections go, and exit once in-flight ones finish.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
