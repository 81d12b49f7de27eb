export { slackBody, webhookBody } from "./bodies.ts";
export { detail, headline, type NoticeEvent, type PromotionNotice } from "./notice.ts";
export { type NotificationTarget, Notifier, type NotifierOptions, type NotifyOutcome } from "./notifier.ts";
export { notifierSink } from "./sink.ts";
