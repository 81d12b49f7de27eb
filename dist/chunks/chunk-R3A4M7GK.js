import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  ConfigError,
  MAX_POLICY_BYTES,
  PolicyError,
  actors,
  duration,
  external_exports,
  githubLogin,
  githubTeam,
  glob,
  nameGlob,
  parseYamlSource,
  percent,
  plural,
  ratio,
  regex,
  slo
} from "./chunk-V36F2TEL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TFUP5NS4.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// src/policy/load.ts
import { isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve as resolve2 } from "node:path";

// src/fs/in-repository.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function inRepository(root, path, base = root) {
  if (isAbsolute(path) || /^[\\/]/.test(path))
    return {
      inside: false,
      reason: "is an absolute path: name a file in the repository, relative to its root"
    };
  const absolute = resolve(base, path);
  if (!within(resolve(root), absolute))
    return {
      inside: false,
      reason: "leaves the repository: name a file in the repository, relative to its root"
    };
  const real = realpathOfNearest(absolute);
  const realRoot = realpathOfNearest(resolve(root));
  if (!within(realRoot, real))
    return {
      inside: false,
      reason: "leads outside the repository through a symbolic link: name a file in the repository"
    };
  return { inside: true, absolute };
}
function within(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function realpathOfNearest(path) {
  let rest = "";
  let current = path;
  for (; ; ) {
    try {
      return join(realpathSync(current), rest);
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      rest = join(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)), rest);
      current = parent;
    }
  }
}
function repositoryRoot(folder) {
  let current = resolve(folder);
  for (; ; ) {
    if (existsSync(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return resolve(folder);
    current = parent;
  }
}

// src/fs/read-limited.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var ReadLimitedError = class extends Error {
  constructor(path, problem) {
    super(`${path}: ${describeReadProblem(problem)}`);
    this.path = path;
    this.problem = problem;
  }
  path;
  problem;
};
function describeReadProblem(problem) {
  switch (problem.kind) {
    case "missing":
      return "no such file";
    case "folder":
      return "is a folder, not a file";
    case "not-a-file":
      return `is ${problem.what}, not a regular file`;
    case "too-large":
      return `is larger than ${formatBytes(problem.limit)}, more than this file can be`;
    case "unreadable":
      return `cannot read the file (${problem.code})`;
  }
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
function readLimited(path, limit) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code ?? "error";
    throw new ReadLimitedError(path, code === "ENOENT" ? { kind: "missing" } : { kind: "unreadable", code });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadLimitedError(path, { kind: "folder" });
    if (!stat.isFile())
      throw new ReadLimitedError(path, {
        kind: "not-a-file",
        what: stat.isFIFO() ? "a FIFO" : stat.isCharacterDevice() || stat.isBlockDevice() ? "a device" : stat.isSocket() ? "a socket" : "not a file"
      });
    if (stat.size > limit) throw new ReadLimitedError(path, { kind: "too-large", limit });
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new ReadLimitedError(path, { kind: "too-large", limit });
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof ReadLimitedError) throw error;
    throw new ReadLimitedError(path, {
      kind: "unreadable",
      code: error.code ?? "error"
    });
  } finally {
    closeSync(fd);
  }
}
var FILE_LIMITS = {
  policy: 1024 * 1024,
  json: 64 * 1024 * 1024,
  report: 512 * 1024 * 1024
};

