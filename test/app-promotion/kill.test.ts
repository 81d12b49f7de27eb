import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import nock from "nock";
import { Probot } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { defaultDeps, registerPromotion } from "../../app/promotion/feature.ts";
import { AppPromotions as PromotionService } from "../../app/promotion/service.ts";
import { reconcileInstallations } from "../../app/promotion/startup.ts";
import { terrafusionOctokit } from "../../src/github/octokit.ts";
import { parseDescription } from "../../src/promotion/describe.ts";
import type { Router } from "../../src/router/index.ts";
import { blueGreenRouter, type colorServer, pacedTraffic } from "../router/traffic.ts";
import { FakeGitHub, policyYaml } from "./fake-github.ts";

const TOKEN = "router-admin-token";
const SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
const env = {
  ...process.env,
  TERRAFUSION_TEST_ROUTER_TOKEN: TOKEN,
  TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*",
};
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

describe("kill -9 of the app during post-promotion analysis", () => {
  let router: Router;
  const upstreams: Awaited<ReturnType<typeof colorServer>>[] = [];
  afterEach(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await router?.close();
    await Promise.all(upstreams.splice(0).map((u) => u.close()));
  });

  for (const faulty of [false, true])
    it(`is reconciled on restart: ${faulty ? "a faulty version is rolled back" : "a good version finishes"}, and traffic never moved without a record`, async () => {
      const started = await blueGreenRouter(TOKEN, { green: faulty ? { errorRate: 0.5 } : {} });
      router = started.router;
      upstreams.push(...started.upstreams);
      const file = join(mkdtempSync(join(tmpdir(), "tf-kill-")), "github.json");
      const github = new FakeGitHub(
        policyYaml(
          router.adminUrl,
          "{ interval: 500ms, failure-limit: 2, duration: 3s, slo: { error-rate: 0.05 } }",
        ),
        file,
      );
      github.addDeployment(901, SHA, "production", "Codertocat", { version: "v2" });
      const traffic = pacedTraffic(router.url, { rate: 100 });

      const child = execa(
        "node",
        ["--import", "tsx", join(import.meta.dirname, "child-app.ts"), file, "901", SHA],
        {
          env: { TERRAFUSION_TEST_ROUTER_TOKEN: TOKEN, TERRAFUSION_APP_ROUTER_URLS: "http://127.0.0.1:*" },
          reject: false,
        },
      );
      // Wait until the child has switched and recorded post-promotion analysis, then kill it without warning.
      const deadline = Date.now() + 20_000;
      let recorded: ReturnType<typeof parseDescription>;
      do {
        await new Promise((resolve) => setTimeout(resolve, 50));
        try {
          recorded = parseDescription(FakeGitHub.load(file).statusesOf(901).at(-1)?.description ?? "");
        } catch {
          recorded = undefined;
        }
      } while (recorded?.phase !== "post-analysis" && Date.now() < deadline && child.exitCode === null);
      child.kill("SIGKILL");
      const ended = await child;
      expect(ended.signal).toBe("SIGKILL");
      expect(recorded?.phase).toBe("post-analysis");
      // Traffic was switched, and GitHub says so.
      expect(router.activeColor).toBe("green");

      // The restarted app reads GitHub and the driver, and finishes the job.
      const restarted = FakeGitHub.load(file);
      restarted.install();
      // The restarted app server checks every repository of its installations before any webhook arrives.
      const probot = new Probot({
        appId: 1,
        privateKey,
        Octokit: terrafusionOctokit({ retryAfterBaseMs: 1, writeSpacingMs: 0, notificationSpacingMs: 0 }),
        logLevel: "fatal",
      });
      const service = registerPromotion(probot, new PromotionService(defaultDeps(env)));
      const logged: string[] = [];
      const log = {
        info: (m: string) => logged.push(m),
        warn: (m: string) => logged.push(m),
        error: (m: string) => logged.push(m),
      };
      expect(await reconcileInstallations(probot, service, log), logged.join("\n")).toEqual({
        repositories: 1,
        resumed: 1,
        failed: 0,
      });
      await service.settled();
      await traffic.stop();

      const last = restarted.statusesOf(901).at(-1)!;
      if (faulty) {
        expect(last.state).toBe("failure");
        expect(last.description).toMatch(/^Rolled back to blue \(blue → green\): errors/);
        expect(router.activeColor).toBe("blue");
        expect(restarted.state.issues[0]!.body).toMatch(/\*\*post-analysis\*\*: Live on green/);
      } else {
        expect(last.state).toBe("success");
        expect(router.activeColor).toBe("green");
      }
      expect(restarted.unknownRoutes).toEqual([]);
      // Nothing is left in progress: a second start finds nothing to take over.
      expect(await reconcileInstallations(probot, new PromotionService(defaultDeps(env)), log)).toEqual({
        repositories: 1,
        resumed: 0,
        failed: 0,
      });
    });
});
