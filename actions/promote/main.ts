import { runPromoteAction } from "../../src/actions/promote.ts";

process.exit(await runPromoteAction(process.env));
