import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context, Probot } from "probot";

export interface Repo {
  owner: string;
  repo: string;
}

/**
 * Registers a handler that never lets an exception escape: a failure is logged with the
 * delivery id and the event is acknowledged, so GitHub does not redeliver into the same bug.
 */
export function handle<E extends EmitterWebhookEventName>(
  app: Probot,
  events: E | E[],
  name: string,
  handler: (context: Context<E>) => Promise<void>,
): void {
  app.on(events, async (context) => {
    try {
      await handler(context as Context<E>);
    } catch (error) {
      context.log.error(
        { err: error, delivery: context.id, event: context.name, handler: name },
        `${name}: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  });
}

export function repoOf(payload: { repository?: { owner: { login: string }; name: string } }): Repo {
  if (!payload.repository) throw new Error("the event has no repository");
  return { owner: payload.repository.owner.login, repo: payload.repository.name };
}
