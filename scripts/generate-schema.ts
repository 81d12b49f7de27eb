// Writes policies/terrafusion.schema.json from the zod schema (a test fails when it is stale).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPolicyFile } from "../src/fs/load-policy.ts";
import { packageRoot } from "../src/package-root.ts";
import { policyJsonSchema } from "../src/policy/json-schema.ts";
import { policyReference, REFERENCE_END, REFERENCE_START } from "../src/policy/reference.ts";

const target = join(packageRoot(), "policies", "terrafusion.schema.json");
writeFileSync(target, policyJsonSchema());
console.log(`wrote ${target}`);

// Keeps README's policy reference in step with the schema.
const readme = join(packageRoot(), "README.md");
const text = readFileSync(readme, "utf8");
const start = text.indexOf(REFERENCE_START);
const end = text.indexOf(REFERENCE_END);
if (start < 0 || end < 0) throw new Error("README.md lacks the policy reference markers");
writeFileSync(
  readme,
  text.slice(0, start) +
    policyReference(readFileSync(defaultPolicyFile(), "utf8")) +
    text.slice(end + REFERENCE_END.length),
);
console.log(`updated the policy reference in ${readme}`);
