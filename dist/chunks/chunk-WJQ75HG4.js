import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  MAX_POLICY_BYTES,
  parseYamlSource,
  review
} from "./chunk-DGX4CH5M.js";
import {
  ConfigError,
  PolicyError,
  ToolError,
  actors,
  duration,
  external_exports,
  glob,
  nameGlob,
  percent,
  plural,
  ratio,
  slo
} from "./chunk-64HVLF7C.js";
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

// src/fs/load-policy.ts
import { join as join4 } from "node:path";

// src/policy/extends-ref.ts
var REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})?)\/([A-Za-z0-9._-]{1,100}):(.*)$/;
var EXTENDS_SYNTAX = "OWNER/REPO:PATH@REF, e.g. acme/.github:policies/base.yml@main (@REF optional)";
function parseExtends(value) {
  const remote = REMOTE.exec(value);
  if (!remote) {
    if (/^[^/:]+\/[^/:]+:/.test(value))
      return { error: `${JSON.stringify(value)} is not a valid repository name; write ${EXTENDS_SYNTAX}` };
    return { kind: "local", path: value };
  }
  const [, owner, repo, rest] = remote;
  if (repo === "." || repo === "..")
    return { error: `${JSON.stringify(value)} names no repository; write ${EXTENDS_SYNTAX}` };
  const at = rest.lastIndexOf("@");
  const path = at === -1 ? rest : rest.slice(0, at);
  const ref = at === -1 ? void 0 : rest.slice(at + 1);
  const badPath = pathProblem(path);
  if (badPath) return { error: `${JSON.stringify(value)}: the path ${badPath}; write ${EXTENDS_SYNTAX}` };
  if (ref !== void 0) {
    const badRef = refProblem(ref);
    if (badRef) return { error: `${JSON.stringify(value)}: the ref ${badRef}; write ${EXTENDS_SYNTAX}` };
  }
  return { kind: "remote", owner, repo, path, ...ref !== void 0 ? { ref } : {} };
}
function pathProblem(path) {
  if (path === "") return "is empty";
  if (path.startsWith("/")) return "starts with / (paths are relative to the other repository's root)";
  if (path.split("/").some((part) => part === "" || part === "." || part === ".."))
    return "has an empty, . or .. segment";
  return void 0;
}
function refProblem(ref) {
  if (ref === "") return "is empty (omit @ for the default branch)";
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(ref)) return "has a character git refuses in a ref";
  if (ref.includes("..") || ref.includes("@{") || ref.startsWith("/") || ref.endsWith("/") || ref.endsWith(".lock"))
    return "is not a valid git ref";
  return void 0;
}
function isRemoteExtends(value) {
  const target2 = parseExtends(value);
  return "kind" in target2 && target2.kind === "remote";
}
function resolveFrom(base, target2) {
  if (target2.kind === "remote") return target2;
  const problem = pathProblem(target2.path.replace(/^\.\//, ""));
  if (problem) return target2;
  return {
    kind: "remote",
    owner: base.owner,
    repo: base.repo,
    path: target2.path.replace(/^\.\//, ""),
    ...base.ref ? { ref: base.ref } : {}
  };
}
function describeRemote(target2) {
  return `${target2.owner}/${target2.repo}:${target2.path}${target2.ref !== void 0 ? `@${target2.ref}` : ""}`;
}
function remoteKey(target2) {
  return `${target2.owner.toLowerCase()}/${target2.repo.toLowerCase()}:${target2.path}@${target2.ref ?? ""}`;
}
function ownerRefusal(target2, rules) {
  const owner = target2.owner.toLowerCase();
  const allowed = (rules.allowedOwners ?? []).map((entry) => entry.toLowerCase());
  if (allowed.includes("*") || allowed.includes(owner)) return void 0;
  if (rules.repositoryOwner !== void 0 && rules.repositoryOwner.toLowerCase() === owner) return void 0;
  const whose = rules.repositoryOwner ? `${rules.repositoryOwner}'s own repositories` : "no owner's repositories";
  return `may not extend a file of ${target2.owner}: only ${whose}${allowed.length ? ` and ${allowed.join(", ")}` : ""} may be extended (the operator allows more owners with TERRAFUSION_EXTENDS_OWNERS)`;
}

// src/github/remote-policy.ts
var MAX_BLOBS = 500;
var RemotePolicyCache = class {
  constructor(max = MAX_BLOBS) {
    this.max = max;
  }
  max;
  #blobs = /* @__PURE__ */ new Map();
  #located = /* @__PURE__ */ new Map();
  clear() {
    this.#blobs.clear();
    this.#located.clear();
  }
  blob(sha) {
    return this.#blobs.get(sha);
  }
  located(key) {
    const entry = this.#located.get(key);
    return entry && this.#blobs.has(entry.sha) ? entry : void 0;
  }
  store(key, etag, sha, bytes) {
    this.#blobs.set(sha, bytes);
    if (etag) this.#located.set(key, { etag, sha });
    for (const map of [this.#blobs, this.#located])
      while (map.size > this.max) map.delete(map.keys().next().value);
  }
};
var statusOf = (error) => error.status;
function remotePolicies(octokit, cache, rules, reader = "this installation") {
  return {
    ...rules,
    async read(target2) {
      return readRemotePolicy(octokit, cache, target2, reader);
    }
  };
}
async function readRemotePolicy(octokit, cache, target2, reader) {
  const key = describeRemote(target2);
  const known = cache.located(key);
  const where = `${target2.owner}/${target2.repo}`;
  const at = target2.ref ? `at ${target2.ref}` : "on its default branch";
  try {
    const response = await octokit.rest.repos.getContent({
      owner: target2.owner,
      repo: target2.repo,
      path: target2.path,
      ...target2.ref ? { ref: target2.ref } : {},
      headers: known ? { "if-none-match": known.etag } : {}
    });
    const data = response.data;
    if (Array.isArray(data) || data.type !== "file")
      return {
        problem: `${target2.path} is ${Array.isArray(data) ? "a folder" : `a ${data.type}`} in ${where}, not a YAML file`
      };
    if (data.size > MAX_POLICY_BYTES * 16 || data.encoding !== "base64")
      return { problem: `the file is too large (${data.size} bytes) to be a policy` };
    const bytes = new Uint8Array(Buffer.from(data.content ?? "", "base64"));
    cache.store(key, response.headers.etag, data.sha, bytes);
    return { bytes };
  } catch (error) {
    const status = statusOf(error);
    if (status === 304 && known) {
      const bytes = cache.blob(known.sha);
      if (bytes) return { bytes };
    }
    if (status === 404)
      return {
        problem: `no such file ${at}, or ${reader} cannot read ${where} (the app must be installed on it with contents: read)`
      };
    if (status === 401 || status === 403)
      return { problem: `${reader} may not read ${where} (${status} ${error.message})` };
    throw error;
  }
}
function ownerRulesFromEnv(env) {
  const repositoryOwner = /^([^/\s]+)\/[^/\s]+$/.exec(env.GITHUB_REPOSITORY ?? "")?.[1];
  return { repositoryOwner, allowedOwners: repositoryOwner ? allowedExtendsOwners(env) : ["*"] };
}
function allowedExtendsOwners(env) {
  return (env.TERRAFUSION_EXTENDS_OWNERS ?? "").split(/[\s,]+/).filter(Boolean);
}
function lazyRemoteFromEnv(env) {
  const { repositoryOwner, allowedOwners } = ownerRulesFromEnv(env);
  let remote;
  return {
    repositoryOwner,
    allowedOwners,
    read: async (target2) => {
      remote ??= remoteFromEnv(env).then((found) => found.remote);
      const port = await remote;
      return port ? port.read(target2) : {
        problem: "it is only read with a GitHub token that may read that repository (set GITHUB_TOKEN or GH_TOKEN; in a workflow, pass a token with contents: read on it)"
      };
    }
  };
}
async function remoteFromEnv(env) {
  const { tokenFrom, tokenOctokit } = await import("./octokit-2XI7RQC2.js");
  const token = tokenFrom(env);
  if (!token) return {};
  const rules = ownerRulesFromEnv(env);
  const { repositoryOwner } = rules;
  const port = remotePolicies(
    tokenOctokit(token, env),
    new RemotePolicyCache(),
    rules,
    "the token"
  );
  const read = async (target2) => {
    try {
      return await port.read(target2);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ToolError(
        "GitHub",
        `${message} (while reading ${describeRemote(target2)}, which the policy extends)`
      );
    }
  };
  return {
    remote: { ...port, read },
    notice: repositoryOwner ? void 0 : "notice: the owners of extended repositories were not checked (set GITHUB_REPOSITORY=OWNER/REPO to check them as the app does)"
  };
}

// src/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "terrafusion") {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("cannot find TerraFusion's package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
function packageVersion() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
}
function useInstalledTools(env = process.env) {
  const bin = join(env.TERRAFUSION_TOOLS ?? join(packageRoot(), ".tools"), "bin");
  const parts = (env.PATH ?? "").split(":");
  if (!parts.includes(bin)) env.PATH = [bin, ...parts].filter(Boolean).join(":");
  env.SEMGREP_ENABLE_VERSION_CHECK ??= "0";
  env.SEMGREP_SEND_METRICS ??= "off";
}

// src/policy/load.ts
import { isAbsolute, join as join2, relative, resolve } from "node:path";

// node_modules/jsonpath-plus/dist/index-node-esm.js
import vm from "vm";
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name, callback, first) {
    if (typeof arguments[0] != "string") {
      for (let name2 in arguments[0]) {
        this.add(name2, arguments[0][name2], arguments[1]);
      }
    } else {
      (Array.isArray(name) ? name : [name]).forEach(function(name2) {
        this[name2] = this[name2] || [];
        if (callback) {
          this[name2][first ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name, env) {
    this[name] = this[name] || [];
    this[name].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin2) => {
      if (typeof plugin2 !== "object" || !plugin2.name || !plugin2.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin2.name]) {
        return;
      }
      plugin2.init(this.jsep);
      this.registered[plugin2.name] = plugin2;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.4.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + " at character " + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name, node) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this,
        node
      };
      _Jsep.hooks.run(name, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name) {
    if (_Jsep.hooks[name]) {
      const env = {
        context: this
      };
      _Jsep.hooks[name].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = {
      value: biop,
      prec: _Jsep.binaryPrecedence(biop),
      right_a: _Jsep.right_associative.has(biop)
    };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = {
        value: biop,
        prec,
        right_a: _Jsep.right_associative.has(biop)
      };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = {
            type: _Jsep.THIS_EXP
          };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number),
      raw: number
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str += "\n";
            break;
          case "r":
            str += "\r";
            break;
          case "t":
            str += "	";
            break;
          case "b":
            str += "\b";
            break;
          case "f":
            str += "\f";
            break;
          case "v":
            str += "\v";
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };
          if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);
var FSLASH_CODE = 47;
var BSLASH_CODE = 92;
var index = {
  name: "regex",
  init(jsep2) {
    jsep2.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
      if (this.code === FSLASH_CODE) {
        const patternIndex = ++this.index;
        let inCharSet = false;
        while (this.index < this.expr.length) {
          if (this.code === FSLASH_CODE && !inCharSet) {
            const pattern = this.expr.slice(patternIndex, this.index);
            let flags = "";
            while (++this.index < this.expr.length) {
              const code = this.code;
              if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57) {
                flags += this.char;
              } else {
                break;
              }
            }
            let value;
            try {
              value = new RegExp(pattern, flags);
            } catch (e) {
              this.throwError(e.message);
            }
            env.node = {
              type: jsep2.LITERAL,
              value,
              raw: this.expr.slice(patternIndex - 1, this.index)
            };
            env.node = this.gobbleTokenProperty(env.node);
            return env.node;
          }
          if (this.code === jsep2.OBRACK_CODE) {
            inCharSet = true;
          } else if (inCharSet && this.code === jsep2.CBRACK_CODE) {
            inCharSet = false;
          }
          this.index += this.code === BSLASH_CODE ? 2 : 1;
        }
        this.throwError("Unclosed Regex");
      }
    });
  }
};
var PLUS_CODE = 43;
var MINUS_CODE = 45;
var plugin = {
  name: "assignment",
  assignmentOperators: /* @__PURE__ */ new Set(["=", "*=", "**=", "/=", "%=", "+=", "-=", "<<=", ">>=", ">>>=", "&=", "^=", "|=", "||=", "&&=", "??="]),
  updateOperators: [PLUS_CODE, MINUS_CODE],
  assignmentPrecedence: 0.9,
  init(jsep2) {
    const updateNodeTypes = [jsep2.IDENTIFIER, jsep2.MEMBER_EXP];
    plugin.assignmentOperators.forEach((op) => jsep2.addBinaryOp(op, plugin.assignmentPrecedence, true));
    jsep2.hooks.add("gobble-token", function gobbleUpdatePrefix(env) {
      const code = this.code;
      if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
        this.index += 2;
        env.node = {
          type: "UpdateExpression",
          operator: code === PLUS_CODE ? "++" : "--",
          argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
          prefix: true
        };
        if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
          this.throwError(`Unexpected ${env.node.operator}`);
        }
      }
    });
    jsep2.hooks.add("after-token", function gobbleUpdatePostfix(env) {
      if (env.node) {
        const code = this.code;
        if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
          if (!updateNodeTypes.includes(env.node.type)) {
            this.throwError(`Unexpected ${env.node.operator}`);
          }
          this.index += 2;
          env.node = {
            type: "UpdateExpression",
            operator: code === PLUS_CODE ? "++" : "--",
            argument: env.node,
            prefix: false
          };
        }
      }
    });
    jsep2.hooks.add("after-expression", function gobbleAssignment(env) {
      if (env.node) {
        updateBinariesToAssignments(env.node);
      }
    });
    function updateBinariesToAssignments(node) {
      if (plugin.assignmentOperators.has(node.operator)) {
        node.type = "AssignmentExpression";
        updateBinariesToAssignments(node.left);
        updateBinariesToAssignments(node.right);
      } else if (!node.operator) {
        Object.values(node).forEach((val) => {
          if (val && typeof val === "object") {
            updateBinariesToAssignments(val);
          }
        });
      }
    }
  }
};
jsep.plugins.register(index, plugin);
jsep.addUnaryOp("typeof");
jsep.addUnaryOp("void");
jsep.addLiteral("null", null);
jsep.addLiteral("undefined", void 0);
var BLOCKED_PROTO_PROPERTIES = /* @__PURE__ */ new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
var SafeEval = {
  /**
   * @param {jsep.Expression} ast
   * @param {Record<string, any>} subs
   */
  evalAst(ast, subs) {
    switch (ast.type) {
      case "BinaryExpression":
      case "LogicalExpression":
        return SafeEval.evalBinaryExpression(ast, subs);
      case "Compound":
        return SafeEval.evalCompound(ast, subs);
      case "ConditionalExpression":
        return SafeEval.evalConditionalExpression(ast, subs);
      case "Identifier":
        return SafeEval.evalIdentifier(ast, subs);
      case "Literal":
        return SafeEval.evalLiteral(ast, subs);
      case "MemberExpression":
        return SafeEval.evalMemberExpression(ast, subs);
      case "UnaryExpression":
        return SafeEval.evalUnaryExpression(ast, subs);
      case "ArrayExpression":
        return SafeEval.evalArrayExpression(ast, subs);
      case "CallExpression":
        return SafeEval.evalCallExpression(ast, subs);
      case "AssignmentExpression":
        return SafeEval.evalAssignmentExpression(ast, subs);
      default:
        throw SyntaxError("Unexpected expression", ast);
    }
  },
  evalBinaryExpression(ast, subs) {
    const result = {
      "||": (a, b) => a || b(),
      "&&": (a, b) => a && b(),
      "|": (a, b) => a | b(),
      "^": (a, b) => a ^ b(),
      "&": (a, b) => a & b(),
      // eslint-disable-next-line eqeqeq -- API
      "==": (a, b) => a == b(),
      // eslint-disable-next-line eqeqeq -- API
      "!=": (a, b) => a != b(),
      "===": (a, b) => a === b(),
      "!==": (a, b) => a !== b(),
      "<": (a, b) => a < b(),
      ">": (a, b) => a > b(),
      "<=": (a, b) => a <= b(),
      ">=": (a, b) => a >= b(),
      "<<": (a, b) => a << b(),
      ">>": (a, b) => a >> b(),
      ">>>": (a, b) => a >>> b(),
      "+": (a, b) => a + b(),
      "-": (a, b) => a - b(),
      "*": (a, b) => a * b(),
      "/": (a, b) => a / b(),
      "%": (a, b) => a % b()
    }[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
    return result;
  },
  evalCompound(ast, subs) {
    let last;
    for (let i = 0; i < ast.body.length; i++) {
      if (ast.body[i].type === "Identifier" && ["var", "let", "const"].includes(ast.body[i].name) && ast.body[i + 1] && ast.body[i + 1].type === "AssignmentExpression") {
        i += 1;
      }
      const expr = ast.body[i];
      last = SafeEval.evalAst(expr, subs);
    }
    return last;
  },
  evalConditionalExpression(ast, subs) {
    if (SafeEval.evalAst(ast.test, subs)) {
      return SafeEval.evalAst(ast.consequent, subs);
    }
    return SafeEval.evalAst(ast.alternate, subs);
  },
  evalIdentifier(ast, subs) {
    if (Object.hasOwn(subs, ast.name)) {
      return subs[ast.name];
    }
    throw ReferenceError(`${ast.name} is not defined`);
  },
  evalLiteral(ast) {
    return ast.value;
  },
  evalMemberExpression(ast, subs) {
    const prop = String(
      // NOTE: `String(value)` throws error when
      // value has overwritten the toString method to return non-string
      // i.e. `value = {toString: () => []}`
      ast.computed ? SafeEval.evalAst(ast.property) : ast.property.name
      // `object.property` property is Identifier
    );
    const obj = SafeEval.evalAst(ast.object, subs);
    if (obj === void 0 || obj === null) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
      throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
    }
    const result = obj[prop];
    if (typeof result === "function") {
      return result.bind(obj);
    }
    return result;
  },
  evalUnaryExpression(ast, subs) {
    const result = {
      "-": (a) => -SafeEval.evalAst(a, subs),
      "!": (a) => !SafeEval.evalAst(a, subs),
      "~": (a) => ~SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-implicit-coercion -- API
      "+": (a) => +SafeEval.evalAst(a, subs),
      typeof: (a) => typeof SafeEval.evalAst(a, subs),
      // eslint-disable-next-line no-void, sonarjs/void-use -- feature
      void: (a) => void SafeEval.evalAst(a, subs)
    }[ast.operator](ast.argument);
    return result;
  },
  evalArrayExpression(ast, subs) {
    return ast.elements.map((el) => SafeEval.evalAst(el, subs));
  },
  evalCallExpression(ast, subs) {
    const args = ast.arguments.map((arg) => SafeEval.evalAst(arg, subs));
    const func = SafeEval.evalAst(ast.callee, subs);
    if (func === Function) {
      throw new Error("Function constructor is disabled");
    }
    return func(...args);
  },
  evalAssignmentExpression(ast, subs) {
    if (ast.left.type !== "Identifier") {
      throw SyntaxError("Invalid left-hand side in assignment");
    }
    const id = ast.left.name;
    const value = SafeEval.evalAst(ast.right, subs);
    subs[id] = value;
    return subs[id];
  }
};
var SafeScript = class {
  /**
   * @param {string} expr Expression to evaluate
   */
  constructor(expr) {
    this.code = expr;
    this.ast = jsep(this.code);
  }
  /**
   * @param {object} context Object whose items will be added
   *   to evaluation
   * @returns {EvaluatedResult} Result of evaluated code
   */
  runInNewContext(context) {
    const keyMap = Object.assign(/* @__PURE__ */ Object.create(null), context);
    return SafeEval.evalAst(this.ast, keyMap);
  }
};
function push(arr, item) {
  arr = arr.slice();
  arr.push(item);
  return arr;
}
function unshift(item, arr) {
  arr = arr.slice();
  arr.unshift(item);
  return arr;
}
var NewError = class extends Error {
  /**
   * @param {AnyResult} value The evaluated scalar value
   */
  constructor(value) {
    super('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)');
    this.avoidNew = true;
    this.value = value;
    this.name = "NewError";
  }
};
function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
  if (!(this instanceof JSONPath)) {
    try {
      return new JSONPath(opts, expr, obj, callback, otherTypeCallback);
    } catch (e) {
      if (!e.avoidNew) {
        throw e;
      }
      return e.value;
    }
  }
  if (typeof opts === "string") {
    otherTypeCallback = callback;
    callback = obj;
    obj = expr;
    expr = opts;
    opts = null;
  }
  const optObj = opts && typeof opts === "object";
  opts = opts || {};
  this.json = opts.json || obj;
  this.path = opts.path || expr;
  this.resultType = opts.resultType || "value";
  this.flatten = opts.flatten || false;
  this.wrap = Object.hasOwn(opts, "wrap") ? opts.wrap : true;
  this.sandbox = opts.sandbox || {};
  this.eval = opts.eval === void 0 ? "safe" : opts.eval;
  this.ignoreEvalErrors = typeof opts.ignoreEvalErrors === "undefined" ? false : opts.ignoreEvalErrors;
  this.parent = opts.parent || null;
  this.parentProperty = opts.parentProperty || null;
  this.callback = opts.callback || callback || null;
  this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function() {
    throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.");
  };
  if (opts.autostart !== false) {
    const args = {
      path: optObj ? opts.path : expr
    };
    if (!optObj) {
      args.json = obj;
    } else if ("json" in opts) {
      args.json = opts.json;
    }
    const ret = this.evaluate(args);
    if (!ret || typeof ret !== "object") {
      throw new NewError(ret);
    }
    return ret;
  }
}
JSONPath.prototype.evaluate = function(expr, json, callback, otherTypeCallback) {
  let currParent = this.parent, currParentProperty = this.parentProperty;
  let {
    flatten,
    wrap
  } = this;
  this.currResultType = this.resultType;
  this.currEval = this.eval;
  this.currSandbox = this.sandbox;
  callback = callback || this.callback;
  this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
  json = json || this.json;
  expr = expr || this.path;
  if (expr && typeof expr === "object" && !Array.isArray(expr)) {
    if (!expr.path && expr.path !== "") {
      throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');
    }
    if (!Object.hasOwn(expr, "json")) {
      throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');
    }
    ({
      json
    } = expr);
    flatten = Object.hasOwn(expr, "flatten") ? expr.flatten : flatten;
    this.currResultType = Object.hasOwn(expr, "resultType") ? expr.resultType : this.currResultType;
    this.currSandbox = Object.hasOwn(expr, "sandbox") ? expr.sandbox : this.currSandbox;
    wrap = Object.hasOwn(expr, "wrap") ? expr.wrap : wrap;
    this.currEval = Object.hasOwn(expr, "eval") ? expr.eval : this.currEval;
    callback = Object.hasOwn(expr, "callback") ? expr.callback : callback;
    this.currOtherTypeCallback = Object.hasOwn(expr, "otherTypeCallback") ? expr.otherTypeCallback : this.currOtherTypeCallback;
    currParent = Object.hasOwn(expr, "parent") ? expr.parent : currParent;
    currParentProperty = Object.hasOwn(expr, "parentProperty") ? expr.parentProperty : currParentProperty;
    expr = expr.path;
  }
  currParent = currParent || null;
  currParentProperty = currParentProperty || null;
  if (Array.isArray(expr)) {
    expr = JSONPath.toPathString(expr);
  }
  if (!expr && expr !== "" || !json) {
    return void 0;
  }
  const exprList = JSONPath.toPathArray(expr);
  if (exprList[0] === "$" && exprList.length > 1) {
    exprList.shift();
  }
  this._hasParentSelector = null;
  const result = this._trace(exprList, json, ["$"], currParent, currParentProperty, callback).filter(function(ea) {
    return ea && !ea.isParentSelector;
  });
  if (!result.length) {
    return wrap ? [] : void 0;
  }
  if (!wrap && result.length === 1 && !result[0].hasArrExpr) {
    return this._getPreferredOutput(result[0]);
  }
  return result.reduce((rslt, ea) => {
    const valOrPath = this._getPreferredOutput(ea);
    if (flatten && Array.isArray(valOrPath)) {
      rslt = rslt.concat(valOrPath);
    } else {
      rslt.push(valOrPath);
    }
    return rslt;
  }, []);
};
JSONPath.prototype._getPreferredOutput = function(ea) {
  const resultType = this.currResultType;
  switch (resultType) {
    case "all": {
      const path = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
      ea.pointer = JSONPath.toPointer(path);
      ea.path = typeof ea.path === "string" ? ea.path : JSONPath.toPathString(ea.path);
      return ea;
    }
    case "value":
    case "parent":
    case "parentProperty":
      return ea[resultType];
    case "path":
      return JSONPath.toPathString(ea[resultType]);
    case "pointer":
      return JSONPath.toPointer(ea.path);
    default:
      throw new TypeError("Unknown result type");
  }
};
JSONPath.prototype._handleCallback = function(fullRetObj, callback, type) {
  if (callback) {
    const preferredOutput = this._getPreferredOutput(fullRetObj);
    fullRetObj.path = typeof fullRetObj.path === "string" ? fullRetObj.path : JSONPath.toPathString(fullRetObj.path);
    callback(preferredOutput, type, fullRetObj);
  }
};
JSONPath.prototype._trace = function(expr, val, path, parent, parentPropName, callback, hasArrExpr, literalPriority) {
  let retObj;
  if (!expr.length) {
    retObj = {
      path,
      value: val,
      parent,
      parentProperty: parentPropName,
      hasArrExpr
    };
    this._handleCallback(retObj, callback, "value");
    return retObj;
  }
  const loc = expr[0], x = expr.slice(1);
  const ret = [];
  function addRet(elems) {
    if (Array.isArray(elems)) {
      elems.forEach((t) => {
        ret.push(t);
      });
    } else {
      ret.push(elems);
    }
  }
  if ((typeof loc !== "string" || literalPriority) && val && Object.hasOwn(val, loc)) {
    addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr));
  } else if (loc === "*") {
    this._walk(val, (m) => {
      addRet(this._trace(x, val[m], push(path, m), val, m, callback, true, true));
    });
  } else if (loc === "..") {
    addRet(this._trace(x, val, path, parent, parentPropName, callback, hasArrExpr));
    this._walk(val, (m) => {
      if (typeof val[m] === "object") {
        addRet(this._trace(expr.slice(), val[m], push(path, m), val, m, callback, true));
      }
    });
  } else if (loc === "^") {
    this._hasParentSelector = true;
    return {
      path: path.slice(0, -1),
      expr: x,
      isParentSelector: true
    };
  } else if (loc === "~") {
    retObj = {
      path: push(path, loc),
      value: parentPropName,
      parent,
      parentProperty: null
    };
    this._handleCallback(retObj, callback, "property");
    return retObj;
  } else if (loc === "$") {
    addRet(this._trace(x, val, path, null, null, callback, hasArrExpr));
  } else if (/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc)) {
    addRet(this._slice(loc, x, val, path, parent, parentPropName, callback));
  } else if (loc.indexOf("?(") === 0) {
    if (this.currEval === false) {
      throw new Error("Eval [?(expr)] prevented in JSONPath expression.");
    }
    const safeLoc = loc.replace(/^\?\((.*?)\)$/u, "$1");
    const nested = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);
    if (nested) {
      this._walk(val, (m) => {
        const npath = [nested[2]];
        const nvalue = nested[1] ? val[m][nested[1]] : val[m];
        const filterResults = this._trace(npath, nvalue, path, parent, parentPropName, callback, true);
        if (filterResults.length > 0) {
          addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
        }
      });
    } else {
      this._walk(val, (m) => {
        if (this._eval(safeLoc, val[m], m, path, parent, parentPropName)) {
          addRet(this._trace(x, val[m], push(path, m), val, m, callback, true));
        }
      });
    }
  } else if (loc[0] === "(") {
    if (this.currEval === false) {
      throw new Error("Eval [(expr)] prevented in JSONPath expression.");
    }
    addRet(this._trace(unshift(this._eval(loc, val, path.at(-1), path.slice(0, -1), parent, parentPropName), x), val, path, parent, parentPropName, callback, hasArrExpr));
  } else if (loc[0] === "@") {
    let addType = false;
    const valueType = loc.slice(1, -2);
    switch (valueType) {
      case "scalar":
        if (!val || !["object", "function"].includes(typeof val)) {
          addType = true;
        }
        break;
      case "boolean":
      case "string":
      case "undefined":
      case "function":
        if (typeof val === valueType) {
          addType = true;
        }
        break;
      case "integer":
        if (Number.isFinite(val) && !(val % 1)) {
          addType = true;
        }
        break;
      case "number":
        if (Number.isFinite(val)) {
          addType = true;
        }
        break;
      case "nonFinite":
        if (typeof val === "number" && !Number.isFinite(val)) {
          addType = true;
        }
        break;
      case "object":
        if (val && typeof val === valueType) {
          addType = true;
        }
        break;
      case "array":
        if (Array.isArray(val)) {
          addType = true;
        }
        break;
      case "other":
        addType = this.currOtherTypeCallback(val, path, parent, parentPropName);
        break;
      case "null":
        if (val === null) {
          addType = true;
        }
        break;
      /* c8 ignore next 2 */
      default:
        throw new TypeError("Unknown value type " + valueType);
    }
    if (addType) {
      retObj = {
        path,
        value: val,
        parent,
        parentProperty: parentPropName
      };
      this._handleCallback(retObj, callback, "value");
      return retObj;
    }
  } else if (loc[0] === "`" && val && Object.hasOwn(val, loc.slice(1))) {
    const locProp = loc.slice(1);
    addRet(this._trace(x, val[locProp], push(path, locProp), val, locProp, callback, hasArrExpr, true));
  } else if (loc.includes(",")) {
    const parts = loc.split(",");
    for (const part of parts) {
      addRet(this._trace(unshift(part, x), val, path, parent, parentPropName, callback, true));
    }
  } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
    addRet(this._trace(x, val[loc], push(path, loc), val, loc, callback, hasArrExpr, true));
  }
  if (this._hasParentSelector) {
    for (let t = 0; t < ret.length; t++) {
      const rett = ret[t];
      if (rett && rett.isParentSelector) {
        const tmp = this._trace(rett.expr, val, rett.path, parent, parentPropName, callback, hasArrExpr);
        if (Array.isArray(tmp)) {
          ret[t] = tmp[0];
          const tl = tmp.length;
          for (let tt = 1; tt < tl; tt++) {
            t++;
            ret.splice(t, 0, tmp[tt]);
          }
        } else {
          ret[t] = tmp;
        }
      }
    }
  }
  return ret;
};
JSONPath.prototype._walk = function(val, f) {
  if (Array.isArray(val)) {
    const n = val.length;
    for (let i = 0; i < n; i++) {
      f(i);
    }
  } else if (val && typeof val === "object") {
    Object.keys(val).forEach((m) => {
      f(m);
    });
  }
};
JSONPath.prototype._slice = function(loc, expr, val, path, parent, parentPropName, callback) {
  if (!Array.isArray(val)) {
    return void 0;
  }
  const len = val.length, parts = loc.split(":"), step = parts[2] && Number.parseInt(parts[2]) || 1;
  let start = parts[0] && Number.parseInt(parts[0]) || 0, end = parts[1] && Number.parseInt(parts[1]) || len;
  start = start < 0 ? Math.max(0, start + len) : Math.min(len, start);
  end = end < 0 ? Math.max(0, end + len) : Math.min(len, end);
  const ret = [];
  for (let i = start; i < end; i += step) {
    const tmp = this._trace(unshift(i, expr), val, path, parent, parentPropName, callback, true);
    tmp.forEach((t) => {
      ret.push(t);
    });
  }
  return ret;
};
JSONPath.prototype._eval = function(code, _v, _vname, path, parent, parentPropName) {
  this.currSandbox._$_parentProperty = parentPropName;
  this.currSandbox._$_parent = parent;
  this.currSandbox._$_property = _vname;
  this.currSandbox._$_root = this.json;
  this.currSandbox._$_v = _v;
  const containsPath = code.includes("@path");
  if (containsPath) {
    this.currSandbox._$_path = JSONPath.toPathString(path.concat([_vname]));
  }
  const scriptCacheKey = this.currEval + "Script:" + code;
  if (!JSONPath.cache[scriptCacheKey]) {
    let script = code.replaceAll("@parentProperty", "_$_parentProperty").replaceAll("@parent", "_$_parent").replaceAll("@property", "_$_property").replaceAll("@root", "_$_root").replaceAll(/@([.\s)[])/gu, "_$_v$1");
    if (containsPath) {
      script = script.replaceAll("@path", "_$_path");
    }
    if (this.currEval === "safe" || this.currEval === true || this.currEval === void 0) {
      JSONPath.cache[scriptCacheKey] = new this.safeVm.Script(script);
    } else if (this.currEval === "native") {
      JSONPath.cache[scriptCacheKey] = new this.vm.Script(script);
    } else if (typeof this.currEval === "function" && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, "runInNewContext")) {
      const CurrEval = this.currEval;
      JSONPath.cache[scriptCacheKey] = new CurrEval(script);
    } else if (typeof this.currEval === "function") {
      JSONPath.cache[scriptCacheKey] = {
        runInNewContext: (context) => this.currEval(script, context)
      };
    } else {
      throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
    }
  }
  try {
    return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox);
  } catch (e) {
    if (this.ignoreEvalErrors) {
      return false;
    }
    throw new Error("jsonPath: " + e.message + ": " + code);
  }
};
JSONPath.cache = {};
JSONPath.toPathString = function(pathArr) {
  const x = pathArr, n = x.length;
  let p = "$";
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += /^[0-9*]+$/u.test(x[i]) ? "[" + x[i] + "]" : "['" + x[i] + "']";
    }
  }
  return p;
};
JSONPath.toPointer = function(pointer) {
  const x = pointer, n = x.length;
  let p = "";
  for (let i = 1; i < n; i++) {
    if (!/^(~|\^|@.*?\(\))$/u.test(x[i])) {
      p += "/" + x[i].toString().replaceAll("~", "~0").replaceAll("/", "~1");
    }
  }
  return p;
};
JSONPath.toPathArray = function(expr) {
  const {
    cache
  } = JSONPath;
  if (cache[expr]) {
    return cache[expr].concat();
  }
  const subx = [];
  const normalized = expr.replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu, ";$&;").replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu, function($0, $1) {
    return "[#" + (subx.push($1) - 1) + "]";
  }).replaceAll(/\[['"]([^'\]]*)['"]\]/gu, function($0, prop) {
    return "['" + prop.replaceAll(".", "%@%").replaceAll("~", "%%@@%%") + "']";
  }).replaceAll("~", ";~;").replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu, ";").replaceAll("%@%", ".").replaceAll("%%@@%%", "~").replaceAll(/(?:;)?(\^+)(?:;)?/gu, function($0, ups) {
    return ";" + ups.split("").join(";") + ";";
  }).replaceAll(/;;;|;;/gu, ";..;").replaceAll(/;$|'?\]|'$/gu, "");
  const exprList = normalized.split(";").map(function(exp) {
    const match = exp.match(/#(\d+)/u);
    return !match || !match[1] ? exp : subx[match[1]];
  });
  cache[expr] = exprList;
  return cache[expr].concat();
};
JSONPath.prototype.safeVm = {
  Script: SafeScript
};
JSONPath.prototype.vm = vm;

