import { createColors } from "picocolors";

/** Where the CLI writes; tests pass their own to run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A person is watching: show progress and colour. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
    env: process.env,
  };
}

export function colors(io: Io) {
  return createColors(io.interactive && !io.env.NO_COLOR);
}

/** A progress reporter: "[gate] phase…" lines on stderr; quiet under --json unless on a terminal. */
export function progress(io: Io, label: string, quiet = false) {
  const c = colors(io);
  const started = Date.now();
  return (message: string) => {
    if (quiet && !io.interactive) return;
    const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
    io.err(`${c.dim(`${seconds}s`)} ${c.cyan(`[${label}]`)} ${message}`);
  };
}