// src/package-root.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join2(dir, "package.json");
    if (existsSync2(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "terrafusion") {
      cached = dir;
      return dir;
    }
    const parent = dirname2(dir);
    if (parent === dir)
      throw new Error("cannot find TerraFusion's package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(join2(packageRoot(), "package.json"), "utf8")).version;
}
function useInstalledTools(env = process.env) {
  const bin = join2(env.TERRAFUSION_TOOLS ?? join2(packageRoot(), ".tools"), "bin");
  const parts = (env.PATH ?? "").split(":");
  if (!parts.includes(bin)) env.PATH = [bin, ...parts].filter(Boolean).join(":");
  env.SEMGREP_ENABLE_VERSION_CHECK ??= "0";
  env.SEMGREP_SEND_METRICS ??= "off";
}

// src/core/same-origin.ts
var OriginError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OriginError";
  }
};
function resolveOnOrigin(base, path) {
  const origin = new URL(base).origin;
  let url;
  try {
    url = new URL(path, base);
  } catch {
    throw new OriginError(`${JSON.stringify(path)} is not a path`);
  }
  if (url.origin !== origin || url.username !== "" || url.password !== "")
    throw new OriginError(
      `${JSON.stringify(path)} leads to ${url.origin}, not ${origin}: a policy's paths stay on the environment's own address`
    );
  return url;
}
var SOME_ORIGIN = "http://origin.invalid:1";
function pathProblem(path) {
  if (!path.startsWith("/")) return "a path starts with /";
  if (path.startsWith("//") || path.startsWith("/\\"))
    return `it starts with ${path.slice(0, 2)}, which names another host: write one / (e.g. /healthz)`;
  if (/[\s\x00-\x1f\x7f]/.test(path)) return "it holds whitespace or a control character";
  try {
    resolveOnOrigin(SOME_ORIGIN, path);
  } catch (error) {
    if (error instanceof OriginError) return "the URL parser reads it as another host";
    throw error;
  }
  return void 0;
}

