import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ReadPolicySource } from "../review/lint.ts";

/** Reads the policy files a load named, relative to the repository root `cwd`; throws when one cannot be read. */
export function policySource(cwd: string): ReadPolicySource {
  return (file) => readFileSync(resolve(cwd, file));
}
