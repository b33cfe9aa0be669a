import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The contract is linted by Spectral (`npm run lint:openapi`) with `spectral:oas` and the project's
 * ruleset of the Dutch API Design Rules (.spectral.yaml). This test proves that ruleset bites: a copy
 * of the committed document with one violation per rule gets a finding from each rule, and the
 * token endpoint's documented exception hides nothing else.
 */

type Json = Record<string, unknown>;
const root = fileURLToPath(new URL("../..", import.meta.url));
const spectral = join(root, "node_modules", ".bin", "spectral");
// Inside the project, so the ruleset's override (a path relative to it) applies as to the committed file.
const directory = mkdtempSync(join(root, "node_modules", "openapi-lint-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface Finding {
  readonly code: string;
  readonly path: readonly string[];
}

interface SourcedFinding extends Finding {
  readonly source: string;
}

/**
 * Lints several documents in one Spectral run (its start-up is most of the cost: one run per document
 * took about 50 s of the suite). Each document gets its own `openapi.json`, so the ruleset's override
 * applies to each as to the committed file.
 */
async function lintAll(documents: Readonly<Record<string, Json>>): Promise<Map<string, Finding[]>> {
  const files = new Map<string, string>();
  for (const [name, document] of Object.entries(documents)) {
    const file = join(directory, name, "openapi.json");
    mkdirSync(join(directory, name), { recursive: true });
    writeFileSync(file, JSON.stringify(document, null, 2));
    files.set(file, name);
  }
  // Spectral exits 1 when it finds something; its JSON report is on stdout either way.
  const result = await promisify(execFile)(
    spectral,
    [
      "lint",
      ...files.keys(),
      "--ruleset",
      join(root, ".spectral.yaml"),
      "--format",
      "json",
      "--fail-severity",
      "hint",
      "--quiet",
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const findings = JSON.parse(result.stdout === "" ? "[]" : result.stdout) as SourcedFinding[];
  const byDocument = new Map<string, Finding[]>([...files.values()].map((name) => [name, []]));
  for (const finding of findings) {
    // The cut leaves most components unused; that rule is checked on the whole document by npm run lint.
    if (finding.code === "oas3-unused-component") continue;
    const name = files.get(resolve(root, finding.source));
    if (name === undefined) throw new Error(`a finding for a file not linted: ${finding.source}`);
    byDocument.get(name)?.push(finding);
  }
  return byDocument;
}

const committed = (): Json => JSON.parse(readFileSync(join(root, "openapi", "openapi.json"), "utf8"));

/** The committed document cut down to two operations (a small document lints in seconds). */
function small(): Json {
  const document = committed();
  const paths = document.paths as Json;
  document.paths = { "/openapi.json": paths["/openapi.json"], "/health": paths["/health"] };
  return document;
}

/** A small cut with one violation of each rule of the ruleset. */
function violations(): Json {
  const document = small();
  const info = document.info as Json;
  const paths = document.paths as Json;
  const health = (paths["/health"] as Json).get as Json;
  info.version = "1.0";
  delete (info.contact as Json).email;
  document.servers = [{ url: "http://api.example.nl" }];
  document.openapi = "2.0";
  paths["/healthCheck"] = { get: { ...health, operationId: "getHealthCheck" } };
  paths["/health-check/"] = { get: { ...health, operationId: "getHealthCheckSlash" } };
  paths["/status"] = {
    get: {
      ...health,
      operationId: "getStatus",
      parameters: [{ name: "page_size", in: "query", description: "x", schema: { type: "integer" } }],
      responses: {
        "200": { description: "No version header." },
        "503": { description: "Not a problem.", content: { "application/json": { schema: { type: "object" } } } },
        "500": {
          description: "A problem without detail.",
          content: {
            "application/problem+json": {
              schema: { type: "object", required: ["status", "title"], properties: {} },
            },
          },
        },
      },
    },
    trace: { ...health, operationId: "traceStatus" },
    post: { ...health, operationId: "createStatus" },
  };
  (document.components as { schemas: Json }).schemas.lower_case = { type: "object" };
  return document;
}

function badExample(): Json {
  const document = small();
  const schemas = (document.components as { schemas: Json }).schemas;
  schemas.OrganisationId = { type: "string", pattern: "^org_[a-z2-7]{24}$", example: "org_k3vq7zq2m4x5c6b7n8p9r2s3" };
  return document;
}

function withTokenEndpoint(path: string): Json {
  const document = small();
  const token = committed().paths as Json;
  (document.paths as Json)[path] = token["/oauth/token"];
  return document;
}

let findings: Map<string, Finding[]>;
beforeAll(async () => {
  findings = await lintAll({
    small: small(),
    violations: violations(),
    badExample: badExample(),
    token: withTokenEndpoint("/oauth/token"),
    otherToken: withTokenEndpoint("/oauth/other-token"),
  });
}, 120_000);
const of = (name: string): Finding[] => {
  const found = findings.get(name);
  if (found === undefined) throw new Error(`${name} was not linted`);
  return found;
};

describe("the project's Spectral ruleset", () => {
  it("finds nothing in a small cut of the committed document", () => {
    expect(of("small")).toEqual([]);
  });

  it("catches a violation of each rule", () => {
    const codes = new Set(of("violations").map((finding) => finding.code));
    for (const rule of [
      "adr-openapi-3",
      "adr-semver",
      "adr-contact",
      "adr-uri-version",
      "adr-servers-https",
      "adr-paths-kebab-case",
      "adr-no-trailing-slash",
      "adr-query-keys-camel-case",
      "adr-version-header",
      "adr-problem-details",
      "adr-problem-members",
      "adr-http-methods",
      "adr-400-on-writes",
      "adr-400-on-parameters",
      "adr-schema-names-pascal-case",
    ]) {
      expect(codes, rule).toContain(rule);
    }
  });

  it("reports an example that breaks its own schema (spectral:oas oas3-valid-schema-example)", () => {
    expect(of("badExample").map((finding) => finding.code)).toContain("oas3-valid-schema-example");
  });

  it("holds the token endpoint's RFC 6749 errors as the one exception, and only there", () => {
    expect(of("token")).toEqual([]);
    const renamed = of("otherToken");
    expect(renamed.filter((finding) => finding.code === "adr-problem-details").length).toBeGreaterThan(0);
    expect(
      renamed.every((finding) => finding.path.includes("/oauth/other-token") || finding.code !== "adr-problem-details"),
    ).toBe(true);
  });
});
