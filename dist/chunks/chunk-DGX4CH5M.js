import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  actors,
  external_exports,
  githubLogin,
  githubTeam,
  githubUser,
  glob,
  regex,
  require_dist
} from "./chunk-64HVLF7C.js";
import {
  __toESM
} from "./chunk-TFUP5NS4.js";

// src/policy/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_POLICY_BYTES = 1024 * 1024;
var MAX_ALIASES = 100;
function parseYamlSource(file, bytes) {
  const at = (line, column, message) => [
    { file, line, column, path: "", message }
  ];
  if (bytes.byteLength > MAX_POLICY_BYTES) {
    return at(
      1,
      1,
      `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a policy file must be under 1 MB`
    );
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return at(1, 1, "not a text file (it is not valid UTF-8): a policy file is YAML text");
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return at(1, 1, "not a text file (it contains NUL bytes): a policy file is YAML text");
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") {
    return at(1, 1, "the file is empty: start it with `version: 1` (see policies/production-plan.yml)");
  }
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file,
      ...position(error.pos[0]),
      path: "",
      message: yamlMessage(error.code, error.message)
    }));
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error.message;
    return at(
      1,
      1,
      /alias/i.test(message) ? `too many YAML aliases (over ${MAX_ALIASES}): the file expands like an alias bomb; write the values out` : `cannot read the YAML: ${message}`
    );
  }
  return {
    file,
    document,
    value,
    positionOf(path, key) {
      let node = document.contents;
      for (const segment of path) {
        const child = (0, import_yaml.isCollection)(node) ? node.get(segment, true) : void 0;
        if (!child) break;
        node = child;
      }
      if (key !== void 0 && (0, import_yaml.isMap)(node)) {
        const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key);
        const keyNode = pair && pair.key;
        if (keyNode?.range) return position(keyNode.range[0]);
      }
      const range = node?.range;
      return range ? position(range[0]) : { line: 1, column: 1 };
    }
  };
}
function yamlMessage(code, message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: each key may appear once in a mapping (remove or merge the second one)";
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only";
    default:
      return `YAML syntax error: ${first}`;
  }
}

