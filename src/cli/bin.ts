import { runCli } from "./main.ts";

// Exit as soon as the command is done: a tool's stray handle (a socket still closing, a timer) must
// not keep a finished gate, and the CI job waiting on it, alive. Output on Linux pipes and files is
// written synchronously, so nothing printed is lost. Long-running commands (router) return only
// when they are stopped.
process.exit(await runCli(process.argv.slice(2)));
