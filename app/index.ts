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

/**
 * The app as `npm run app` serves it: the same routing, then each feature's work at start (promotions that a
 * previous process left in progress are finished or rolled back). A failure there is logged; the server runs on.
 */
export const terrafusionServer: ApplicationFunction = (app, options) => {
  terrafusionApp(app, options);
  for (const feature of FEATURES)
    feature
      .start?.(app)
      .catch((error: unknown) =>
        app.log.error(
          `${feature.name}: start failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
};

export default terrafusionApp;
