import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-SAVPXN7S.js";
import {
  coverageGate
} from "./chunk-UDK3OXSE.js";
import {
  loadGate
} from "./chunk-R27GMXNC.js";
import {
  staticAnalysisGate
} from "./chunk-MKWKCW2W.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
