import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { API_VERSION } from "../../src/api-version.js";
import { buildOpenApiDocument } from "../../src/openapi/document.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";
import type { Harness } from "../harness/harness.js";

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

describe("GET /v1/openapi.json", () => {
  it("serves the OpenAPI 3.1 document generated from the routes", async () => {
    const response = await harness.request("/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    const document = (await response.json()) as {
      openapi: string;
      info: { version: string };
      servers: unknown[];
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.version).toBe(API_VERSION);
    // The served document names the server that served it; the committed one names production.
    expect(document.servers).toEqual([{ url: "http://localhost/v1", description: expect.any(String) }]);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/health", "/openapi.json", "/docs"]));
    const generated = JSON.parse(JSON.stringify(buildOpenApiDocument(buildApiRouter())));
    expect(generated.servers).toEqual([
      { url: "https://api.inclusiebenchmark.nl/v1", description: expect.any(String) },
    ]);
    expect(document).toEqual({ ...generated, servers: document.servers });
  });
});

describe("GET /v1/docs", () => {
  it("serves a docs page whose scripts and styles all come from this API", async () => {
    const response = await harness.request("/v1/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    const html = await response.text();
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(references).toEqual([
      "docs/assets/favicon-32x32.png",
      "docs/assets/swagger-ui.css",
      "openapi.json",
      "docs/assets/swagger-ui-bundle.js",
      "docs/assets/docs-init.js",
    ]);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each([
    ["swagger-ui.css", "text/css", ".swagger-ui"],
    ["swagger-ui-bundle.js", "text/javascript", "SwaggerUIBundle"],
    ["docs-init.js", "text/javascript", 'url: "openapi.json"'],
  ])("serves docs/assets/%s", async (file, contentType, marker) => {
    const response = await harness.request(`/v1/docs/assets/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain(contentType);
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(await response.text()).toContain(marker);
  });

  it("serves no other file of the package", async () => {
    for (const file of ["index.html", "package.json", "swagger-initializer.js", "..%2Fpackage.json"]) {
      const response = await harness.request(`/v1/docs/assets/${file}`);
      expect(response.status, file).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    }
  });
});

describe("the newcomer's first addresses", () => {
  it.each(["/", "/v1", "/v1/docs/"])("sends %s on to the docs page", async (path) => {
    const response = await harness.request(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/v1/docs");
  });

  it("keeps other trailing slashes and unknown paths at 404", async () => {
    expect((await harness.request("/v1/")).status).toBe(404);
    expect((await harness.request("/docs")).status).toBe(404);
  });
});