// src/policy/schema/deploy.ts
var pathOnOrigin = (what) => external_exports.string().startsWith("/", { error: `${what} is a path that starts with /` }).superRefine((path, ctx) => {
  const problem = path.startsWith("/") ? pathProblem(path) : void 0;
  if (problem)
    ctx.addIssue({ code: "custom", message: `${what} stays on the environment's address: ${problem}` });
}).meta({
  description: "A path on the environment's own address: one leading /, no // or /\\ (another host)."
});
var kubernetesName = (what) => external_exports.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
  error: `a ${what} name is lowercase letters, digits and -, at most 63 characters (RFC 1123)`
});
var REQUIRABLE = ["review", "static-analysis", "coverage", "load", "chaos"];
var driver = external_exports.discriminatedUnion("kind", [
  external_exports.strictObject({
    kind: external_exports.literal("router"),
    "admin-url": external_exports.url({ protocol: /^https?$/ }),
    "token-env": external_exports.string().regex(/^TERRAFUSION_[A-Z0-9_]*TOKEN[A-Z0-9_]*$/, {
      // The token is sent to admin-url: a policy must not name another secret of the process.
      error: "expected a variable named TERRAFUSION_\u2026TOKEN (e.g. TERRAFUSION_ROUTER_TOKEN); other variables are never sent to admin-url"
    }).optional().meta({
      description: "Environment variable that holds the admin token (default TERRAFUSION_ROUTER_TOKEN)."
    })
  }),
  external_exports.strictObject({
    kind: external_exports.literal("nginx"),
    "upstream-file": external_exports.string().min(1),
    blue: external_exports.array(external_exports.string().min(1)).min(1),
    green: external_exports.array(external_exports.string().min(1)).min(1),
    nginx: external_exports.string().optional().meta({ description: "The nginx binary (default: nginx on PATH)." }),
    config: external_exports.string().optional().meta({ description: "nginx's main configuration file, for nginx -t and -s reload." }),
    prefix: external_exports.string().optional().meta({ description: "nginx's prefix path (-p)." }),
    "pid-file": external_exports.string().optional().meta({ description: "The master's pid file: a switch then waits until the old workers have exited." }),
    "health-path": pathOnOrigin("a health path").optional()
  }),
  external_exports.strictObject({
    kind: external_exports.literal("kubernetes"),
    namespace: kubernetesName("namespace").optional(),
    service: kubernetesName("Service"),
    "color-label": external_exports.string().optional()
  }),
  external_exports.strictObject({
    kind: external_exports.literal("command"),
    status: external_exports.string().min(1),
    switch: external_exports.string().min(1),
    health: external_exports.string().min(1).optional(),
    timeout: duration.optional()
  })
]);
var analysisStep = external_exports.strictObject({
  probe: pathOnOrigin("a probe").optional(),
  interval: duration.optional().meta({ description: "Time between measurements (default 2s)." }),
  "failure-limit": external_exports.int().min(0).optional().meta({ description: "Failed measurements that roll back (default 3; 0 and 1 both mean the first)." }),
  duration: duration.optional().meta({ description: "How long the new color is watched (default 60s)." }),
  slo: slo.optional(),
  load: external_exports.strictObject({
    rate: external_exports.int().positive().optional().meta({ description: "Requests per second (default: as fast as answers come)." }),
    connections: external_exports.int().min(1).optional().meta({ description: "Concurrent connections (default 4)." }),
    paths: external_exports.array(pathOnOrigin("a load path")).min(1).optional().meta({ description: "Paths requested in turn (default: the probe, else /)." })
  }).optional().meta({
    description: "A short load run of the color (through the driver's URL of that color) in each interval, judged against the SLO."
  })
});
var environment = external_exports.strictObject({
  strategy: external_exports.enum(["blue-green"]).optional(),
  url: external_exports.url({ protocol: /^https?$/ }).optional().meta({ description: "The environment's public URL: shown on GitHub, and probed." }),
  driver,
  requires: external_exports.array(external_exports.enum(REQUIRABLE)).optional().meta({ description: "What must pass on the SHA before promotion." }),
  "required-checks": external_exports.array(external_exports.string().min(1)).optional().meta({
    description: "Other check runs (by name) that must pass on the SHA before promotion; one failing after promotion rolls back."
  }),
  promoters: actors.optional().meta({ description: "Who may /promote and /rollback." }),
  analysis: external_exports.strictObject({ "pre-promotion": analysisStep.optional(), "post-promotion": analysisStep.optional() }).optional(),
  "bake-window": duration.optional().meta({ description: "How long the previous color stays warm after a switch." }),
  rollback: external_exports.strictObject({
    on: external_exports.array(external_exports.enum(["analysis-failed", "check-failed", "probe-failed"])).optional(),
    "open-incident": external_exports.boolean().optional(),
    "revert-pr": external_exports.boolean().optional()
  }).optional()
});
var deploy = external_exports.strictObject({
  environments: external_exports.record(
    external_exports.string().regex(/^[A-Za-z0-9._-]+$/, { error: "an environment name uses letters, digits, . _ -" }),
    environment
  )
});

// src/policy/schema/gates/enabled.ts
var enabled = external_exports.boolean().optional().meta({
  description: "Run this gate. A gate named in your policy file is enabled unless this says false."
});

// src/policy/schema/gates/load.ts
var service = external_exports.strictObject({
  command: external_exports.string().min(1).meta({ description: "Starts the service under test." }),
  "ready-url": external_exports.url({ error: "expected a URL such as http://127.0.0.1:3000/healthz" }),
  timeout: duration.optional(),
  instances: external_exports.int().min(1).max(16).optional().meta({ description: "How many copies to start (chaos process-kill)." })
});
var loadGate = external_exports.strictObject({
  enabled,
  engine: external_exports.enum(["autocannon", "k6"]).optional().meta({
    description: "The load engine; default k6 when a script is given, else the built-in autocannon."
  }),
  script: external_exports.string().min(1).optional().meta({ description: "A k6 script; selects the k6 engine." }),
  target: external_exports.url({ error: "expected a URL such as http://127.0.0.1:3000" }).optional(),
  paths: external_exports.array(external_exports.string().startsWith("/", { error: "a path starts with /" })).optional(),
  duration: duration.optional(),
  connections: external_exports.int().min(1).max(1e3).optional(),
  rate: external_exports.int().positive().optional().meta({ description: "Fixed request rate (requests per second)." }),
  slo: slo.optional(),
  "max-regression": ratio.optional().meta({ description: "Fail when p95 grows more than this against the base." }),
  service: service.optional()
});

