import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

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

async function lint(document: Json): Promise<Finding[]> {
  const file = join(directory, "openapi.json");
  writeFileSync(file, JSON.stringify(document, null, 2));
  // Spectral exits 1 when it finds something; its JSON report is on stdout either way.
  const result = await promisify(execFile)(
    spectral,
    ["lint", file, "--ruleset", join(root, ".spectral.yaml"), "--format", "json", "--fail-severity", "hint", "--quiet"],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const findings = JSON.parse(result.stdout === "" ? "[]" : result.stdout) as Finding[];
  // The cut leaves most components unused; that rule is checked on the whole document by npm run lint.
  return findings.filter((finding) => finding.code !== "oas3-unused-component");
}

const committed = (): Json => JSON.parse(readFileSync(join(root, "openapi", "openapi.json"), "utf8"));

/** The committed document cut down to two operations (a small document lints in seconds). */
function small(): Json {
  const document = committed();
  const paths = document.paths as Json;
  document.paths = { "/openapi.json": paths["/openapi.json"], "/health": paths["/health"] };
  return document;
}

describe("the project's Spectral ruleset", () => {
  it("finds nothing in a small cut of the committed document", async () => {
    expect(await lint(small())).toEqual([]);
  });

  it("catches a violation of each rule", async () => {
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
    const codes = new Set((await lint(document)).map((finding) => finding.code));
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

  it("reports an example that breaks its own schema (spectral:oas oas3-valid-schema-example)", async () => {
    const document = small();
    const schemas = (document.components as { schemas: Json }).schemas;
    schemas.OrganisationId = { type: "string", pattern: "^org_[a-z2-7]{24}$", example: "org_k3vq7zq2m4x5c6b7n8p9r2s3" };
    const codes = (await lint(document)).map((finding) => finding.code);
    expect(codes).toContain("oas3-valid-schema-example");
  });

  it("holds the token endpoint's RFC 6749 errors as the one exception, and only there", async () => {
    const document = small();
    const paths = document.paths as Json;
    const token = committed().paths as Json;
    paths["/oauth/token"] = token["/oauth/token"];
    expect(await lint(document)).toEqual([]);
    const renamed = { ...document, paths: { ...paths, "/oauth/other-token": token["/oauth/token"] } };
    const findings = await lint(renamed);
    expect(findings.filter((finding) => finding.code === "adr-problem-details").length).toBeGreaterThan(0);
    expect(
      findings.every(
        (finding) => finding.path.includes("/oauth/other-token") || finding.code !== "adr-problem-details",
      ),
    ).toBe(true);
  }, 60_000);
}, 60_000);
