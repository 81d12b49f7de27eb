import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-RANQIBRH.js";
import {
  coverageGate
} from "./chunk-MXXGTP2A.js";
import {
  loadGate
} from "./chunk-SS3GJGAO.js";
import {
  staticAnalysisGate
} from "./chunk-JRDUF2KO.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
