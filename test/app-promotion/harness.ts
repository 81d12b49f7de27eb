import examples from "@octokit/webhooks-examples";
import { Probot } from "probot";
import { defaultDeps, registerPromotion } from "../../app/promotion/feature.ts";
import { type PromotionDeps, AppPromotions as PromotionService } from "../../app/promotion/service.ts";
import { terrafusionOctokit } from "../../src/github/octokit.ts";

type Example = { name: string; examples: Record<string, unknown>[] };

/** A real payload from @octokit/webhooks-examples, deep-copied, changed only where the case needs it. */
// biome-ignore lint/suspicious/noExplicitAny: example payloads are edited freely by each case
type Payload = Record<string, any>;

export function example<T = Payload>(name: string, pick: (payload: Payload) => boolean = () => true): T {
  const found = (examples as unknown as Example[]).find((entry) => entry.name === name)?.examples.find(pick);
  if (!found) throw new Error(`no ${name} example`);
  return structuredClone(found) as T;
}

export function testApp(env: NodeJS.ProcessEnv, deps: Partial<PromotionDeps> = {}) {
  const probot = new Probot({
    githubToken: "test-token",
    Octokit: terrafusionOctokit({ retryAfterBaseMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 }),
    logLevel: (process.env.TF_TEST_LOG as "fatal") ?? "fatal",
  });
  const service = new PromotionService({ ...defaultDeps(env), ...deps });
  registerPromotion(probot, service);
  let delivery = 0;
  return {
    probot,
    service,
    receive: (name: string, payload: unknown, id = `delivery-${++delivery}`) =>
      probot.receive({ id, name, payload } as never),
  };
}

export function deploymentEvent(id: number, sha: string, creator = "Codertocat") {
  const payload = example("deployment");
  payload.deployment.id = id;
  payload.deployment.sha = sha;
  payload.deployment.environment = "production";
  payload.deployment.creator.login = creator;
  payload.deployment.payload = { version: "v2" };
  return payload;
}