// src/policy/schema/review.ts
var GATE_OUTCOMES = ["success", "failure", "error", "neutral", "skipped"];
var CHECK_CONCLUSIONS = [
  "success",
  "failure",
  "error",
  "neutral",
  "cancelled",
  "skipped",
  "timed_out",
  "action_required",
  "stale",
  "startup_failure",
  "pending"
];
var lineBounds = external_exports.strictObject({
  "more-than": external_exports.int().min(0).optional(),
  "less-than": external_exports.int().min(1).optional()
});
var textMatch = external_exports.strictObject({ matches: external_exports.array(regex).optional(), "not-matches": external_exports.array(regex).optional() }).refine((value) => (value.matches?.length ?? 0) + (value["not-matches"]?.length ?? 0) > 0, {
  error: "give matches or not-matches (or both)"
}).meta({
  description: "Holds when the text matches one of matches, or matches none of not-matches (RE2 regexes)."
});
var conditions = external_exports.strictObject({
  "changed-files": external_exports.strictObject({ paths: external_exports.array(glob).min(1), ignore: external_exports.array(glob).optional() }).optional().meta({ description: "Applies when any changed file matches paths (and not ignore)." }),
  "only-changed-files": external_exports.array(glob).min(1).optional().meta({ description: "Applies when every changed file matches one of these." }),
  author: actors.optional().meta({ description: "Applies when the author is one of these." }),
  "not-author": actors.optional().meta({ description: "Applies when the author is none of these." }),
  contributors: actors.optional().meta({ description: "Applies when a commit author is one of these." }),
  "target-branch": external_exports.array(regex).optional().meta({ description: "Regexes over the base branch name." }),
  "source-branch": external_exports.array(regex).optional().meta({ description: "Regexes over the head branch name." }),
  labels: external_exports.array(external_exports.string().min(1)).optional().meta({ description: "Applies when the PR has every one of these labels." }),
  title: regex.optional().meta({ description: "Applies when the title matches this regex." }),
  draft: external_exports.boolean().optional(),
  "lines-changed": external_exports.strictObject({ "more-than": external_exports.int().min(0).optional(), "less-than": external_exports.int().min(1).optional() }).optional(),
  gates: external_exports.partialRecord(external_exports.enum(["static-analysis", "coverage", "load", "chaos"]), external_exports.enum(GATE_OUTCOMES)).optional().meta({ description: "Applies when the named gates have these outcomes." }),
  "no-changed-files": external_exports.array(glob).min(1).optional().meta({ description: "Applies when no changed file matches one of these." }),
  "deleted-files": external_exports.array(glob).min(1).optional().meta({ description: "Applies when the pull request deletes a file matching one of these." }),
  "no-deleted-files": external_exports.array(glob).min(1).optional().meta({ description: "Applies when the pull request deletes no file matching one of these." }),
  "only-contributors": actors.optional().meta({
    description: "Applies when every commit's author and committer (GitHub's web-flow aside) is one of these."
  }),
  "author-is-only-contributor": external_exports.boolean().optional().meta({
    description: "true: applies when the PR author authored and committed every commit; false: when someone else did one."
  }),
  "lines-added": lineBounds.optional().meta({ description: "Bounds on the lines the pull request adds." }),
  "lines-deleted": lineBounds.optional().meta({ description: "Bounds on the lines the pull request deletes." }),
  checks: external_exports.strictObject({
    names: external_exports.array(external_exports.string().min(1)).min(1),
    conclusions: external_exports.array(external_exports.enum(CHECK_CONCLUSIONS)).min(1).optional()
  }).optional().meta({
    description: "Applies when every named check run or commit status on the head commit concluded with one of conclusions (default: success)."
  }),
  workflows: external_exports.strictObject({
    paths: external_exports.array(external_exports.string().min(1)).min(1),
    conclusions: external_exports.array(external_exports.enum(CHECK_CONCLUSIONS)).min(1).optional()
  }).optional().meta({
    description: "Applies when every named workflow file (.github/workflows/ci.yml) ran on the head commit and concluded with one of conclusions (default: success)."
  }),
  repository: textMatch.optional().meta({ description: "Over OWNER/REPO." }),
  "not-title": external_exports.array(regex).min(1).optional().meta({ description: "Applies when the title matches none of these regexes." }),
  "valid-signatures": external_exports.boolean().optional().meta({
    description: "true: applies when every commit has a signature GitHub verified; false: when at least one has not."
  }),
  "valid-signatures-by": actors.optional().meta({
    description: "Applies when every commit has a verified signature by one of these people."
  }),
  "valid-signatures-by-keys": external_exports.array(external_exports.string().min(1)).min(1).optional().meta({
    description: "Applies when every commit has a verified GPG signature by one of these key IDs."
  }),
  "custom-properties": external_exports.record(external_exports.string().min(1), textMatch).optional().meta({
    description: "Per repository custom property: its value (any value of a multi-select) matches, or does not match; an unset property matches nothing."
  }),
  "commit-messages": textMatch.optional().meta({
    description: "matches: some commit's message matches one; not-matches: no commit's message matches any."
  })
}).meta({ description: "Every listed condition must hold for the rule to apply." });
var requirement = external_exports.strictObject({
  count: external_exports.int().min(0).optional().meta({
    description: "How many approvals from the listed people; with nobody listed, from people with write (or higher) permission, as GitHub's required reviews count."
  }),
  users: external_exports.array(githubUser).optional(),
  teams: external_exports.array(githubTeam).optional(),
  organizations: external_exports.array(githubLogin).optional(),
  permissions: external_exports.array(external_exports.enum(["read", "triage", "write", "maintain", "admin"])).optional(),
  "code-owners": external_exports.boolean().optional().meta({ description: "An approval from a code owner of every changed file (CODEOWNERS)." }),
  "each-team": external_exports.array(githubTeam).optional().meta({ description: "Quorum: one approval from each of these teams." }),
  conditions: conditions.optional().meta({
    description: "Conditions that must also hold for the rule to be approved; unlike if, a condition that fails leaves the rule pending."
  })
});
var approvalMethods = external_exports.strictObject({
  "github-review": external_exports.boolean().optional().meta({ description: "An approving GitHub review counts as an approval." }),
  "comment-patterns": external_exports.array(regex).optional().meta({
    description: "A comment (or review body) matching one of these regexes counts as an approval, e.g. ':\\+1:' or '^LGTM'."
  }),
  "github-review-comment-patterns": external_exports.array(regex).optional().meta({
    description: "An approving GitHub review counts only when its body matches one of these regexes."
  }),
  "body-patterns": external_exports.array(regex).optional().meta({
    description: "A pull request description matching one of these regexes counts as the author's approval (needs allow-author)."
  })
}).meta({ description: "How people approve." });
var commitOptions = {
  "ignore-commits-by": actors.optional().meta({
    description: "Commits authored and committed by these people make nobody a contributor and do not invalidate approvals."
  }),
  "ignore-update-merges": external_exports.boolean().optional().meta({
    description: "Merges of the base branch into the pull request (GitHub's Update branch) make nobody a contributor and do not invalidate approvals."
  }),
  "ignore-edited-comments": external_exports.boolean().optional().meta({
    description: "Edited comments, review bodies and descriptions do not approve."
  })
};
var ruleOptions = external_exports.strictObject({
  "invalidate-on-push": external_exports.boolean().optional(),
  "allow-author": external_exports.boolean().optional(),
  "allow-contributors": external_exports.boolean().optional(),
  methods: approvalMethods.optional(),
  ...commitOptions
});
var REQUEST_REVIEW_MODES = ["all-users", "random-users", "teams"];
var requestReview = external_exports.strictObject({
  enabled: external_exports.boolean().optional().meta({
    description: "Default true when the block is written; false turns off one that extends gives."
  }),
  mode: external_exports.enum(REQUEST_REVIEW_MODES).optional().meta({
    description: "all-users: everyone who could approve; random-users (default): `count` of them at random; teams: the teams the rule names."
  }),
  count: external_exports.int().min(1).max(15).optional().meta({
    description: "How many people random-users asks (default: the rule's count, at least 1)."
  })
}).meta({
  description: "While the rule is pending, ask GitHub for reviews from people who can satisfy it: once per head commit, never the author."
});
var reviewRule = external_exports.strictObject({
  name: external_exports.string().min(1),
  description: external_exports.string().optional().meta({ description: "Shown with the rule in the check run: why it exists, whom to ask." }),
  if: conditions.optional(),
  require: requirement,
  options: ruleOptions.optional(),
  "request-review": requestReview.optional()
});
var combination = external_exports.lazy(
  () => external_exports.union([
    external_exports.string().min(1),
    external_exports.strictObject({ and: external_exports.array(combination).min(1) }),
    external_exports.strictObject({ or: external_exports.array(combination).min(1) })
  ])
);
var review = external_exports.strictObject({
  "invalidate-on-push": external_exports.boolean().optional(),
  "allow-author": external_exports.boolean().optional(),
  "allow-contributors": external_exports.boolean().optional(),
  methods: approvalMethods.optional(),
  ...commitOptions,
  rules: external_exports.array(reviewRule).optional(),
  disapproval: external_exports.strictObject({
    enabled: external_exports.boolean().optional(),
    if: conditions.optional().meta({
      description: "The pull request is disapproved while any one of these conditions holds."
    }),
    "comment-patterns": external_exports.array(regex).optional().meta({ description: "A comment matching one of these regexes disapproves, e.g. ':-1:'." }),
    "revoke-patterns": external_exports.array(regex).optional().meta({ description: "A later comment by the same person matching one of these revokes it." }),
    who: actors.optional().meta({ description: "Who may disapprove (default: anyone with write permission)." })
  }).optional().meta({ description: "A request for changes (or a matching comment) blocks until revoked." }),
  combine: combination.optional().meta({
    description: "How rules combine: a rule name, {and: [...]} or {or: [...]}. Default: all rules."
  })
});

export {
  MAX_POLICY_BYTES,
  parseYamlSource,
  GATE_OUTCOMES,
  CHECK_CONCLUSIONS,
  REQUEST_REVIEW_MODES,
  review
};
