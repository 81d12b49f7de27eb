import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-YGTU7G7G.js";
import {
  coverageGate
} from "./chunk-5TUGEGWQ.js";
import {
  loadGate
} from "./chunk-2RX6MZAT.js";
import {
  staticAnalysisGate
} from "./chunk-5MOZ75FU.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
