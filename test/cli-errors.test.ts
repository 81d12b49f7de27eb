/**
 * Every user mistake gets one clear line on stderr (or a list of located problems, then one closing
 * line), the right exit code, and no stack trace. One row per bad invocation: the exact first line
 * and the exit code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/package-root.ts";
import { cli } from "./helpers/cli.ts";

const shop = join(packageRoot(), "examples/shop");
const dir = mkdtempSync(join(tmpdir(), "tf-cli-errors-"));
const at = (name: string) => join(dir, name);

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let answering: Server;
let closed = 0;
let open = 0;

beforeAll(async () => {
  closed = await closedPort();
  answering = createServer((_request, response) => response.end("ok"));
  await new Promise<void>((resolve) => answering.listen(0, "127.0.0.1", resolve));
  open = (answering.address() as AddressInfo).port;
  mkdirSync(at("folder.yml"));
  mkdirSync(at("empty"));
  writeFileSync(at("binary.yml"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe, 0x00, 0x01]));
  writeFileSync(at("not-json.json"), '{"title": "x",\n  "author": \n');
  writeFileSync(
    at("shape.json"),
    '{\n  "title": 3,\n  "author": "a",\n  "base": {"ref": "main"},\n  "colour": 1\n}\n',
  );
  writeFileSync(at("list.json"), "[1, 2]\n");
  writeFileSync(at("plain.txt"), "not a folder\n");
  writeFileSync(at("bad-key.yml"), "version: 1\ngates:\n  coverage:\n    projct: 80\n");
  writeFileSync(
    at("load-closed.yml"),
    `version: 1\ngates:\n  load:\n    target: http://127.0.0.1:${closed}\n    duration: 1s\n`,
  );
  const chaos = (port: number) =>
    `version: 1\ngates:\n  chaos:\n    target: http://127.0.0.1:${port}\n    experiments:\n      - { name: slow, toxic: latency, attributes: { latency: 10 }, duration: 500ms }\n`;
  writeFileSync(at("chaos-closed.yml"), chaos(closed));
  writeFileSync(at("chaos-open.yml"), chaos(open));
  mkdirSync(at("cases"));
  writeFileSync(at("cases/broken.json"), "[]\n");
});

afterAll(async () => {
  await new Promise((resolve) => answering.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Row {
  argv: () => string[];
  code: number;
  /** The exact first line of stderr (or of stdout, for a gate that reports its own error). */
  first: () => string;
  stream?: "stderr" | "stdout";
  /** stdout must be JSON; for a gate, a GateResult with conclusion "error". */
  json?: "gate" | "any";
  env?: NodeJS.ProcessEnv;
  /** Run with this PATH (a tool missing). */
  path?: string;
}

const COMMANDS = "policy|review|promote|rollback|router|gate";
const GATES = "static-analysis|coverage|load|chaos";
const noSuchPolicy = (file: string) =>
  `terrafusion: ${file}: no such policy file (create it, or omit --policy to use .github/terrafusion.yml or the defaults)`;

