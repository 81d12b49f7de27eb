import { parse } from "yaml";
import { createDriver, type EnvironmentPolicy } from "../../src/drivers/index.ts";
import type { TrafficDriver } from "../../src/drivers/types.ts";
import { DriverMeasurer } from "../../src/metrics/driver-measurer.ts";
import { policyMetricSource } from "../../src/metrics/metric-source.ts";
import { type Policy, policySchema } from "../../src/policy/schema/index.ts";
import { MemoryDeploymentRecord } from "../../src/promotion/memory-record.ts";
import {
  type PromotionRequest,
  PromotionService,
  type PromotionServicePorts,
} from "../../src/promotion/service.ts";

export interface InMemoryPromotion {
  /** The policy, as YAML text or parsed. */
  policy: string | Policy;
  environment: string;
  version: string;
  /** The deployment's SHA (default: the version). */
  sha?: string;
  promoter?: string;
  /** The variables the policy's driver reads (its token). */
  env: Record<string, string>;
  /** More service ports (notices); the driver's measurer and the policy's metrics are given. */
  ports?: Partial<PromotionServicePorts>;
  /** Wraps the policy's driver (to time or break its calls). */
  wrapDriver?: (driver: TrafficDriver) => TrafficDriver;
  onStatus?: PromotionRequest["onStatus"];
}

/**
 * Starts a promotion the way `terrafusion promote` does: the policy's driver, the promotion service with the
 * driver's measurer and the policy's metrics, statuses in a memory record. Resolves once it has started.
 */
export async function startInMemory(options: InMemoryPromotion) {
  const policy =
    typeof options.policy === "string" ? policySchema.parse(parse(options.policy)) : options.policy;
  const env = policy.deploy!.environments[options.environment] as EnvironmentPolicy;
  const created = createDriver(env.driver, options.env);
  const driver = options.wrapDriver ? options.wrapDriver(created) : created;
  const record = new MemoryDeploymentRecord();
  const promoter = options.promoter ?? "alice";
  const deployment = await record.createDeployment({
    sha: options.sha ?? options.version,
    environment: options.environment,
    description: "test",
    payload: { promoter, version: options.version },
  });
  const service = new PromotionService({
    measurerFor: (d) => new DriverMeasurer(d),
    metrics: policyMetricSource,
    ...options.ports,
  });
  const { done } = await service.start({
    record,
    policy,
    deployment,
    promoter,
    driver,
    retry: "",
    ...(options.onStatus ? { onStatus: options.onStatus } : {}),
  });
  return { done, record, deployment, service, driver };
}

/** Runs a promotion to its end (see startInMemory): its final state and the statuses it recorded. */
export async function promoteInMemory(options: InMemoryPromotion) {
  const { done, record, deployment } = await startInMemory(options);
  const state = await done;
  return { state, statuses: record.statuses.get(deployment.id) ?? [] };
}
