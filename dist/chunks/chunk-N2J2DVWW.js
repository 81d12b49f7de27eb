import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  UsageError
} from "./chunk-64HVLF7C.js";

// src/actions/inputs.ts
function input(name, env = process.env) {
  const upper = name.toUpperCase();
  const value = env[`INPUT_${upper.replace(/ /g, "_")}`] ?? env[`INPUT_${upper.replace(/[- ]/g, "_")}`];
  const trimmed = value?.trim();
  return trimmed ? trimmed : void 0;
}
function numberInput(name, env = process.env) {
  const value = input(name, env);
  if (value === void 0) return void 0;
  const number = Number(value);
  if (!Number.isFinite(number))
    throw new UsageError(`input ${name}: expected a number, got ${JSON.stringify(value)}`);
  return number;
}

export {
  input,
  numberInput
};
