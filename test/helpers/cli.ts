import { spawn } from "node:child_process";
import { resolve } from "node:path";
import type { Io } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";

/** Runs a CLI command in-process and captures what it prints. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    out: (text) => {
      stdout += text.endsWith("\n") ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith("\n") ? text : `${text}\n`;
    },
    interactive: false,
    env: { ...env },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/**
 * Runs the CLI as a child process (through tsx), for tests that interrupt it mid-run: a signal must
 * reach a real process for its cleanup to be seen.
 */
export function spawnCli(argv: string[]) {
  const root = resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--import", "tsx", resolve(root, "src/cli/bin.ts"), ...argv], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    get stderr() {
      return stderr;
    },
    /** Resolves once the CLI has printed `text` to stderr. */
    until: (text: string) =>
      new Promise<void>((done) => {
        if (stderr.includes(text)) return done();
        const check = () => {
          if (!stderr.includes(text)) return;
          child.stderr!.off("data", check);
          done();
        };
        child.stderr!.on("data", check);
      }),
    /** Sends SIGINT and resolves with the exit code. */
    interrupt: () => {
      child.kill("SIGINT");
      return new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    },
  };
}
