/** Parsers for the CLI's shared flags: a bad value is one usage error while the command line is read. */
import { statSync } from "node:fs";
import { Option } from "commander";
import { UsageError } from "../errors.ts";
import { upstreamProblem } from "../router/upstream.ts";

/** `--cwd <dir>`: must be an existing folder, or every later message would be about the wrong thing. */
export function cwdOption(description = "the repository root"): Option {
  return new Option("--cwd <dir>", description).default(".").argParser(existingFolder("--cwd"));
}

export function existingFolder(flag: string) {
  return (value: string): string => {
    const stat = statSync(value, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${flag} ${value}: no such folder (give an existing folder)`);
    if (!stat.isDirectory())
      throw new UsageError(
        `${flag} ${value}: not a folder (give the folder that holds the file, not the file)`,
      );
    return value;
  };
}

export function portFlag(flag: string) {
  return (value: string): string => {
    const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(port) || port > 65535)
      throw new UsageError(
        `${flag} ${JSON.stringify(value)}: expected a port number from 0 to 65535 (0 picks a free one)`,
      );
    return value;
  };
}

export function colorFlag(flag: string) {
  return (value: string): "blue" | "green" => {
    if (value !== "blue" && value !== "green")
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected blue or green`);
    return value;
  };
}

/** Comma-separated HOST:PORT (or http://HOST:PORT) upstreams; at least one. */
export function upstreamsFlag(flag: string) {
  return (value: string): string[] => {
    const addresses = value
      .split(",")
      .map((address) => address.trim())
      .filter(Boolean);
    if (addresses.length === 0)
      throw new UsageError(
        `${flag} ${JSON.stringify(value)}: give at least one upstream, e.g. 127.0.0.1:8081`,
      );
    // The same check as the admin API's PUT /colors: what one accepts, the other does.
    for (const address of addresses) {
      const problem = upstreamProblem(address);
      if (problem) throw new UsageError(`${flag}: ${problem}, comma-separated`);
    }
    return addresses;
  };
}
