import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  UsageError,
  parseDuration
} from "./chunk-64HVLF7C.js";

// src/gates/flag-values.ts
function durationFlag(flag, example) {
  return (value) => {
    if (parseDuration(value) === void 0)
      throw new UsageError(
        `${flag} ${JSON.stringify(value)}: expected a duration such as ${example}, 500ms or 1m (a number and ms, s, m or h, no space)`
      );
    return value;
  };
}
function wholeNumberFlag(flag, min, max) {
  return (value) => {
    const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max)
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
    return number;
  };
}
function dayFlag(flag) {
  return (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new UsageError(`${flag} ${JSON.stringify(value)}: expected a day as YYYY-MM-DD, e.g. 2025-01-31`);
    return value;
  };
}

export {
  durationFlag,
  wholeNumberFlag,
  dayFlag
};