// src/core/condition.ts
var ConditionSyntaxError = class extends Error {
  constructor(column, reason) {
    super(`column ${column}: ${reason}`);
    this.column = column;
    this.reason = reason;
    this.name = "ConditionSyntaxError";
  }
  column;
  reason;
};
var ConditionEvaluationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConditionEvaluationError";
  }
};
var MAX_LENGTH = 500;
var MAX_DEPTH = 32;
var OPERATORS = ["<=", ">=", "==", "!=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "(", ")"];
var WORD_OPERATORS = { and: "&&", or: "||", not: "!" };
function tokenize(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (word) {
      const operator2 = WORD_OPERATORS[word[0]];
      tokens.push(
        operator2 ? { kind: "op", value: operator2, at: i } : { kind: "word", value: word[0], at: i }
      );
      i += word[0].length;
      continue;
    }
    if (char === '"' || char === "'") {
      const end = source.indexOf(char, i + 1);
      if (end < 0)
        throw new ConditionSyntaxError(i + 1, `the string that starts here has no closing ${char}`);
      tokens.push({ kind: "string", value: source.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    if (char === "[")
      throw new ConditionSyntaxError(
        i + 1,
        "result is one value: write result, not result[0] (a query that returns several series is judged series by series)"
      );
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    if (!operator) throw new ConditionSyntaxError(i + 1, `unexpected ${JSON.stringify(char)}`);
    tokens.push({ kind: "op", value: operator, at: i });
    i += operator.length;
  }
  tokens.push({ kind: "end", at: source.length });
  return tokens;
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  position = 0;
  depth = 0;
  parse() {
    const node = this.or();
    const next = this.peek();
    if (next.kind !== "end") throw this.unexpected(next, "an operator or the end");
    return node;
  }
  peek() {
    return this.tokens[this.position];
  }
  takeOp(...ops) {
    const token = this.peek();
    if (token.kind === "op" && ops.includes(token.value)) {
      this.position++;
      return token.value;
    }
    return void 0;
  }
  unexpected(token, expected) {
    const seen = token.kind === "end" ? "the end" : token.kind === "string" ? JSON.stringify(token.value) : String(token.value);
    return new ConditionSyntaxError(token.at + 1, `expected ${expected}, found ${seen}`);
  }
  binaryLevel(ops, next) {
    let left = next();
    for (let op = this.takeOp(...ops); op; op = this.takeOp(...ops))
      left = { kind: "binary", op, left, right: next() };
    return left;
  }
  or = () => this.nested(() => this.binaryLevel(["||"], this.and));
  and = () => this.binaryLevel(["&&"], this.not);
  sum = () => this.binaryLevel(["+", "-"], this.product);
  product = () => this.binaryLevel(["*", "/"], this.unary);
  not = () => this.takeOp("!") ? { kind: "not", operand: this.nested(this.not) } : this.comparison();
  comparison = () => {
    const left = this.sum();
    const op = this.takeOp("<=", ">=", "==", "!=", "<", ">");
    if (!op) return left;
    const node = { kind: "binary", op, left, right: this.sum() };
    const chained = this.peek();
    if (chained.kind === "op" && ["<=", ">=", "==", "!=", "<", ">"].includes(chained.value))
      throw new ConditionSyntaxError(
        chained.at + 1,
        "comparisons do not chain: join them with && (a < result && result < b)"
      );
    return node;
  };
  unary = () => this.takeOp("-") ? { kind: "negate", operand: this.nested(this.unary) } : this.primary();
  primary() {
    const token = this.peek();
    if (token.kind === "number" || token.kind === "string") {
      this.position++;
      return { kind: "literal", value: token.value };
    }
    if (token.kind === "word") {
      this.position++;
      if (token.value === "result") return { kind: "result" };
      if (token.value === "true" || token.value === "false")
        return { kind: "literal", value: token.value === "true" };
      throw new ConditionSyntaxError(
        token.at + 1,
        `unknown name ${JSON.stringify(token.value)}: a condition knows result, numbers, "strings", true and false`
      );
    }
    if (this.takeOp("(")) {
      const inner = this.or();
      if (!this.takeOp(")")) throw this.unexpected(this.peek(), ")");
      return inner;
    }
    throw this.unexpected(token, "result, a number, a string, true, false or (");
  }
  nested(parse) {
    if (++this.depth > MAX_DEPTH)
      throw new ConditionSyntaxError(this.peek().at + 1, `nested more than ${MAX_DEPTH} levels deep`);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
};
function parseCondition(source) {
  if (source.length > MAX_LENGTH)
    throw new ConditionSyntaxError(
      MAX_LENGTH + 1,
      `a condition is at most ${plural(MAX_LENGTH, "character")}`
    );
  const tokens = tokenize(source);
  const tree = new Parser(tokens).parse();
  if (!mentionsResult(tree))
    throw new ConditionSyntaxError(1, "the condition never reads result, so it would decide nothing");
  return {
    source,
    test(result) {
      const value = evaluate(tree, result);
      if (typeof value !== "boolean")
        throw new ConditionEvaluationError(`the condition gives ${describe(value)}, not true or false`);
      return value;
    }
  };
}
function conditionProblem(source) {
  try {
    parseCondition(source);
    return void 0;
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return error.message;
    throw error;
  }
}
function mentionsResult(node) {
  switch (node.kind) {
    case "result":
      return true;
    case "literal":
      return false;
    case "not":
    case "negate":
      return mentionsResult(node.operand);
    case "binary":
      return mentionsResult(node.left) || mentionsResult(node.right);
  }
}
function evaluate(node, result) {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "result":
      return result;
    case "not":
      return !boolean(evaluate(node.operand, result), "!");
    case "negate":
      return -numeric(evaluate(node.operand, result), "-");
    case "binary": {
      if (node.op === "&&")
        return boolean(evaluate(node.left, result), "&&") && boolean(evaluate(node.right, result), "&&");
      if (node.op === "||")
        return boolean(evaluate(node.left, result), "||") || boolean(evaluate(node.right, result), "||");
      const left = evaluate(node.left, result);
      const right = evaluate(node.right, result);
      if (node.op === "==" || node.op === "!=") {
        if (typeof left !== typeof right)
          throw new ConditionEvaluationError(`${node.op} compares ${describe(left)} with ${describe(right)}`);
        return node.op === "==" ? left === right : left !== right;
      }
      const a = numeric(left, node.op);
      const b = numeric(right, node.op);
      switch (node.op) {
        case "<":
          return a < b;
        case "<=":
          return a <= b;
        case ">":
          return a > b;
        case ">=":
          return a >= b;
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return a / b;
      }
    }
  }
}
function numeric(value, op) {
  if (typeof value !== "number")
    throw new ConditionEvaluationError(`${op} needs numbers, got ${describe(value)}`);
  return value;
}
function boolean(value, op) {
  if (typeof value !== "boolean")
    throw new ConditionEvaluationError(`${op} needs true or false, got ${describe(value)}`);
  return value;
}
function describe(value) {
  return typeof value === "string" ? `the string ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
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
function pathProblem2(path) {
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

// src/policy/schema/path-on-origin.ts
var pathOnOrigin = (what) => external_exports.string().startsWith("/", { error: `${what} is a path that starts with /` }).superRefine((path, ctx) => {
  const problem = path.startsWith("/") ? pathProblem2(path) : void 0;
  if (problem)
    ctx.addIssue({ code: "custom", message: `${what} stays on the environment's address: ${problem}` });
}).meta({
  description: "A path on the environment's own address: one leading /, no // or /\\ (another host)."
});

// src/policy/schema/metrics.ts
var httpUrl = external_exports.url({ protocol: /^https?$/ });
var prometheus = external_exports.strictObject({
  address: httpUrl.meta({
    description: "The Prometheus server (e.g. http://127.0.0.1:9090); the query goes to its /api/v1/query."
  }),
  query: external_exports.string().min(1).max(1e4).meta({
    description: 'A PromQL instant query; {{color}} and {{version}} are replaced by the color and version, escaped for a PromQL string ("\u2026").'
  }),
  method: external_exports.enum(["GET", "POST"]).optional().meta({ description: "GET (default) or POST (form body, for long queries)." }),
  timeout: duration.optional().meta({ description: "How long one query may take (default 5s)." })
});
function jsonPathProblem(path) {
  if (!path.startsWith("$")) return "a JSONPath starts with $ (e.g. $.data.errorRate)";
  if (/[?]\s*\(|\[\s*\(/.test(path)) return "filter and script expressions (?(\u2026), (\u2026)) are not allowed";
  try {
    JSONPath.toPathArray(path);
  } catch (error) {
    return error.message;
  }
  return void 0;
}
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var RESERVED_HEADERS = /* @__PURE__ */ new Set(["host", "content-length", "transfer-encoding", "connection"]);
var http = external_exports.strictObject({
  url: httpUrl.refine((url) => !(url.split("://")[1]?.split(/[/?#]/)[0] ?? "").includes("{"), {
    error: "{{color}} and {{version}} may stand in the URL's path or query, not in its host: the host is the one the operator allows"
  }).meta({
    description: "A JSON endpoint, requested with GET; {{color}} and {{version}} are replaced (URL-encoded). No redirects are followed."
  }),
  "json-path": external_exports.string().min(1).superRefine((path, ctx) => {
    const problem = jsonPathProblem(path);
    if (problem)
      ctx.addIssue({ code: "custom", message: `invalid JSONPath ${JSON.stringify(path)}: ${problem}` });
  }).meta({
    description: "Where result is in the answer (JSONPath, e.g. $.data.errorRate); several matches are several series. No filter expressions."
  }),
  headers: external_exports.record(
    external_exports.string().regex(HEADER_NAME, { error: "a header name is a token (letters, digits, - \u2026)" }),
    external_exports.string().regex(/^[^\r\n\0]*$/, { error: "a header value holds no line break" })
  ).superRefine((headers, ctx) => {
    for (const name of Object.keys(headers))
      if (RESERVED_HEADERS.has(name.toLowerCase()))
        ctx.addIssue({ code: "custom", path: [name], message: `${name} is set by the request itself` });
  }).optional().meta({ description: "Request headers (no secrets: the policy is readable by the repository)." }),
  timeout: duration.optional().meta({ description: "How long one request may take (default 5s)." })
});
var FIGURES = ["error-rate", "p95-ms", "p99-ms", "requests", "errors"];
var figure = external_exports.enum(FIGURES).meta({ description: "Which figure is result." });
function loadRunFields(pathsDescription) {
  return {
    rate: external_exports.int().positive().optional().meta({ description: "Requests per second (default: as fast as answers come)." }),
    connections: external_exports.int().min(1).optional().meta({ description: "Concurrent connections (default 4)." }),
    paths: external_exports.array(pathOnOrigin("a load path")).min(1).optional().meta({ description: pathsDescription })
  };
}
var PROVIDERS = ["prometheus", "http", "counters", "probe", "load"];
var provider = external_exports.strictObject({
  prometheus: prometheus.optional().meta({ description: "A PromQL instant query (Prometheus's HTTP API)." }),
  http: http.optional().meta({ description: "A JSON endpoint and a JSONPath into its answer." }),
  counters: external_exports.strictObject({ figure }).optional().meta({
    description: "The driver's per-color request counters since the previous measurement (the router driver keeps them)."
  }),
  probe: external_exports.strictObject({ path: pathOnOrigin("a probe") }).optional().meta({
    description: "One GET of the color: result is the HTTP status (a failed request is an error)."
  }),
  load: external_exports.strictObject({
    figure,
    ...loadRunFields("Paths requested in turn (default /)."),
    duration: duration.optional().meta({ description: "Length of each run (default: the metric's interval, else 2s)." })
  }).optional().meta({ description: "A short load run straight at the color; result is one of its figures." })
}).superRefine((value, ctx) => {
  const named = PROVIDERS.filter((name) => value[name] !== void 0);
  if (named.length !== 1)
    ctx.addIssue({
      code: "custom",
      message: named.length === 0 ? `a metric names one provider: ${PROVIDERS.join(", ")}` : `a metric names one provider, not ${named.join(" and ")}`
    });
}).meta({ description: `Where the metric is read: exactly one of ${PROVIDERS.join(", ")}.` });
var metric = external_exports.strictObject({
  name: external_exports.string().regex(/^[A-Za-z0-9._-]+$/, { error: "a metric name uses letters, digits, . _ -" }).meta({ description: "The metric's name in statuses and notices (unique in its step)." }),
  provider,
  "success-condition": external_exports.string().min(1).superRefine((text, ctx) => {
    const problem = conditionProblem(text);
    if (problem)
      ctx.addIssue({ code: "custom", message: `invalid condition ${JSON.stringify(text)}: ${problem}` });
  }).meta({
    description: 'When a measurement passes, on result: e.g. "result < 0.01", "result >= 0.95 && result <= 1", "result == \\"UP\\"" (comparisons, && || !, + - * /, parentheses).'
  }),
  interval: duration.optional().meta({ description: "Time between measurements (without it and count: one measurement)." }),
  count: external_exports.int().min(1).max(1e3).optional().meta({
    description: "Measurements to take (default: until the analysis's duration ends when an interval is set, else 1)."
  }),
  "failure-limit": external_exports.int().min(0).optional().meta({
    description: "Failed measurements tolerated: the metric fails when more fail (default 0: the first)."
  }),
  "inconclusive-limit": external_exports.int().min(0).optional().meta({ description: "Inconclusive measurements (empty result, NaN) tolerated (default 0)." }),
  "consecutive-error-limit": external_exports.int().min(0).optional().meta({ description: "Provider errors in a row tolerated (timeouts, refused, HTTP errors; default 4)." })
});
var metrics = external_exports.array(metric).superRefine((list, ctx) => {
  const seen = /* @__PURE__ */ new Set();
  list.forEach((m, index2) => {
    if (seen.has(m.name))
      ctx.addIssue({ code: "custom", path: [index2, "name"], message: `metric ${m.name} is named twice` });
    seen.add(m.name);
  });
}).meta({
  description: "Named metrics, each with a provider and a success condition (like Argo Rollouts' AnalysisTemplates)."
});

// src/policy/schema/notifications.ts
var NOTIFICATION_EVENTS = ["started", "step", "succeeded", "rolled-back", "failed"];
var urlEnv = external_exports.string().regex(/^TERRAFUSION_[A-Z0-9_]*WEBHOOK_URL$/, {
  error: "expected a variable named TERRAFUSION_\u2026WEBHOOK_URL (e.g. TERRAFUSION_SLACK_WEBHOOK_URL); other variables are never read for notifications"
}).meta({ description: "Environment variable of the operator's that holds the webhook URL (a secret)." });
var target = external_exports.strictObject({ "url-env": urlEnv });
var KINDS = ["slack", "webhook"];
var notification = external_exports.strictObject({
  slack: target.optional().meta({ description: "A Slack-compatible incoming webhook (text and blocks)." }),
  webhook: target.optional().meta({ description: "A generic JSON webhook: the event as JSON." }),
  events: external_exports.array(external_exports.enum(NOTIFICATION_EVENTS)).min(1).optional().meta({ description: `Which events to send (default all: ${NOTIFICATION_EVENTS.join(", ")}).` })
}).superRefine((value, ctx) => {
  const named = KINDS.filter((kind) => value[kind] !== void 0);
  if (named.length !== 1)
    ctx.addIssue({
      code: "custom",
      message: named.length === 0 ? "a notification names one kind: slack or webhook" : "a notification names one kind, not slack and webhook: write two entries"
    });
});
var notifications = external_exports.array(notification).meta({
  description: "Announcements of promotions: started, each step, succeeded, rolled back, failed (aborted before the switch, or stopped by an error)."
});

// src/policy/schema/deploy.ts
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
    service: kubernetesName("Service").optional().meta({
      description: "A Service whose selector's color label a switch patches (blue-green). Required without http-route; with it, optional and switched too (for clients inside the cluster)."
    }),
    "color-label": external_exports.string().optional(),
    "http-route": kubernetesName("HTTPRoute").optional().meta({
      description: "A Gateway API HTTPRoute (gateway.networking.k8s.io/v1) in the namespace whose rules' backendRefs name both `services`: switches set their weights to 100 and 0, a canary to 100-N and N. Without it the driver cannot run a canary."
    }),
    services: external_exports.strictObject({ blue: kubernetesName("Service"), green: kubernetesName("Service") }).optional().meta({
      description: "With http-route: the Service of each color that the route's backendRefs name, each selecting only its color's pods (e.g. { blue: shop-blue, green: shop-green }); health counts their ready pods."
    })
  }).superRefine((value, ctx) => {
    if (value["http-route"] === void 0) {
      if (value.service === void 0)
        ctx.addIssue({
          code: "custom",
          path: ["service"],
          message: "name the Service to switch (service), or an HTTPRoute (http-route) with its services"
        });
      if (value.services !== void 0)
        ctx.addIssue({
          code: "custom",
          path: ["services"],
          message: "services are the backends of an HTTPRoute: name it in http-route"
        });
    } else if (value.services === void 0)
      ctx.addIssue({
        code: "custom",
        path: ["services"],
        message: "http-route needs the Service of each color it sends to: services: { blue: NAME, green: NAME }"
      });
    else if (value.services.blue === value.services.green)
      ctx.addIssue({
        code: "custom",
        path: ["services", "green"],
        message: "blue and green are two Services: give each color its own"
      });
  }),
  external_exports.strictObject({
    kind: external_exports.literal("command"),
    status: external_exports.string().min(1),
    switch: external_exports.string().min(1),
    health: external_exports.string().min(1).optional(),
    weight: external_exports.string().min(1).optional().meta({
      description: "Sets a canary's share, run like switch: the canary color in TERRAFUSION_CANARY_COLOR and its percent (0-100; 0 is all on the active color) in TERRAFUSION_CANARY_WEIGHT. Without it the driver cannot run a canary."
    }),
    timeout: duration.optional()
  })
]);
function splitProblem(config) {
  const lead = "a canary needs a driver that splits traffic by weight, and the";
  if (config?.kind === "kubernetes" && config["http-route"] === void 0)
    return `${lead} kubernetes driver does so only with http-route (a Gateway API HTTPRoute): add http-route and services, or use strategy: blue-green`;
  if (config?.kind === "command" && config.weight === void 0)
    return `${lead} command driver does so only with a weight command: add weight (see docs/promotion.md#canary-weights), or use strategy: blue-green`;
  return void 0;
}
var analysisStep = external_exports.strictObject({
  probe: pathOnOrigin("a probe").optional(),
  interval: duration.optional().meta({ description: "Time between measurements (default 2s)." }),
  "failure-limit": external_exports.int().min(0).optional().meta({ description: "Failed measurements that roll back (default 3; 0 and 1 both mean the first)." }),
  duration: duration.optional().meta({ description: "How long the new color is watched (default 60s)." }),
  slo: slo.optional(),
  load: external_exports.strictObject(loadRunFields("Paths requested in turn (default: the probe, else /).")).optional().meta({
    description: "A short load run of the color (through the driver's URL of that color) in each interval, judged against the SLO."
  }),
  metrics: metrics.optional()
});
var canaryStep = external_exports.union([
  external_exports.strictObject({
    "set-weight": external_exports.int().min(0).max(100).meta({
      description: "Percent of new requests sent to the new version (the rest stay on the active one)."
    })
  }),
  external_exports.strictObject({ pause: duration.meta({ description: "How long to wait at the current weight." }) }),
  external_exports.strictObject({
    analysis: analysisStep.meta({
      description: "Watch the new version at its current weight (same keys as post-promotion analysis); a failed analysis aborts to 0 % and rolls back."
    })
  })
]).meta({ description: "One canary step: set-weight, pause or analysis." });
var environment = external_exports.strictObject({
  strategy: external_exports.enum(["blue-green", "canary"]).optional().meta({
    description: "blue-green (default): all traffic moves at once. canary: traffic moves by the steps, then all of it."
  }),
  steps: external_exports.array(canaryStep).min(1).optional().meta({
    description: "The canary's steps, run in order after the pre-promotion analysis; after the last one all traffic moves and the post-promotion analysis runs."
  }),
  url: external_exports.url({ protocol: /^https?$/ }).optional().meta({ description: "The environment's public URL: shown on GitHub, and probed." }),
  driver,
  requires: external_exports.array(external_exports.enum(REQUIRABLE)).optional().meta({ description: "What must pass on the SHA before promotion." }),
  "required-checks": external_exports.array(external_exports.string().min(1)).optional().meta({
    description: "Other check runs (by name) that must pass on the SHA before promotion; one failing after promotion rolls back."
  }),
  promoters: actors.optional().meta({ description: "Who may /promote and /rollback." }),
  analysis: external_exports.strictObject({ "pre-promotion": analysisStep.optional(), "post-promotion": analysisStep.optional() }).optional(),
  notifications: notifications.optional(),
  "bake-window": duration.optional().meta({ description: "How long the previous color stays warm after a switch." }),
  rollback: external_exports.strictObject({
    on: external_exports.array(external_exports.enum(["analysis-failed", "check-failed", "probe-failed"])).optional(),
    "open-incident": external_exports.boolean().optional(),
    "revert-pr": external_exports.boolean().optional()
  }).optional()
}).superRefine((env, ctx) => {
  if (env.strategy === "canary" && !env.steps)
    ctx.addIssue({
      code: "custom",
      path: ["strategy"],
      message: "strategy canary needs steps (e.g. steps: [{ set-weight: 10 }, { analysis: {} }])"
    });
  if (env.steps && env.strategy !== "canary")
    ctx.addIssue({
      code: "custom",
      path: ["steps"],
      message: "steps are a canary's: add strategy: canary to the environment, or remove steps"
    });
  const cannotSplit = env.strategy === "canary" ? splitProblem(env.driver) : void 0;
  if (cannotSplit) ctx.addIssue({ code: "custom", path: ["strategy"], message: cannotSplit });
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
  command: external_exports.string().min(1).optional().meta({
    description: "The project's test command, run by the shell as written. When it starts jest or vitest (directly, through npm scripts, chains or wrappers), their own coverage runs with the project's provider and scope; otherwise c8 collects V8 coverage, honouring the project's .c8rc/.nycrc."
  }),
  project: percent.optional().meta({ description: "Minimum line coverage of the whole project." }),
  branches: percent.optional().meta({ description: "Minimum branch coverage of the whole project." }),
  functions: percent.optional().meta({ description: "Minimum function coverage of the whole project." }),
  statements: percent.optional().meta({ description: "Minimum statement coverage of the whole project." }),
  patch: percent.optional().meta({ description: "Minimum coverage of the changed executable lines." }),
  include: external_exports.array(glob).optional().meta({
    description: "Narrows the project's own coverage scope: of the files its tool counts, only these count (relative to the project folder). Never widens it or replaces its defaults."
  }),
  exclude: external_exports.array(glob).optional().meta({
    description: "Narrows the project's own coverage scope: these files do not count, on top of the tool's own exclusions (relative to the project folder)."
  }),
  all: external_exports.boolean().optional().meta({
    description: "Count source files no test loads as uncovered, within the project's own scope: true sets c8 --all; for jest and vitest the gate reads the runner's configuration first and keeps its own collectCoverageFrom / coverage.include (negations included) and excludes, or, when it sets none, adds `include` (default every source file but c8's usual exclusions); false leaves out files with no executed line. Unset (the default): the project's own configuration decides."
  }),
  reports: external_exports.string().min(1).optional().meta({
    description: "A folder where the test command itself writes lcov.info and coverage-summary.json (jest, vitest or c8 with the lcov and json-summary reporters), relative to the project folder. The gate then reads these instead of collecting coverage itself."
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
  "report-only-paths": external_exports.array(glob).optional().meta({
    description: "Paths that are not shipped code (examples, demos, docs sites, fixtures, benchmarks, tests): their findings are reported, never blocking. terrafusion:default stands for the bundled list (the default); [] lets every path block."
  }),
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
        message: `a policy is a mapping of keys (version, gates, review, deploy), got ${describe2(value)}`
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
    message += ` (got ${describe2(input)})`;
  return [{ file: source.file, ...source.positionOf(issue.path), path: path.join("."), message }];
}
function defaultMessage(issue) {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === void 0) return `missing required key (expected ${issue.expected})`;
      return `wrong type (expected ${issue.expected}, got ${describe2(input)})`;
    case "too_big":
      return `too large (expected ${issue.inclusive === false ? "below" : "at most"} ${issue.maximum}, got ${describe2(input)})`;
    case "too_small":
      if (issue.origin === "array")
        return `expected at least ${plural(Number(issue.minimum), "item")}, got ${describe2(input)}`;
      if (issue.origin === "string") return `expected a non-empty string, got ${describe2(input)}`;
      return `too small (expected ${issue.inclusive === false ? "above" : "at least"} ${issue.minimum}, got ${describe2(input)})`;
    case "invalid_value":
      return `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}, got ${describe2(input)}`;
    case "invalid_format":
      return `expected a ${issue.format === "url" ? "URL" : issue.format}, got ${describe2(input)}`;
    case "invalid_union":
      return `expected ${describeUnion(issue)}, got ${describe2(input)}`;
    case "not_multiple_of":
      return `expected a multiple of ${issue.divisor}, got ${describe2(input)}`;
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
  return `${key} must be one of ${kinds.map((k) => JSON.stringify(k)).join(", ")}, got ${describe2(given)}${hint}`;
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
function describe2(value) {
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
async function loadPolicyFrom(files, options = {}) {
  const cwd = resolve(options.cwd ?? ".");
  const read = options.read ?? files.read;
  const explicit = options.file !== void 0;
  const file = options.file ?? await findDefaultPolicy(cwd, read);
  const defaultsFile = files.defaultsFile();
  const defaults = readValidated(
    defaultsFile,
    "policies/production-plan.yml (TerraFusion's defaults)",
    await files.read(defaultsFile)
  );
  const layers = [];
  const positions = /* @__PURE__ */ new Map();
  const problems = [];
  const seen = [];
  const shown = [];
  let next = { path: file };
  while (next) {
    if (next.remote) {
      const key = `remote:${remoteKey(next.remote)}`;
      const display2 = describeRemote(next.remote);
      const problem = chainProblem(key, display2, seen, shown) ?? await remoteProblem(next.remote, options.remote);
      if (typeof problem === "string") {
        problems.push({ ...next.from, message: problem });
        break;
      }
      seen.push(key);
      shown.push(display2);
      const parsed2 = readValidatedBytes(display2, problem.bytes);
      if (Array.isArray(parsed2)) {
        problems.push(...parsed2);
        break;
      }
      layers.unshift({ name: display2, value: parsed2.value });
      positions.set(display2, parsed2.positionOf);
      next = nextExtends(parsed2, display2, next.remote, problems);
      continue;
    }
    if (next.from) {
      const contained = files.contain(cwd, next.path);
      if (!contained.inside) {
        problems.push({ ...next.from, message: `extends ${JSON.stringify(next.path)} ${contained.reason}` });
        break;
      }
    }
    const absolute = isAbsolute(next.path) ? next.path : resolve(cwd, next.path);
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
          `${display}: is a folder, not a policy file (name the YAML file, e.g. ${join2(display, "terrafusion.yml")})`
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
    shown.push(display);
    const parsed = readValidatedBytes(display, bytes);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      break;
    }
    layers.unshift({ name: display, value: parsed.value });
    positions.set(display, parsed.positionOf);
    next = nextExtends(parsed, display, void 0, problems);
  }
  if (problems.length > 0) throw new PolicyError(problems, shown);
  const origins = /* @__PURE__ */ new Map();
  let merged = {};
  for (const layer of [{ name: "defaults", value: defaults }, ...layers]) {
    const value = layer.name === "defaults" ? layer.value : enableMentionedGates(layer.value);
    merged = mergePolicy(merged, value, layer.name, origins);
  }
  delete merged.extends;
  const policy = policySchema.parse(merged);
  return { policy, merged, origins, files: layers.map((layer) => layer.name).reverse(), positions };
}
function nextExtends(parsed, display, current, problems) {
  const parent = parsed.value.extends;
  if (typeof parent !== "string") return void 0;
  const from = { file: display, ...parsed.positionOf(["extends"]), path: "extends", message: "" };
  const target2 = parseExtends(parent);
  if ("error" in target2) {
    problems.push({ ...from, message: `extends ${target2.error}` });
    return void 0;
  }
  const resolved = current ? resolveFrom(current, target2) : target2;
  if (resolved.kind === "remote") return { path: parent, remote: resolved, from };
  if (current) {
    problems.push({
      ...from,
      message: `extends ${JSON.stringify(parent)} leaves ${current.owner}/${current.repo} (name a path inside it, or ${EXTENDS_SYNTAX})`
    });
    return void 0;
  }
  return { path: parent, from };
}
function chainProblem(key, display, seen, shown) {
  if (seen.includes(key)) return `extends forms a cycle: ${[...shown, display].join(" -> ")}`;
  if (seen.length > MAX_EXTENDS_DEPTH) return `extends goes deeper than ${plural(MAX_EXTENDS_DEPTH, "file")}`;
  return void 0;
}
async function remoteProblem(target2, remote) {
  const named = `extends names ${describeRemote(target2)}`;
  if (!remote)
    return `${named}, a file of another repository, which is only read with a GitHub token (set GITHUB_TOKEN, or let the app read it)`;
  const refusal = ownerRefusal(target2, remote);
  if (refusal) return `${named}: ${refusal}`;
  const answer = await remote.read(target2);
  return "problem" in answer ? `${named}: ${answer.problem}` : answer;
}
async function findDefaultPolicy(cwd, read) {
  const present = [];
  for (const path of DEFAULT_POLICY_PATHS) {
    try {
      if (await read(resolve(cwd, path))) present.push(path);
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
function readValidated(path, display, bytes) {
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
  const rel = relative(cwd, absolute);
  return rel.startsWith("..") ? absolute : rel;
}

// src/fs/in-repository.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join3, relative as relative2, resolve as resolve2, sep } from "node:path";
function inRepository(root, path, base = root) {
  if (isAbsolute2(path) || /^[\\/]/.test(path))
    return {
      inside: false,
      reason: "is an absolute path: name a file in the repository, relative to its root"
    };
  const absolute = resolve2(base, path);
  if (!within(resolve2(root), absolute))
    return {
      inside: false,
      reason: "leaves the repository: name a file in the repository, relative to its root"
    };
  const real = realpathOfNearest(absolute);
  const realRoot = realpathOfNearest(resolve2(root));
  if (!within(realRoot, real))
    return {
      inside: false,
      reason: "leads outside the repository through a symbolic link: name a file in the repository"
    };
  return { inside: true, absolute };
}
function within(root, path) {
  const rel = relative2(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute2(rel);
}
function realpathOfNearest(path) {
  let rest = "";
  let current = path;
  for (; ; ) {
    try {
      return join3(realpathSync(current), rest);
    } catch {
      const parent = dirname2(current);
      if (parent === current) return path;
      rest = join3(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)), rest);
      current = parent;
    }
  }
}
function repositoryRoot(folder) {
  let current = resolve2(folder);
  for (; ; ) {
    if (existsSync2(join3(current, ".git"))) return current;
    const parent = dirname2(current);
    if (parent === current) return resolve2(folder);
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

// src/fs/load-policy.ts
function defaultPolicyFile() {
  return join4(packageRoot(), "policies", "production-plan.yml");
}
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
var localPolicyFiles = {
  read: readLocal,
  contain: (root, path) => inRepository(root, path),
  defaultsFile: defaultPolicyFile
};
function loadPolicy(options = {}, env = process.env) {
  return loadPolicyFrom(localPolicyFiles, { ...options, remote: options.remote ?? lazyRemoteFromEnv(env) });
}

export {
  packageRoot,
  packageVersion,
  useInstalledTools,
  isRemoteExtends,
  RemotePolicyCache,
  remotePolicies,
  allowedExtendsOwners,
  remoteFromEnv,
  JSONPath,
  ConditionEvaluationError,
  parseCondition,
  OriginError,
  resolveOnOrigin,
  NOTIFICATION_EVENTS,
  GATE_NAMES,
  defaultMessage,
  suggest,
  describe2 as describe,
  DEFAULT_POLICY_PATHS,
  inRepository,
  repositoryRoot,
  ReadLimitedError,
  describeReadProblem,
  readLimited,
  FILE_LIMITS,
  loadPolicy
};
