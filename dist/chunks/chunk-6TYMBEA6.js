import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-JX7HLXOR.js";
import {
  coverageGate
} from "./chunk-5MOUHJ6R.js";
import {
  loadGate
} from "./chunk-ONMZHF5R.js";
import {
  staticAnalysisGate
} from "./chunk-OB2H2OIL.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