// src/policy/schema/gates/chaos.ts
var TOXICS = [
  "latency",
  "jitter",
  "bandwidth",
  "timeout",
  "reset_peer",
  "slow_close",
  "limit_data",
  "process-kill"
];
var experiment = external_exports.strictObject({
  name: external_exports.string().min(1),
  toxic: external_exports.enum(TOXICS),
  attributes: external_exports.record(external_exports.string(), external_exports.number()).optional(),
  toxicity: external_exports.number().min(0).max(1).optional(),
  stream: external_exports.enum(["downstream", "upstream"]).optional(),
  duration: duration.optional(),
  slo: slo.optional(),
  "recovery-seconds": external_exports.number().positive().optional()
});
var chaosGate = external_exports.strictObject({
  enabled,
  target: external_exports.url().optional(),
  toxiproxy: external_exports.url().optional().meta({ description: "Use this toxiproxy API instead of starting one." }),
  service: service.optional(),
  experiments: external_exports.array(experiment).optional(),
  paths: external_exports.array(external_exports.string().startsWith("/", { error: "a path starts with /" })).optional().meta({
    description: "Paths the load requests in turn during the experiments (default: the target's path)."
  }),
  connections: external_exports.int().min(1).max(1e3).optional().meta({ description: "Concurrent connections of the load." }),
  slo: slo.optional()
});

