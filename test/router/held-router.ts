import { once } from "node:events";
import { runCli } from "../../src/cli/main.ts";

// `terrafusion router ARGS` in a process that loads the CLI first and starts the router only when a line
// arrives on stdin: a restart whose start is the router's own (state file, ports), not tsx compiling the CLI.
process.stderr.write("held: loaded\n");
await once(process.stdin, "data");
process.exit(await runCli(process.argv.slice(2)));
