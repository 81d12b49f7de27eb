import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-CD7IJUMF.js";
import {
  coverageGate
} from "./chunk-WYJEYUZ3.js";
import {
  loadGate
} from "./chunk-LUR22FC4.js";
import {
  staticAnalysisGate
} from "./chunk-R6NYKMBM.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
