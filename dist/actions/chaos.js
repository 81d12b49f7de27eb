import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "../chunks/chunk-5LUX7CIT.js";
import "../chunks/chunk-EBAM3KZW.js";
import {
  input,
  runGateAction
} from "../chunks/chunk-Z5NOGEDO.js";
import "../chunks/chunk-C643MZ6X.js";
import "../chunks/chunk-WKINPCKS.js";
import "../chunks/chunk-EKZYEJIX.js";
import "../chunks/chunk-53OXJW6S.js";

// actions/chaos/main.ts
process.exitCode = await runGateAction(chaosGate, process.env, {
  options: (env) => ({ toxiproxy: input("toxiproxy", env), duration: input("duration", env) })
});
