import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-PA47LSVQ.js";
import {
  coverageGate
} from "./chunk-Q2L4GD5B.js";
import {
  loadGate
} from "./chunk-OW5FFSAB.js";
import {
  staticAnalysisGate
} from "./chunk-6UPVPS3I.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
