import type { NoticeSink } from "../promotion/notices.ts";
import { Notifier, type NotifierOptions } from "./notifier.ts";

/**
 * The promotion service's notice sink: a notifier per entry of the environment's `notifications`, its
 * webhook URL read from `env` (the operator's environment: the CLI's, the action's, the app server's). A
 * variable that is unset is logged through `options.warn` and skipped; so is a notice never delivered.
 */
export function notifierSink(env: NodeJS.ProcessEnv, options: NotifierOptions = {}): NoticeSink {
  return (environment) =>
    (environment.notifications ?? []).map((notification) =>
      Notifier.fromPolicy([notification], env, options),
    );
}
