/**
 * A palantir/policy-bot policy (`.policy.yml`) as the `review` section of `.github/terrafusion.yml`:
 * the same rule names, policy-bot's defaults written out where TerraFusion's differ, and every
 * construct that does not carry over (or carries over with another meaning) reported where it is
 * written. Pure: text in, section and problems out.
 */
import { ConfigError, formatProblem, type PolicyProblem } from "../../errors.ts";
import { review as reviewSchema } from "../../policy/schema/review.ts";
import { parseYamlSource } from "../../policy/yaml-source.ts";
import { convertApproval } from "./approval.ts";
import { convertDisapproval } from "./disapproval.ts";
import { DEFAULT_METHODS } from "./options.ts";
import { Report } from "./report.ts";
import { convertRule } from "./rule.ts";
import { isMap, mapAt, otherKeys, type Plain } from "./values.ts";

export interface PolicyBotConversion {
  /** The `review` section; it validates against TerraFusion's schema. */
  review: Plain;
  /** What was not carried over, or carries over with another meaning, in the order of the file. */
  problems: PolicyProblem[];
}

const NOT_A_POLICY =
  "not a policy-bot policy: expected policy: and approval_rules: at the top (see docs/review.md, Moving from policy-bot)";
const REMOTE =
  "a remote policy: policy-bot reads the policy from another repository; convert that file instead (left out)";

/** The policy-bot file's text (or bytes) and name; throws ConfigError (one line) when it is not a policy-bot policy. */
export function convertPolicyBot(input: string | Uint8Array, file: string): PolicyBotConversion {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (
    new TextDecoder()
      .decode(bytes)
      .replace(/^\s*#.*$/gm, "")
      .trim() === ""
  )
    throw new ConfigError(`${file}:1:1: the file is empty: ${NOT_A_POLICY}`);
  const source = parseYamlSource(file, bytes);
  if (Array.isArray(source)) {
    const more = source.length > 1 ? ` (and ${source.length - 1} more)` : "";
    throw new ConfigError(`${formatProblem(source[0]!)}${more}`);
  }
  const top = source.value;
  if (isMap(top) && "version" in top && "review" in top)
    throw new ConfigError(`${file}:1:1: this is a TerraFusion policy already; ${NOT_A_POLICY}`);
  if (!isMap(top) || !["policy", "approval_rules", "remote"].some((key) => key in top))
    throw new ConfigError(`${file}:1:1: ${NOT_A_POLICY}`);

  const report = new Report(source);
  otherKeys(report, top, [], ["policy", "approval_rules"], {
    remote: REMOTE,
    path: "part of a remote policy; left out",
    ref: "part of a remote policy; left out",
  });

  const rules = new Map<string, Plain>();
  const where = new Map<string, number>();
  if (top.approval_rules !== undefined && top.approval_rules !== null && !Array.isArray(top.approval_rules))
    report.add(["approval_rules"], "expected a list of rules; left out");
  const list = Array.isArray(top.approval_rules) ? top.approval_rules : [];
  list.forEach((value, i) => {
    const converted = convertRule(report, value, ["approval_rules", i]);
    if (!converted) return;
    const earlier = where.get(converted.name);
    if (earlier !== undefined)
      report.add(
        ["approval_rules", earlier, "name"],
        `the rule ${JSON.stringify(converted.name)} is defined again at approval_rules.${i}; policy-bot uses the last one, and so does the conversion`,
      );
    rules.delete(converted.name); // the last definition, in its own place
    rules.set(converted.name, converted.rule);
    where.set(converted.name, i);
  });

  const policy = mapAt(report, top.policy, ["policy"]) ?? {};
  otherKeys(report, policy, ["policy"], ["approval", "disapproval"]);
  const { combine, used } = convertApproval(
    report,
    policy.approval,
    ["policy", "approval"],
    new Set(rules.keys()),
  );
  for (const [name, i] of where)
    if (!used.has(name))
      report.add(
        ["approval_rules", i, "name"],
        "policy.approval does not name this rule, so policy-bot never evaluates it; left out",
      );

  const review: Plain = {
    // policy-bot keeps approvals given before a push unless a rule says invalidate_on_push.
    "invalidate-on-push": false,
    methods: structuredClone(DEFAULT_METHODS),
    disapproval: convertDisapproval(report, policy.disapproval, ["policy", "disapproval"]),
    rules: [...rules].filter(([name]) => used.has(name)).map(([, rule]) => rule),
    ...(combine === undefined ? {} : { combine }),
  };
  const checked = reviewSchema.safeParse(review);
  if (!checked.success)
    throw new Error(`the converted review section does not validate: ${checked.error.message}`);
  return { review, problems: report.problems };
}
