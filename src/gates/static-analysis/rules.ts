import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { ConfigError } from "../../errors.ts";
import { inRepository, repositoryRoot } from "../../fs/in-repository.ts";
import { FILE_LIMITS, readLimited } from "../../fs/read-limited.ts";
import { packageRoot } from "../../package-root.ts";

/** How a policy names the pack that ships with TerraFusion, wherever TerraFusion is installed. */
export const BUNDLED_PREFIX = "terrafusion:";
const BUNDLED: Record<string, string> = { default: "policies/semgrep" };

export interface RuleInfo {
  id: string;
  message: string;
  severity: string;
  metadata: Record<string, unknown>;
}

/**
 * Turns the policy's `rules` into absolute paths semgrep can read offline. `terrafusion:default`
 * is the bundled pack; anything else is a file or folder in the repository. Absolute paths also keep
 * semgrep from reading `r/…` or `p/…` as registry names, which would go to the network.
 */
export function resolveRulePaths(rules: readonly string[], cwd: string): string[] {
  if (rules.length === 0)
    throw new ConfigError(
      "gates.static-analysis.rules is empty: name at least one rule pack (terrafusion:default)",
    );
  return rules.map((rule) => {
    if (rule.startsWith(BUNDLED_PREFIX)) {
      const name = rule.slice(BUNDLED_PREFIX.length);
      const folder = BUNDLED[name];
      if (!folder)
        throw new ConfigError(
          `gates.static-analysis.rules: unknown bundled pack ${JSON.stringify(rule)} (available: ${Object.keys(
            BUNDLED,
          )
            .map((key) => BUNDLED_PREFIX + key)
            .join(", ")})`,
        );
      return join(packageRoot(), folder);
    }
    if (/^(https?:|r\/|p\/|s\/)/.test(rule) && !existsSync(resolve(cwd, rule)))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} looks like a registry or URL; the gate runs offline, so name a local file or folder, or terrafusion:default`,
      );
    const contained = inRepository(repositoryRoot(cwd), rule, cwd);
    if (!contained.inside)
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} ${contained.reason}, or terrafusion:default`,
      );
    const path = contained.absolute;
    if (!existsSync(path))
      throw new ConfigError(
        `gates.static-analysis.rules: ${JSON.stringify(rule)} does not exist (looked for ${path}); name a semgrep rule file or folder in the repository, or terrafusion:default for the bundled pack`,
      );
    return path;
  });
}

/** The rules' own ids, messages and metadata, read best-effort: semgrep itself reports broken files. */
export function readRuleInfo(paths: readonly string[]): Map<string, RuleInfo> {
  const rules = new Map<string, RuleInfo>();
  for (const file of paths.flatMap(ruleFiles)) {
    let document: unknown;
    try {
      document = parse(readLimited(file, FILE_LIMITS.policy * 8).toString("utf8"));
    } catch {
      continue;
    }
    const list = (document as { rules?: unknown } | null)?.rules;
    if (!Array.isArray(list)) continue;
    for (const rule of list as Array<Record<string, unknown>>) {
      if (typeof rule?.id !== "string") continue;
      rules.set(rule.id, {
        id: rule.id,
        message: typeof rule.message === "string" ? rule.message.trim() : rule.id,
        severity: typeof rule.severity === "string" ? rule.severity : "INFO",
        metadata: (rule.metadata as Record<string, unknown>) ?? {},
      });
    }
  }
  return rules;
}

function ruleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const child = join(path, entry.name);
    if (entry.isDirectory()) return ruleFiles(child);
    return /\.ya?ml$/.test(entry.name) ? [child] : [];
  });
}

/**
 * semgrep prefixes each rule id with the dotted path of its config (`work.repo.rules.my-rule`);
 * this gives back the id the rule file declares, which is what waivers and reports use.
 */
export function ruleIdOf(checkId: string, known: Iterable<string>): string {
  let best: string | undefined;
  for (const id of known) {
    if ((checkId === id || checkId.endsWith(`.${id}`)) && (!best || id.length > best.length)) best = id;
  }
  return best ?? checkId;
}
