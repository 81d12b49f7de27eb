/**
 * Parsers for gate flags, checked while the command line is read: a bad value is a usage error at once,
 * whether or not the policy enables the gate, and never becomes NaN further down.
 */
import { UsageError } from "../errors.ts";
import { parseDuration } from "../policy/schema/primitives.ts";

export function durationFlag(flag: string, example: string) {
  return (value: string): string => {
    if (parseDuration(value) === undefined)
      throw new UsageError(
        `${flag} ${JSON.stringify(value)}: expected a duration such as ${example}, 500ms or 1m (a number and ms, s, m or h, no space)`,
      );
    return value;
  };
}

export function wholeNumberFlag(flag: string, min: number, max: number) {
  return (value: string): number => {
    const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max)
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
    return number;
  };
}

export function dayFlag(flag: string) {
  return (value: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a day as YYYY-MM-DD, e.g. 2025-01-31`);
    return value;
  };
}
