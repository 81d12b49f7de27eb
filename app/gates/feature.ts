import type { Feature } from "../feature.ts";

export const gatesFeature: Feature = {
  name: "gates",
  register() {},
};
