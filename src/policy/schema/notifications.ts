import { z } from "zod";

/**
 * Where an environment's promotions are announced, like Flagger's alerts. The policy names an environment
 * variable, never the URL: an incoming-webhook URL is a secret (whoever has it can post), so it lives in
 * the operator's environment only, and a policy can name only variables meant for this
 * (TERRAFUSION_…WEBHOOK_URL), never another secret of the process.
 */
export const NOTIFICATION_EVENTS = ["started", "step", "succeeded", "rolled-back", "failed"] as const;

const urlEnv = z
  .string()
  .regex(/^TERRAFUSION_[A-Z0-9_]*WEBHOOK_URL$/, {
    error:
      "expected a variable named TERRAFUSION_…WEBHOOK_URL (e.g. TERRAFUSION_SLACK_WEBHOOK_URL); other variables are never read for notifications",
  })
  .meta({ description: "Environment variable of the operator's that holds the webhook URL (a secret)." });

const target = z.strictObject({ "url-env": urlEnv });

const KINDS = ["slack", "webhook"] as const;

export const notification = z
  .strictObject({
    slack: target.optional().meta({ description: "A Slack-compatible incoming webhook (text and blocks)." }),
    webhook: target.optional().meta({ description: "A generic JSON webhook: the event as JSON." }),
    events: z
      .array(z.enum(NOTIFICATION_EVENTS))
      .min(1)
      .optional()
      .meta({ description: `Which events to send (default all: ${NOTIFICATION_EVENTS.join(", ")}).` }),
  })
  .superRefine((value, ctx) => {
    const named = KINDS.filter((kind) => value[kind] !== undefined);
    if (named.length !== 1)
      ctx.addIssue({
        code: "custom",
        message:
          named.length === 0
            ? "a notification names one kind: slack or webhook"
            : "a notification names one kind, not slack and webhook: write two entries",
      });
  });

export const notifications = z.array(notification).meta({
  description:
    "Announcements of promotions: started, each step, succeeded, rolled back, failed (aborted before the switch, or stopped by an error).",
});

export type PolicyNotification = z.output<typeof notification>;
