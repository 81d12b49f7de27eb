#!/usr/bin/env node
// The GitHub App server (`npx terrafusion-app` from an installed package, `npm run app` in a clone),
// bundled by `npm run build` into dist/app.js.
import "../dist/app.js";
