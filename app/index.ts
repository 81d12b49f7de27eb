import type { ApplicationFunction } from "probot";
import type { Feature } from "./feature.ts";
import { gatesFeature } from "./gates/feature.ts";
import { promotionFeature } from "./promotion/feature.ts";
import { reviewFeature } from "./review/feature.ts";

/** Every part of the app; a new part adds one import and one entry here. */
export const FEATURES: Feature[] = [reviewFeature, gatesFeature, promotionFeature];

/** The Probot app function: it only routes events to the features. */
const terrafusionApp: ApplicationFunction = (app) => {
  for (const feature of FEATURES) feature.register(app);
};

export default terrafusionApp;
