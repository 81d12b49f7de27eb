import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  chaosGate
} from "./chunk-PCWOI22D.js";
import {
  coverageGate
} from "./chunk-RMWWQP6U.js";
import {
  loadGate
} from "./chunk-7Y6775DH.js";
import {
  staticAnalysisGate
} from "./chunk-RX74OZVW.js";

// src/gates/registry.ts
var GATES = [staticAnalysisGate, coverageGate, loadGate, chaosGate];

export {
  GATES
};
