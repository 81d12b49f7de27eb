import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-6PIXUVWK.js";
import {
  coverageGate
} from "./chunk-J3UZI3MK.js";
import {
  loadGate
} from "./chunk-NFYEEKIF.js";
import {
  staticAnalysisGate
} from "./chunk-ZQSHDHNY.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
