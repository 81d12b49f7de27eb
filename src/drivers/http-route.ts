import { ToolError } from "../errors.ts";
import { type TrafficSplit, weightsOf } from "../router/split.ts";
import { COLORS, type Color, isColor, otherColor } from "./types.ts";

/** What this driver reads of a Gateway API HTTPRoute (gateway.networking.k8s.io/v1). */
export interface HttpRoute {
  metadata?: { annotations?: Record<string, string> };
  spec?: { rules?: { backendRefs?: BackendRef[] }[] };
}

interface BackendRef {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  /** Relative, 0 to 1,000,000; 1 when absent (Gateway API). */
  weight?: number;
}

/** The route and the Service each color's backendRef names. */
export interface RouteBackends {
  namespace: string;
  route: string;
  services: Record<Color, string>;
}

/** One JSON Patch (RFC 6902) operation. */
export type JsonPatchOp =
  | { op: "test"; path: string; value: unknown }
  | { op: "add"; path: string; value: unknown };

/**
 * The split this driver last wrote, kept on the route: weights alone cannot tell the active color once the
 * canary has half or more (70/30 could be a canary at 70 %), nor at 100/0 (a canary at 100 %).
 */
export const SPLIT_ANNOTATION = "terrafusion/split";
const SPLIT_TEXT = /^active=(blue|green) weight=(\d{1,3})$/;

/** Where each color's backendRef sits in a rule that sends to the colors, and its weight. */
interface WeighedRule {
  rule: number;
  refs: Record<Color, { index: number; weight: number }>;
}

/**
 * The rules whose backendRefs name the colors' Services. Each must name both, once, and nothing else: the
 * weights are then the colors' shares of that rule's requests.
 */
export function weighedRules(route: HttpRoute, where: RouteBackends): WeighedRule[] {
  const name = `HTTPRoute ${where.namespace}/${where.route}`;
  const colorOf = (ref: BackendRef): Color | undefined =>
    (ref.group ?? "") === "" &&
    (ref.kind ?? "Service") === "Service" &&
    (ref.namespace ?? where.namespace) === where.namespace
      ? COLORS.find((color) => where.services[color] === ref.name)
      : undefined;
  const rules: WeighedRule[] = [];
  (route.spec?.rules ?? []).forEach((rule, index) => {
    const refs = rule.backendRefs ?? [];
    const colors = refs.map(colorOf);
    if (colors.every((color) => color === undefined)) return;
    const found: Partial<WeighedRule["refs"]> = {};
    refs.forEach((ref, at) => {
      const color = colors[at];
      const what = `rule ${index + 1} of ${name}`;
      if (color === undefined)
        throw new ToolError(
          "kubernetes",
          `${what} also sends to ${ref.kind ?? "Service"} ${ref.name}; a rule the driver weighs names only ${where.services.blue} and ${where.services.green}`,
        );
      if (found[color])
        throw new ToolError("kubernetes", `${what} names ${where.services[color]} twice; name it once`);
      found[color] = { index: at, weight: ref.weight ?? 1 };
    });
    for (const color of COLORS)
      if (!found[color])
        throw new ToolError(
          "kubernetes",
          `rule ${index + 1} of ${name} sends to ${where.services[otherColor(color)]} but not ${where.services[color]}; add a backendRef to ${where.services[color]} (weight: 0)`,
        );
    rules.push({ rule: index, refs: found as WeighedRule["refs"] });
  });
  if (rules.length === 0)
    throw new ToolError(
      "kubernetes",
      `${name} has no rule with backendRefs to ${where.services.blue} and ${where.services.green}; add them to the rule that serves the app`,
    );
  return rules;
}

/** The percent of new requests each color receives (the route's weights are relative; they sum to 100 here). */
export function routeWeights(route: HttpRoute, where: RouteBackends): Record<Color, number> {
  const shares = weighedRules(route, where).map(({ rule, refs }) => {
    const total = refs.blue.weight + refs.green.weight;
    if (total === 0)
      throw new ToolError(
        "kubernetes",
        `rule ${rule + 1} of HTTPRoute ${where.namespace}/${where.route} gives both colors weight 0; switch to one with terrafusion rollback`,
      );
    const blue = Math.round((refs.blue.weight * 100) / total);
    return { blue, green: 100 - blue };
  });
  const first = shares[0]!;
  const other = shares.find((share) => share.blue !== first.blue);
  if (other)
    throw new ToolError(
      "kubernetes",
      `the rules of HTTPRoute ${where.namespace}/${where.route} split differently (blue ${first.blue} % and ${other.blue} %); switch once to set them alike`,
    );
  return first;
}

/**
 * The split in effect: the one the annotation records while the weights still match it; else (a route written
 * by hand) the color with the larger share is the active one.
 */
export function routeSplit(route: HttpRoute, where: RouteBackends): TrafficSplit {
  const weights = routeWeights(route, where);
  const marked = SPLIT_TEXT.exec(route.metadata?.annotations?.[SPLIT_ANNOTATION] ?? "");
  const active = marked?.[1];
  const weight = Number(marked?.[2]);
  if (isColor(active) && weight <= 100 && weightsOf({ active, weight }).blue === weights.blue)
    return { active, weight };
  if (weights.blue === weights.green)
    throw new ToolError(
      "kubernetes",
      `HTTPRoute ${where.namespace}/${where.route} sends half the requests to each color and does not say which is active; switch to one with terrafusion promote or rollback`,
    );
  const larger: Color = weights.blue > weights.green ? "blue" : "green";
  return { active: larger, weight: weights[otherColor(larger)] };
}

/**
 * A JSON Patch that sets every weighed rule's weights to `split` and records it in the annotation. Each weight
 * is preceded by a test of the backendRef's name: if the route changed since it was read, the API server
 * refuses the whole patch instead of weighing another backend.
 */
export function weightPatch(route: HttpRoute, where: RouteBackends, split: TrafficSplit): JsonPatchOp[] {
  const weights = weightsOf(split);
  const ops: JsonPatchOp[] = [];
  for (const { rule, refs } of weighedRules(route, where))
    for (const color of COLORS) {
      const path = `/spec/rules/${rule}/backendRefs/${refs[color].index}`;
      ops.push({ op: "test", path: `${path}/name`, value: where.services[color] });
      ops.push({ op: "add", path: `${path}/weight`, value: weights[color] });
    }
  const text = `active=${split.active} weight=${split.weight}`;
  ops.push(
    route.metadata?.annotations
      ? { op: "add", path: `/metadata/annotations/${pointerToken(SPLIT_ANNOTATION)}`, value: text }
      : { op: "add", path: "/metadata/annotations", value: { [SPLIT_ANNOTATION]: text } },
  );
  return ops;
}

/** A JSON Pointer reference token (RFC 6901): ~ and / escaped. */
function pointerToken(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
