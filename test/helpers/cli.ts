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
