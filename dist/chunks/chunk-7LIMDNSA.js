import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-GETDY42E.js";
import {
  coverageGate
} from "./chunk-T3HMNDHY.js";
import {
  loadGate
} from "./chunk-OW5FFSAB.js";
import {
  staticAnalysisGate
} from "./chunk-XMHBNRQN.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
