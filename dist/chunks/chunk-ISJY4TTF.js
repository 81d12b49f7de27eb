import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-KHMD4NM7.js";
import {
  coverageGate
} from "./chunk-XOF4ORKA.js";
import {
  loadGate
} from "./chunk-UL53ZK32.js";
import {
  staticAnalysisGate
} from "./chunk-UTZ5UCJU.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