// src/policy/schema/gates/coverage.ts
var coverageGate = external_exports.strictObject({
  enabled,
  command: external_exports.string().min(1).optional().meta({ description: "The project's test command, run by the shell with c8 collecting V8 coverage." }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional().meta({ description: "Minimum branch coverage of the whole project." }),
  functions: percent.optional().meta({ description: "Minimum function coverage of the whole project." }),
  statements: percent.optional().meta({ description: "Minimum statement coverage of the whole project." }),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: external_exports.array(glob).optional().meta({ description: "Only these files count (c8 --include), relative to the project folder." }),
  exclude: external_exports.array(glob).optional().meta({
    description: "These files do not count (c8 --exclude), relative to the project folder; replaces c8's default list."
  }),
  all: external_exports.boolean().optional().meta({
    description: "Count source files that no test loads as uncovered (c8 --all). Default true."
  }),
  reports: external_exports.string().min(1).optional().meta({
    description: "A folder where the test command itself writes lcov.info and coverage-summary.json (vitest or jest with the v8 provider and the lcov and json-summary reporters, or tests already run under c8), relative to the project folder. The gate then reads these instead of collecting coverage itself."
  }),
  timeout: duration.optional().meta({ description: "Stop the test command after this long." })
});

// src/policy/schema/gates/static-analysis.ts
var SEVERITIES = ["CRITICAL", "HIGH", "ERROR", "MEDIUM", "WARNING", "LOW", "INFO"];
var waiver = external_exports.strictObject({
  rule: nameGlob.meta({ description: "The semgrep rule id (or a glob over rule ids)." }),
  path: glob.optional().meta({ description: "Only findings in files matching this glob." }),
  reason: external_exports.string().min(1, { error: "a waiver needs a reason" }),
  expires: external_exports.iso.date({ error: "expected a date as YYYY-MM-DD" }).meta({ description: "The waiver stops at this date (YYYY-MM-DD)." })
});
var staticAnalysisGate = external_exports.strictObject({
  enabled,
  rules: external_exports.array(external_exports.string().min(1)).optional().meta({
    description: "Semgrep rule files or folders in the repository, or terrafusion:default for the bundled pack."
  }),
  "fail-on": external_exports.array(external_exports.enum(SEVERITIES)).optional().meta({ description: "Severities that block." }),
  "new-findings-only": external_exports.boolean().optional().meta({ description: "On pull requests, only findings new against the merge base block." }),
  include: external_exports.array(glob).optional(),
  exclude: external_exports.array(glob).optional(),
  timeout: duration.optional(),
  "max-annotations": external_exports.int().min(0).max(50).optional(),
  waivers: external_exports.array(waiver).optional()
});

// src/policy/schema/gates/index.ts
var GATE_NAMES = ["static-analysis", "coverage", "load", "chaos"];
var gates = external_exports.strictObject({
  "static-analysis": staticAnalysisGate.optional(),
  coverage: coverageGate.optional(),
  load: loadGate.optional(),
  chaos: chaosGate.optional()
});

// src/policy/schema/review.ts
var GATE_OUTCOMES = ["success", "failure", "error", "neutral", "skipped"];
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
  gates: external_exports.partialRecord(external_exports.enum(["static-analysis", "coverage", "load", "chaos"]), external_exports.enum(GATE_OUTCOMES)).optional().meta({ description: "Applies when the named gates have these outcomes." })
}).meta({ description: "Every listed condition must hold for the rule to apply." });
var requirement = external_exports.strictObject({
  count: external_exports.int().min(0).optional().meta({ description: "How many approvals from the listed people." }),
  users: external_exports.array(githubLogin).optional(),
  teams: external_exports.array(githubTeam).optional(),
  organizations: external_exports.array(githubLogin).optional(),
  permissions: external_exports.array(external_exports.enum(["read", "triage", "write", "maintain", "admin"])).optional(),
  "code-owners": external_exports.boolean().optional().meta({ description: "An approval from a code owner of every changed file (CODEOWNERS)." }),
  "each-team": external_exports.array(githubTeam).optional().meta({ description: "Quorum: one approval from each of these teams." })
});
var approvalMethods = external_exports.strictObject({
  "github-review": external_exports.boolean().optional().meta({ description: "An approving GitHub review counts as an approval." }),
  "comment-patterns": external_exports.array(regex).optional().meta({
    description: "A comment (or review body) matching one of these regexes counts as an approval, e.g. ':\\+1:' or '^LGTM'."
  })
}).meta({ description: "How people approve." });
var ruleOptions = external_exports.strictObject({
  "invalidate-on-push": external_exports.boolean().optional(),
  "allow-author": external_exports.boolean().optional(),
  "allow-contributors": external_exports.boolean().optional(),
  methods: approvalMethods.optional()
});
var reviewRule = external_exports.strictObject({
  name: external_exports.string().min(1),
  if: conditions.optional(),
  require: requirement,
  options: ruleOptions.optional()
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
  disapproval: external_exports.strictObject({
    enabled: external_exports.boolean().optional(),
    "comment-patterns": external_exports.array(regex).optional().meta({ description: "A comment matching one of these regexes disapproves, e.g. ':-1:'." }),
    "revoke-patterns": external_exports.array(regex).optional().meta({ description: "A later comment by the same person matching one of these revokes it." }),
    who: actors.optional().meta({ description: "Who may disapprove (default: anyone with write permission)." })
  }).optional().meta({ description: "A request for changes (or a matching comment) blocks until revoked." }),
  rules: external_exports.array(reviewRule).optional(),
  combine: combination.optional().meta({
    description: "How rules combine: a rule name, {and: [...]} or {or: [...]}. Default: all rules."
  })
});

// src/policy/schema/index.ts
var SUPPORTED_VERSIONS = [1];
var policySchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(SUPPORTED_VERSIONS, {
    error: (issue) => issue.input === void 0 ? "missing: a policy starts with `version: 1`" : `unsupported version (expected 1, got ${JSON.stringify(issue.input)})`
  }),
  extends: external_exports.string().min(1).optional().meta({ description: "Another policy file in the repository to build on." }),
  gates: gates.optional(),
  review: review.optional(),
  deploy: deploy.optional()
}).meta({ title: "TerraFusion policy", description: "The policy file .github/terrafusion.yml" });

