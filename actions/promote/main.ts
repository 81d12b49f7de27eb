import { actionGitHub } from "../../app/promotion/action-github.ts";
import { runPromoteAction } from "../../src/promotion/action.ts";

process.exit(await runPromoteAction(process.env, actionGitHub));
