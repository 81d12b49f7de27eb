import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);

// src/core/gate-result.ts
var EXIT_FOR = { success: 0, skipped: 0, failure: 1, error: 2 };
function gateResult(fields) {
  return {
    schema: "terrafusion/gate-result@1",
    findings: [],
    thresholds: {},
    metrics: {},
    summary: "",
    ...fields
  };
}

export {
  EXIT_FOR,
  gateResult
};
