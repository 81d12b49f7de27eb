#!/usr/bin/env node
// The CLI, bundled by `npm run build` into dist/cli.js (committed, so a fresh clone runs without a build).
import "../dist/cli.js";