const ROWS: Row[] = [
  // Command groups and commands
  {
    argv: () => [],
    code: 2,
    first: () => `terrafusion: name a command: terrafusion ${COMMANDS} (see terrafusion --help)`,
  },
  {
    argv: () => ["polcy", "validate"],
    code: 2,
    first: () =>
      'terrafusion: unknown command "polcy" for terrafusion; did you mean "policy"? (expected one of: policy, review, promote, rollback, router, gate)',
  },
  {
    argv: () => ["policy"],
    code: 2,
    first: () =>
      "terrafusion: name a command: terrafusion policy validate|explain (see terrafusion policy --help)",
  },
  {
    argv: () => ["policy", "valdate"],
    code: 2,
    first: () =>
      'terrafusion: unknown command "valdate" for terrafusion policy; did you mean "validate"? (expected one of: validate, explain)',
  },
  {
    argv: () => ["review"],
    code: 2,
    first: () =>
      "terrafusion: name a command: terrafusion review evaluate|test|snapshot|import-policy-bot (see terrafusion review --help)",
  },
  {
    argv: () => ["gate"],
    code: 2,
    first: () => `terrafusion: name a gate: terrafusion gate ${GATES} (see terrafusion gate --help)`,
  },
  {
    argv: () => ["gate", "lod"],
    code: 2,
    first: () =>
      'terrafusion: unknown gate "lod"; did you mean "load"? (expected one of: static-analysis, coverage, load, chaos)',
  },
  // Commander's own usage errors, in the same voice
  {
    argv: () => ["policy", "validate", "--strict"],
    code: 2,
    first: () => "terrafusion: unknown option '--strict' (see terrafusion policy validate --help)",
  },
  {
    argv: () => ["policy", "validate", "a.yml", "b.yml"],
    code: 2,
    first: () =>
      "terrafusion: too many arguments for 'validate'. Expected 1 argument but got 2 (see terrafusion policy validate --help)",
  },
  {
    argv: () => ["policy", "validate", "--cwd"],
    code: 2,
    first: () =>
      "terrafusion: option '--cwd <dir>' argument missing (see terrafusion policy validate --help)",
  },
  {
    argv: () => ["promote", "production"],
    code: 2,
    first: () =>
      "terrafusion: required option '--to <version>' not specified (see terrafusion promote --help)",
  },
  {
    argv: () => ["rollback"],
    code: 2,
    first: () => "terrafusion: missing required argument 'environment' (see terrafusion rollback --help)",
  },
  {
    argv: () => ["review", "evaluate"],
    code: 2,
    first: () =>
      "terrafusion: required option '--pull <snapshot.json>' not specified (see terrafusion review evaluate --help)",
  },
  {
    argv: () => ["gate", "load", "--json", "--bogus"],
    code: 2,
    first: () => "terrafusion: unknown option '--bogus' (see terrafusion gate load --help)",
    json: "any",
  },
  // --cwd
  {
    argv: () => ["policy", "validate", "--cwd", at("nope")],
    code: 2,
    first: () => `terrafusion: --cwd ${at("nope")}: no such folder (give an existing folder)`,
  },
  {
    argv: () => ["policy", "explain", "--cwd", at("plain.txt")],
    code: 2,
    first: () =>
      `terrafusion: --cwd ${at("plain.txt")}: not a folder (give the folder that holds the file, not the file)`,
  },
  {
    argv: () => ["gate", "coverage", "--cwd", at("nope")],
    code: 2,
    first: () => `terrafusion: --cwd ${at("nope")}: no such folder (give an existing folder)`,
  },
  {
    argv: () => ["promote", "production", "--to", "v2", "--cwd", at("nope")],
    code: 2,
    first: () => `terrafusion: --cwd ${at("nope")}: no such folder (give an existing folder)`,
  },
  // --policy: missing, a folder, a binary file, a bad key
  {
    argv: () => ["policy", "validate", at("missing.yml")],
    code: 2,
    first: () => noSuchPolicy(at("missing.yml")),
  },
  {
    argv: () => ["policy", "validate", at("folder.yml")],
    code: 2,
    first: () =>
      `terrafusion: ${at("folder.yml")}: is a folder, not a policy file (name the YAML file, e.g. ${at("folder.yml/terrafusion.yml")})`,
  },
  {
    argv: () => ["policy", "explain", at("binary.yml")],
    code: 2,
    first: () =>
      `${at("binary.yml")}:1:1: not a text file (it is not valid UTF-8): a policy file is YAML text`,
  },
  {
    argv: () => ["policy", "validate", "--json", at("bad-key.yml")],
    code: 2,
    first: () =>
      `${at("bad-key.yml")}:4:5 gates.coverage.projct: unknown key "projct"; did you mean "project"? (expected one of enabled, command, project, branches, functions, statements, patch, include, exclude, all, reports, timeout)`,
    json: "any",
  },
  {
    argv: () => ["policy", "validate", "--json", at("missing.yml")],
    code: 2,
    first: () => noSuchPolicy(at("missing.yml")),
    json: "any",
  },
  {
    argv: () => ["gate", "load", "--policy", at("folder.yml"), "--json"],
    code: 2,
    first: () =>
      `terrafusion: ${at("folder.yml")}: is a folder, not a policy file (name the YAML file, e.g. ${at("folder.yml/terrafusion.yml")})`,
    json: "gate",
  },
  {
    argv: () => ["gate", "static-analysis", "--policy", at("missing.yml"), "--json"],
    code: 2,
    first: () => noSuchPolicy(at("missing.yml")),
    json: "gate",
  },
  // Gate flag values, checked before anything runs (the gate need not be enabled)
  {
    argv: () => ["gate", "load", "--runs", "abc"],
    code: 2,
    first: () => 'terrafusion: --runs "abc": expected a whole number from 1 to 20',
  },
  {
    argv: () => ["gate", "load", "--runs", "0"],
    code: 2,
    first: () => 'terrafusion: --runs "0": expected a whole number from 1 to 20',
  },
  {
    argv: () => ["gate", "load", "--duration", "2 seconds"],
    code: 2,
    first: () =>
      'terrafusion: --duration "2 seconds": expected a duration such as 2s, 500ms or 1m (a number and ms, s, m or h, no space)',
  },
  {
    argv: () => ["gate", "chaos", "--duration", "2x", "--json"],
    code: 2,
    first: () =>
      'terrafusion: --duration "2x": expected a duration such as 1s, 500ms or 1m (a number and ms, s, m or h, no space)',
    json: "any",
  },
  {
    argv: () => ["gate", "static-analysis", "--now", "yesterday"],
    code: 2,
    first: () => 'terrafusion: --now "yesterday": expected a day as YYYY-MM-DD, e.g. 2025-01-31',
  },
  // An unreachable target: cannot be measured (2), not a failing service (1)
  {
    argv: () => ["gate", "load", "--cwd", dir, "--policy", at("load-closed.yml"), "--runs", "1"],
    code: 2,
    stream: "stdout",
    first: () =>
      `! error load: gates.load.target: nothing answers at http://127.0.0.1:${closed} (connection refused); start the service first, or set gates.load.service so the gate starts it`,
  },
  {
    argv: () => ["gate", "chaos", "--cwd", dir, "--policy", at("chaos-closed.yml"), "--json"],
    code: 2,
    stream: "stdout",
    first: () => "{",
    json: "gate",
  },
  // A missing tool
  {
    argv: () => ["gate", "static-analysis", "--cwd", shop],
    code: 2,
    stream: "stdout",
    path: "/usr/bin:/bin",
    env: { TERRAFUSION_TOOLS: "/nonexistent" },
    first: () =>
      '! error static-analysis: could not scan: semgrep: not found (looked for "semgrep" on PATH); install it with: pip install semgrep==1.185.0 (or run scripts/install-tools)',
  },
  {
    argv: () => ["gate", "chaos", "--cwd", dir, "--policy", at("chaos-open.yml")],
    code: 2,
    stream: "stdout",
    path: "/usr/bin:/bin",
    env: { TERRAFUSION_TOOLS: "/nonexistent", TERRAFUSION_TOXIPROXY_SERVER: "" },
    first: () =>
      "! error chaos: toxiproxy-server: not found on PATH; run scripts/install-tools (go install github.com/Shopify/toxiproxy/v2/cmd/server@v2.12.0), or set gates.chaos.toxiproxy to a running server",
  },
  // Snapshots and review cases
  {
    argv: () => ["review", "evaluate", "--pull", at("missing.json")],
    code: 2,
    first: () =>
      `terrafusion: ${at("missing.json")}: no such file (write one with terrafusion review snapshot OWNER/REPO#NUMBER --output FILE)`,
  },
  {
    argv: () => ["review", "evaluate", "--pull", at("empty")],
    code: 2,
    first: () =>
      `terrafusion: ${at("empty")}: is a folder; give a snapshot file (*.json, from terrafusion review snapshot)`,
  },
  {
    argv: () => ["review", "evaluate", "--pull", at("not-json.json")],
    code: 2,
    first: () => `${at("not-json.json")}:2:13: not valid JSON: Unexpected end of JSON input`,
  },
  {
    argv: () => ["review", "evaluate", "--pull", at("shape.json"), "--json"],
    code: 2,
    first: () => `${at("shape.json")}:1:1 head: missing required key (expected object)`,
    json: "any",
  },
  {
    argv: () => ["review", "evaluate", "--pull", at("list.json")],
    code: 2,
    first: () => `${at("list.json")}:1:1: a snapshot is a JSON object, got a list`,
  },
  {
    argv: () => ["review", "test", at("nope")],
    code: 2,
    first: () => `terrafusion: ${at("nope")}: no such folder (give the folder that holds the *.json cases)`,
  },
  {
    argv: () => ["review", "test", at("plain.txt")],
    code: 2,
    first: () =>
      `terrafusion: ${at("plain.txt")}: not a folder (give the folder that holds the *.json cases, not one case)`,
  },
  {
    argv: () => ["review", "test", at("empty")],
    code: 2,
    first: () =>
      `terrafusion: ${at("empty")}: no *.json cases in this folder (a case is a snapshot with "expect": {"status": ...}; see docs/review.md)`,
  },
  {
    argv: () => ["review", "snapshot", "acme/shop"],
    code: 2,
    first: () => 'terrafusion: "acme/shop": expected OWNER/REPO#NUMBER, such as acme/shop#42',
  },
  // Promotion and the router
  {
    argv: () => ["promote", "staging", "--to", "v2", "--cwd", shop],
    code: 2,
    first: () =>
      'terrafusion: no environment "staging" under deploy.environments in the policy (known: production)',
  },
  {
    argv: () => ["rollback", "production", "--cwd", shop],
    code: 2,
    env: { TERRAFUSION_ROUTER_TOKEN: "" },
    first: () =>
      "terrafusion: the router driver needs its admin token in TERRAFUSION_ROUTER_TOKEN; set it (the router was started with the same)",
  },
  {
    argv: () => ["router", "--blue", ",", "--green", "127.0.0.1:2"],
    code: 2,
    first: () => 'terrafusion: --blue ",": give at least one upstream, e.g. 127.0.0.1:8081',
  },
  {
    argv: () => ["router", "--blue", "not an address", "--green", "127.0.0.1:2"],
    code: 2,
    first: () =>
      'terrafusion: --blue: "not an address" is not an upstream; write HOST:PORT (e.g. 127.0.0.1:8081) or http://HOST:PORT, comma-separated',
  },
  {
    argv: () => ["router", "--blue", "127.0.0.1:1", "--green", "127.0.0.1:2", "--active", "red"],
    code: 2,
    first: () => 'terrafusion: --active "red": expected blue or green',
  },
  {
    argv: () => ["router", "--blue", "127.0.0.1:1", "--green", "127.0.0.1:2", "--admin-port", "99999"],
    code: 2,
    first: () =>
      'terrafusion: --admin-port "99999": expected a port number from 0 to 65535 (0 picks a free one)',
  },
  {
    argv: () => ["router", "--blue", "127.0.0.1:1", "--green", "127.0.0.1:2"],
    code: 2,
    env: { TERRAFUSION_ROUTER_TOKEN: "" },
    first: () =>
      "terrafusion: set TERRAFUSION_ROUTER_TOKEN to the admin API's bearer token, at least 16 characters (e.g. export TERRAFUSION_ROUTER_TOKEN=$(openssl rand -hex 32))",
  },
  {
    argv: () => ["router", "--blue", "127.0.0.1:1", "--green", "127.0.0.1:2", "--port", String(open)],
    code: 2,
    env: { TERRAFUSION_ROUTER_TOKEN: "0123456789abcdef0123456789abcdef" },
    first: () =>
      `terrafusion: 127.0.0.1:${open} is already in use; stop what listens there, or choose another --port (0 picks a free one)`,
  },
];

