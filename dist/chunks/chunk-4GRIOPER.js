import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-KHMD4NM7.js";
import {
  coverageGate
} from "./chunk-OFJI5SSP.js";
import {
  loadGate
} from "./chunk-VI7H6FIQ.js";
import {
  staticAnalysisGate
} from "./chunk-MYOXJFHF.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
