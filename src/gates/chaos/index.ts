export { chaosGate } from "./gate.ts";