/** What must never reach a user for their own mistake. */
const NEVER = [
  /^\s+at .+:\d+:\d+\)?$/m,
  /internal error/,
  /\bundefined\b/,
  /\[object Object\]/,
  /Invalid input/,
  /\bNaN\b/,
];

describe("terrafusion: one clear line for every mistake", () => {
  for (const row of ROWS) {
    it(`terrafusion ${row.argv().join(" ")} → exit ${row.code}`.replaceAll(dir, "$DIR"), async () => {
      const path = process.env.PATH;
      if (row.path) process.env.PATH = row.path;
      try {
        const run = await cli(row.argv(), { ...process.env, ...row.env });
        const text = row.stream === "stdout" ? run.stdout : run.stderr;
        expect(text.split("\n")[0]).toBe(row.first());
        expect(run.code).toBe(row.code);
        for (const pattern of NEVER) expect(`${run.stdout}\n${run.stderr}`).not.toMatch(pattern);
        if (row.json) {
          const parsed = JSON.parse(run.stdout);
          if (row.json === "gate") {
            expect(parsed).toMatchObject({ schema: "terrafusion/gate-result@1", conclusion: "error" });
            expect(parsed.error.length).toBeGreaterThan(0);
          }
        }
      } finally {
        process.env.PATH = path;
      }
    });
  }

  it("a gate that cannot load its policy still writes --output (an error result, not nothing)", async () => {
    const output = at("result.json");
    const run = await cli(["gate", "coverage", "--policy", at("binary.yml"), "--output", output]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      `${at("binary.yml")}:1:1: not a text file (it is not valid UTF-8): a policy file is YAML text`,
    );
    const { readFileSync } = await import("node:fs");
    expect(JSON.parse(readFileSync(output, "utf8"))).toMatchObject({
      gate: "coverage",
      conclusion: "error",
      headline: `${at("binary.yml")}:1:1: not a text file (it is not valid UTF-8): a policy file is YAML text`,
    });
  });

  it("an --output that cannot be written fails the run (2) but never swallows the result", async () => {
    const run = await cli(["gate", "load", "--cwd", dir, "--output", at("empty")]);
    expect(run.code).toBe(2);
    expect(run.stdout.split("\n")[0]).toBe("- skipped load: the load gate is not enabled in the policy");
    expect(run.stderr).toBe(
      `terrafusion: --output ${at("empty")}: cannot write the result (EISDIR); give a file path in a writable folder\n`,
    );
    const both = await cli(["gate", "load", "--policy", at("missing.yml"), "--output", at("empty")]);
    expect(both.stderr).toBe(
      `${noSuchPolicy(at("missing.yml"))}\nterrafusion: --output ${at("empty")}: cannot write the result (EISDIR); give a file path in a writable folder\n`,
    );
  });

  it("review test reports a broken case and still runs the others (exit 2 at the end)", async () => {
    const cases = join(packageRoot(), "test/fixtures/review/cases");
    const folder = at("mixed");
    mkdirSync(folder);
    const { readFileSync } = await import("node:fs");
    const good = JSON.parse(readFileSync(join(cases, "01-count-approved.json"), "utf8"));
    good.policy = join(cases, good.policy ?? "01-count-approved.yml");
    writeFileSync(join(folder, "a-good.json"), JSON.stringify(good));
    writeFileSync(join(folder, "b-broken.json"), "[]\n");
    const run = await cli(["review", "test", folder]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(
      "✓ a-good.json: approved\n! b-broken.json: cannot run this case\n1 of 2 cases pass; 1 could not run (see the messages above)\n",
    );
    expect(run.stderr).toBe(
      `${join(folder, "b-broken.json")}:1:1: a snapshot is a JSON object, got a list\nterrafusion: 1 case could not run: b-broken.json (fix the problems printed above)\n`,
    );
  });
});

const HELP: string[][] = [
  [],
  ["policy"],
  ["policy", "validate"],
  ["policy", "explain"],
  ["review"],
  ["review", "evaluate"],
  ["review", "test"],
  ["review", "snapshot"],
  ["review", "import-policy-bot"],
  ["promote"],
  ["rollback"],
  ["router"],
  ["gate"],
  ["gate", "static-analysis"],
  ["gate", "coverage"],
  ["gate", "load"],
  ["gate", "chaos"],
];

describe("terrafusion --help", () => {
  for (const argv of HELP) {
    it(`terrafusion ${[...argv, "--help"].join(" ")}: exit 0, every option described`, async () => {
      const run = await cli([...argv, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(new RegExp(`^Usage: terrafusion${argv.map((a) => ` ${a}`).join("")} `));
      const options = run.stdout.split("\nOptions:\n")[1]?.split("\n\n")[0] ?? "";
      for (const line of options.split("\n").filter((l) => /^ {2}-/.test(l)))
        expect(line, `an option without a description: ${line}`).toMatch(/^ {2}\S.*\S {2,}\S/);
    });
  }

  it("the top-level help explains exit codes and where errors go", async () => {
    const { stdout } = await cli(["--help"]);
    expect(stdout).toContain(
      "Exit codes: 0 success; 1 a gate failed or a review is not approved; 2 a usage, policy or tool error.",
    );
    expect(stdout).toContain("with --json, stdout\nholds JSON even then");
  });

  it("defaults are shown where a flag has one", async () => {
    const { stdout } = await cli(["gate", "load", "--help"]);
    expect(stdout).toMatch(/--cwd <dir>\s+the repository or project folder \(default: "\."\)/);
    expect(stdout).toMatch(/--runs <n>[\s\S]*\(default: 3\)/);
    const router = await cli(["router", "--help"]);
    expect(router.stdout).toMatch(
      /--port <port>\s+traffic port \(0 picks a free one\) \(default:\s+"8080"\)/,
    );
  });
});
