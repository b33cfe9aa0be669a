import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_FILE, renderOpenApiDocument } from "../../scripts/generate-openapi.js";

describe("openapi/openapi.json", () => {
  it("is the document the code generates (run `npm run openapi` after changing a route)", () => {
    expect(readFileSync(OPENAPI_FILE, "utf8")).toBe(renderOpenApiDocument());
  });
});
