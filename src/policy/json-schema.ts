import { z } from "zod";
import { policySchema } from "./schema/index.ts";

/** The JSON Schema editors use to complete .github/terrafusion.yml, derived from the zod schema. */
export function policyJsonSchema(): string {
  const schema = z.toJSONSchema(policySchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
