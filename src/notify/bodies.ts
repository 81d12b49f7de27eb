import { detail, headline, type PromotionNotice } from "./notice.ts";

/** Webhook bodies are small; a reason longer than this is cut (Slack also caps a section at 3,000 characters). */
const MAX_TEXT = 2_500;

const EMOJI: Record<PromotionNotice["event"], string> = {
  started: ":rocket:",
  step: ":arrow_forward:",
  succeeded: ":white_check_mark:",
  "rolled-back": ":rotating_light:",
  failed: ":x:",
};

/**
 * Slack's three control characters, so that a reason quoting a pull request's title cannot mention
 * @channel (`<!channel>`) or disguise a link (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** A Slack-compatible incoming-webhook body: `text` for notifications and clients without blocks, and one section. */
export function slackBody(notice: PromotionNotice): Record<string, unknown> {
  const title = escapeSlack(headline(notice));
  const more = detail(notice);
  const link = notice.url ? `\n<${escapeSlack(notice.url)}|details>` : "";
  const text = cut(`${EMOJI[notice.event]} *${title}*${more ? `\n${escapeSlack(more)}` : ""}${link}`);
  return {
    text: cut(`${title}${more ? ` — ${escapeSlack(more)}` : ""}`),
    blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
  };
}

/** The generic JSON body: the notice itself, with its format's version, a readable summary and an ISO time. */
export function webhookBody(notice: PromotionNotice): Record<string, unknown> {
  const more = detail(notice);
  return {
    "notice-format": 1,
    ...notice,
    reason: notice.reason === undefined ? undefined : cut(notice.reason),
    at: new Date(notice.at).toISOString(),
    summary: cut(`${headline(notice)}${more ? ` — ${more}` : ""}`),
  };
}