// src/policy/validate.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function validateSource(source) {
  const value = source.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [
      {
        file: source.file,
        line: 1,
        column: 1,
        path: "",
        message: `a policy is a mapping of keys (version, gates, review, deploy), got ${describe(value)}`
      }
    ];
  }
  const knownKeys = /* @__PURE__ */ new Map();
  const result = policySchema.safeParse(value, {
    reportInput: true,
    error: (issue) => {
      if (issue.code === "invalid_union" && "discriminator" in issue) return discriminatorMessage(issue);
      if (issue.code === "unrecognized_keys") {
        const shape = issue.inst?._zod?.def?.shape;
        knownKeys.set(pathKey(issue.path ?? []), Object.keys(shape ?? {}));
      }
      return defaultMessage(issue);
    }
  });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => toProblems(source, issue, knownKeys)).sort((a, b) => a.line - b.line || a.column - b.column);
}
function toProblems(source, issue, knownKeys) {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys.get(pathKey(issue.path)) ?? [];
    return issue.keys.map((key) => ({
      file: source.file,
      ...source.positionOf(issue.path, key),
      path: [...path, key].join("."),
      message: `unknown key ${JSON.stringify(key)}${suggest(key, known)} (expected one of ${known.join(", ")})`
    }));
  }
  if (issue.code === "invalid_union") {
    const branches = issue.errors.filter((branch) => branch.length > 0);
    const best = branches.find((branch) => branch.every((inner) => inner.code !== "invalid_type")) ?? branches[branches.length - 1];
    if (best && !issue.message.startsWith("expected")) {
      return best.flatMap(
        (inner) => toProblems(source, { ...inner, path: [...issue.path, ...inner.path] }, knownKeys)
      );
    }
  }
  let message = issue.message;
  if (issue.code === "invalid_value" && issue.values.length > 1) {
    const given = issue.input;
    if (typeof given === "string") {
      message += suggest(given, issue.values.map(String));
    }
  }
  const input = issue.input;
  if (!/\bgot\b/.test(message) && input !== void 0 && typeof input !== "object")
    message += ` (got ${describe(input)})`;
  return [{ file: source.file, ...source.positionOf(issue.path), path: path.join("."), message }];
}
function defaultMessage(issue) {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === void 0) return `missing required key (expected ${issue.expected})`;
      return `wrong type (expected ${issue.expected}, got ${describe(input)})`;
    case "too_big":
      return `too large (expected ${issue.inclusive === false ? "below" : "at most"} ${issue.maximum}, got ${describe(input)})`;
    case "too_small":
      if (issue.origin === "array")
        return `expected at least ${plural(Number(issue.minimum), "item")}, got ${describe(input)}`;
      if (issue.origin === "string") return `expected a non-empty string, got ${describe(input)}`;
      return `too small (expected ${issue.inclusive === false ? "above" : "at least"} ${issue.minimum}, got ${describe(input)})`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}, got ${describe(input)}`;
    case "invalid_format":
      return `expected a ${issue.format === "url" ? "URL" : issue.format}, got ${describe(input)}`;
    case "invalid_union":
      return `expected ${describeUnion(issue)}, got ${describe(input)}`;
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}, got ${describe(input)}`;
    default:
      return void 0;
  }
}
function discriminatorMessage(issue) {
  const key = String(issue.discriminator);
  const options = issue.inst?._zod?.def?.options ?? [];
  const kinds = options.flatMap((option) => option._zod.def.shape?.[key]?._zod.def.values ?? []).map(String);
  const given = issue.input?.[key];
  const hint = typeof given === "string" ? suggest(given, kinds) : "";
  return `${key} must be one of ${kinds.map((k) => JSON.stringify(k)).join(", ")}, got ${describe(given)}${hint}`;
}
function describeUnion(issue) {
  const expected = /* @__PURE__ */ new Set();
  for (const branch of issue.errors ?? []) {
    for (const inner of branch) if (inner.code === "invalid_type") expected.add(inner.expected);
  }
  return expected.size > 0 ? [...expected].join(" or ") : "a different value";
}
function pathKey(path) {
  return path.map(String).join("\0");
}
function suggest(given, known) {
  if (known.length === 0) return "";
  const candidate = (0, import_fastest_levenshtein.closest)(given, known);
  return (0, import_fastest_levenshtein.distance)(given, candidate) <= Math.max(2, Math.floor(candidate.length / 3)) ? `; did you mean ${JSON.stringify(candidate)}?` : "";
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

// src/policy/load.ts
var DEFAULT_POLICY_PATHS = [".github/terrafusion.yml", ".github/terrafusion.yaml"];
var DEFAULT_POLICY_PATH = DEFAULT_POLICY_PATHS[0];
var MAX_EXTENDS_DEPTH = 8;
var NotAFile = class extends Error {
};
function readLocal(path) {
  try {
    return readLimited(path, MAX_POLICY_BYTES * 16);
  } catch (error) {
    if (!(error instanceof ReadLimitedError)) throw error;
    if (error.problem.kind === "missing") return void 0;
    if (error.problem.kind === "folder") throw new NotAFile(path);
    throw new ConfigError(error.message);
  }
}
function defaultPolicyFile() {
  return join3(packageRoot(), "policies", "production-plan.yml");
}
async function loadPolicy(options = {}) {
  const cwd = resolve2(options.cwd ?? ".");
  const read = options.read ?? readLocal;
  const explicit = options.file !== void 0;
  const file = options.file ?? await findDefaultPolicy(cwd, read);
  const defaults = readValidated(
    defaultPolicyFile(),
    "policies/production-plan.yml (TerraFusion's defaults)",
    readLocal
  );
  const layers = [];
  const problems = [];
  const seen = [];
  let next = { path: file };
  while (next) {
    if (next.from) {
      const contained = inRepository(cwd, next.path);
      if (!contained.inside) {
        problems.push({ ...next.from, message: `extends ${JSON.stringify(next.path)} ${contained.reason}` });
        break;
      }
    }
    const absolute = isAbsolute2(next.path) ? next.path : resolve2(cwd, next.path);
    const display = displayName(cwd, absolute);
    if (seen.includes(absolute)) {
      problems.push({
        ...next.from,
        message: `extends forms a cycle: ${[...seen, absolute].map((p) => displayName(cwd, p)).join(" -> ")}`
      });
      break;
    }
    if (seen.length > MAX_EXTENDS_DEPTH) {
      problems.push({
        ...next.from,
        message: `extends goes deeper than ${plural(MAX_EXTENDS_DEPTH, "file")}`
      });
      break;
    }
    let bytes;
    try {
      bytes = await read(absolute);
    } catch (error) {
      if (!(error instanceof NotAFile)) throw error;
      if (!next.from)
        throw new ConfigError(
          `${display}: is a folder, not a policy file (name the YAML file, e.g. ${join3(display, "terrafusion.yml")})`
        );
      problems.push({
        ...next.from,
        message: `extends names ${JSON.stringify(next.path)}, which is a folder (name a YAML file)`
      });
      break;
    }
    if (!bytes) {
      if (next.from)
        problems.push({
          ...next.from,
          message: `extends names ${JSON.stringify(next.path)}, which does not exist (paths are relative to the repository root)`
        });
      else if (explicit)
        throw new ConfigError(
          `${display}: no such policy file (create it, or omit --policy to use ${DEFAULT_POLICY_PATH} or the defaults)`
        );
      break;
    }
    seen.push(absolute);
    const parsed = readValidatedBytes(display, bytes);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      break;
    }
    layers.unshift({ name: display, value: parsed.value });
    const parent = parsed.value.extends;
    next = typeof parent === "string" ? {
      path: parent,
      from: { file: display, ...parsed.positionOf(["extends"]), path: "extends", message: "" }
    } : void 0;
  }
  if (problems.length > 0)
    throw new PolicyError(
      problems,
      seen.map((path) => displayName(cwd, path))
    );
  const origins = /* @__PURE__ */ new Map();
  let merged = {};
  for (const layer of [{ name: "defaults", value: defaults }, ...layers]) {
    const value = layer.name === "defaults" ? layer.value : enableMentionedGates(layer.value);
    merged = mergePolicy(merged, value, layer.name, origins);
  }
  delete merged.extends;
  const policy = policySchema.parse(merged);
  return { policy, merged, origins, files: layers.map((layer) => layer.name).reverse() };
}
async function findDefaultPolicy(cwd, read) {
  const present = [];
  for (const path of DEFAULT_POLICY_PATHS) {
    try {
      if (await read(resolve2(cwd, path))) present.push(path);
    } catch (error) {
      if (!(error instanceof NotAFile)) throw error;
      present.push(path);
    }
  }
  if (present.length > 1) {
    const [first, second] = DEFAULT_POLICY_PATHS;
    throw new PolicyError(
      [
        {
          file: second,
          line: 1,
          column: 1,
          path: "",
          message: `${first} and ${second} both exist: TerraFusion reads one policy file, so merge them into one and delete the other`
        }
      ],
      [...DEFAULT_POLICY_PATHS]
    );
  }
  return present[0] ?? DEFAULT_POLICY_PATH;
}
function readValidated(path, display, read) {
  const bytes = read(path);
  if (!bytes) throw new Error(`the default policy ${path} is missing from the TerraFusion package`);
  const parsed = readValidatedBytes(display, bytes);
  if (Array.isArray(parsed)) throw new PolicyError(parsed);
  return parsed.value;
}
function readValidatedBytes(display, bytes) {
  const source = parseYamlSource(display, bytes);
  if (Array.isArray(source)) return source;
  const problems = validateSource(source);
  if (problems.length > 0) return problems;
  return { value: source.value, positionOf: source.positionOf };
}
function enableMentionedGates(value) {
  const gates2 = value.gates;
  if (!gates2) return value;
  const enabled2 = {};
  for (const name of GATE_NAMES) {
    const gate = gates2[name];
    if (gate) enabled2[name] = { enabled: true, ...gate };
  }
  return { ...value, gates: { ...gates2, ...enabled2 } };
}
function mergePolicy(base, over, layer, origins, prefix = "") {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const current = out[key];
    if (isPlain(value) && isPlain(current)) {
      out[key] = mergePolicy(current, value, layer, origins, path);
    } else {
      for (const stale of [...origins.keys()]) if (stale.startsWith(`${path}.`)) origins.delete(stale);
      out[key] = value;
      markOrigins(value, layer, origins, path);
    }
  }
  return out;
}
function markOrigins(value, layer, origins, path) {
  if (isPlain(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) markOrigins(inner, layer, origins, `${path}.${key}`);
  } else {
    origins.set(path, layer);
  }
}
function isPlain(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function displayName(cwd, absolute) {
  const rel = relative2(cwd, absolute);
  return rel.startsWith("..") ? absolute : rel;
}

export {
  packageRoot,
  packageVersion,
  useInstalledTools,
  inRepository,
  repositoryRoot,
  ReadLimitedError,
  describeReadProblem,
  readLimited,
  FILE_LIMITS,
  OriginError,
  resolveOnOrigin,
  GATE_NAMES,
  GATE_OUTCOMES,
  defaultMessage,
  suggest,
  describe,
  DEFAULT_POLICY_PATHS,
  loadPolicy
};
