export { loadGate } from "./gate.ts";
