import { UsageError } from "../errors.ts";

/**
 * Reads an action input as GitHub passes it (INPUT_NAME). Composite actions forward inputs through
 * `env:`, where we name them INPUT_SNAKE_CASE; both spellings are accepted.
 */
export function input(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const upper = name.toUpperCase();
  const value = env[`INPUT_${upper.replace(/ /g, "_")}`] ?? env[`INPUT_${upper.replace(/[- ]/g, "_")}`];
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function numberInput(name: string, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = input(name, env);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number))
    throw new UsageError(`input ${name}: expected a number, got ${JSON.stringify(value)}`);
  return number;
}
