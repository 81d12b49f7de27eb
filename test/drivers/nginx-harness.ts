import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa, type ResultPromise } from "execa";
import { NginxDriver, type NginxDriverOptions } from "../../src/drivers/nginx.ts";
import { freeLoopbackPorts } from "../../src/net/free-port.ts";

/**
 * A real nginx master (not daemonised) on a free 127.0.0.1 port, everything in a temporary folder; two
 * workers unless said (the bench compares one worker with the one router process).
 */
export async function startNginx(
  blue: string[],
  green: string[],
  { workers = 2 }: { workers?: number } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "tf-nginx-"));
  mkdirSync(join(dir, "tmp"));
  const port = await freeLoopbackPorts();
  const config = join(dir, "nginx.conf");
  const upstreamFile = join(dir, "upstream.conf");
  writeFileSync(upstreamFile, NginxDriver.upstreamText("blue", blue));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((name) => `${name}_temp_path ${join(dir, "tmp", name)};`)
    .join("\n    ");
  writeFileSync(
    config,
    `daemon off;
worker_processes ${workers};
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} notice;
events { worker_connections 1024; }
http {
    access_log off;
    ${temp}
    upstream app {
        include ${upstreamFile};
        keepalive 32;
    }
    # Load tools reuse a connection for every request; nginx would close it after 1000 by default.
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:${port};
        location / {
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
`,
  );
  const options: NginxDriverOptions = {
    upstreamFile,
    blue,
    green,
    config,
    prefix: dir,
    pidFile: join(dir, "nginx.pid"),
  };
  const child: ResultPromise = execa("nginx", ["-p", dir, "-e", join(dir, "error.log"), "-c", config], {
    reject: false,
  });
  // Ready once it accepts connections.
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`nginx did not start (see ${dir}/error.log)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url: `http://127.0.0.1:${port}`,
    options,
    dir,
    async stop() {
      child.kill("SIGTERM");
      await child;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
