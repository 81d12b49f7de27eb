import type { Feature } from "../feature.ts";

export const reviewFeature: Feature = {
  name: "review",
  register() {},
};
