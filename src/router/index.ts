export { quantile, type WindowFigures, windowFigures } from "./histogram.ts";
export { Router, type RouterOptions, type SwitchRecord, startRouter } from "./router.ts";
