import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import { explainReviewDefaults } from "../review/defaults.ts";
import { isRemoteExtends } from "./extends-ref.ts";
import type { LoadedPolicy } from "./load.ts";

/** The effective policy as YAML, each value marked with where it came from when that is not the user's own file. */
export function explainPolicy(loaded: LoadedPolicy): string {
  const document = new Document(loaded.merged);
  const own = loaded.files[0];
  annotate(document.contents, "", loaded.origins, own);
  const header = [
    `# Effective policy: ${loaded.files.length > 0 ? loaded.files.join(" extends ") : "no policy file, defaults only"}`,
    "# Values marked 'default' come from TerraFusion's production plan (policies/production-plan.yml).",
  ];
  if (loaded.files.some(isRemoteExtends))
    header.push(
      "# Files of other repositories (OWNER/REPO:PATH@REF) were read here with your GitHub token; the app reads them with its installation's token.",
    );
  const userWrote = (key: string) => {
    const origin = loaded.origins.get(`review.${key}`);
    return origin !== undefined && origin !== "defaults";
  };
  const review = explainReviewDefaults(loaded.policy.review, userWrote);
  return `${header.join("\n")}\n${document.toString({ lineWidth: 0 })}${review.length ? `${review.join("\n")}\n` : ""}`;
}

function annotate(
  node: unknown,
  prefix: string,
  origins: Map<string, string>,
  own: string | undefined,
): void {
  if (!isMap(node)) return;
  for (const pair of (node as YAMLMap<unknown, unknown>).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value as Node | null;
    const origin = origins.get(path);
    if (isMap(value) && value.items.length > 0) {
      annotate(value, path, origins, own);
    } else if (origin && origin !== own && value) {
      const label = origin === "defaults" ? " default" : ` from ${origin}`;
      if (isSeq(value)) value.flow = true;
      value.comment = label;
    }
  }
}
