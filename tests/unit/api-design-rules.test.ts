import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../src/openapi/document.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";
import { checkApiDesignRules } from "../support/api-design-rules.js";
import { routerWithProbes } from "../support/probe-router.js";

type Json = Record<string, unknown>;
const generated = (): Json => JSON.parse(JSON.stringify(buildOpenApiDocument(buildApiRouter())));
const rulesBroken = (document: Json) => [
  ...new Set(
    checkApiDesignRules(document)
      .filter((violation) => !exempt(violation))
      .map((violation) => violation.rule),
  ),
];

/**
 * Deliberate departures, each with its reason. RFC 6749 §5.2 prescribes the token endpoint's error
 * format (application/json with `error`), which OAuth client libraries parse; its errors carry the
 * problem-details members as well.
 */
const EXEMPTIONS = [
  { rule: "use-problem-json", at: "POST /oauth/token 400", reason: "RFC 6749 §5.2" },
  { rule: "use-problem-json", at: "POST /oauth/token 401", reason: "RFC 6749 §5.2" },
];
const exempt = (violation: { rule: string; at: string }) =>
  EXEMPTIONS.some((exemption) => exemption.rule === violation.rule && exemption.at === violation.at);

describe("the OpenAPI document follows the Dutch API Design Rules", () => {
  it("has no violations beyond the documented exemptions", () => {
    expect(checkApiDesignRules(generated()).filter((violation) => !exempt(violation))).toEqual([]);
  });

  it("still needs every exemption (a stale one would hide a future violation)", () => {
    const violations = checkApiDesignRules(generated());
    for (const exemption of EXEMPTIONS) {
      expect(violations.some((violation) => violation.rule === exemption.rule && violation.at === exemption.at)).toBe(
        true,
      );
    }
  });

  it("has none either for routes with bodies, path and query parameters (defineRoute adds what they need)", () => {
    const document = JSON.parse(JSON.stringify(buildOpenApiDocument(routerWithProbes())));
    expect(checkApiDesignRules(document).filter((violation) => !exempt(violation))).toEqual([]);
  });
});

describe("the design-rule checker catches each violation", () => {
  const cases: [string, (document: Json) => void][] = [
    ["semver", (d) => ((d.info as Json).version = "1.0")],
    ["info-contact-fields-exist", (d) => delete ((d.info as Json).contact as Json).email],
    ["include-major-version-in-uri", (d) => (d.servers = [{ url: "https://api.example.nl" }])],
    ["servers-use-https", (d) => (d.servers = [{ url: "http://api.example.nl/v1" }])],
    [
      "paths-kebab-case",
      (d) => {
        const get = ((d.paths as Json)["/health"] as Json).get as Json;
        (d.paths as Json)["/healthCheck"] = { get: { ...get, operationId: "getHealthCheck" } };
      },
    ],
    ["paths-no-trailing-slash", (d) => ((d.paths as Json)["/health/"] = {})],
    ["openapi-root-exists", (d) => delete (d.paths as Json)["/openapi.json"]],
    [
      "missing-version-header",
      (d) => {
        const ok = (((d.paths as Json)["/health"] as Json).get as Json).responses as Json;
        (ok["200"] as Json).headers = {};
      },
    ],
    [
      "use-problem-json",
      (d) => {
        const responses = (((d.paths as Json)["/health"] as Json).get as Json).responses as Json;
        responses["503"] = { description: "x", content: { "application/json": { schema: {} } } };
      },
    ],
    [
      "use-problem-schema",
      (d) => {
        const responses = (((d.paths as Json)["/health"] as Json).get as Json).responses as Json;
        responses["503"] = {
          description: "x",
          content: { "application/problem+json": { schema: { type: "object" } } },
        };
      },
    ],
    [
      "missing-400-response",
      (d) => {
        const get = ((d.paths as Json)["/health"] as Json).get as Json;
        get.parameters = [{ name: "verbose", in: "query", schema: { type: "boolean" } }];
      },
    ],
    [
      "query-parameters-lower-camel-case",
      (d) => {
        const get = ((d.paths as Json)["/health"] as Json).get as Json;
        get.parameters = [{ name: "page_size", in: "query", schema: { type: "integer" } }];
        (get.responses as Json)["400"] = (get.responses as Json)["503"];
      },
    ],
    [
      "operation-operationId-unique",
      (d) => ((((d.paths as Json)["/docs"] as Json).get as Json).operationId = "getHealth"),
    ],
  ];

  it.each(cases)("%s", (rule, breakIt) => {
    const document = generated();
    breakIt(document);
    expect(rulesBroken(document)).toEqual([rule]);
  });
});
