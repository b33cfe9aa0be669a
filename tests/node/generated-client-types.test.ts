import { readFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { components } from "../../examples/hr-tool-sync/src/api.js";
import { EXAMPLE_TYPES_FILE } from "../../scripts/generate-example-client.js";
import type { Harness } from "../harness/harness.js";
import { createHarness } from "../harness/node.js";

/**
 * An independent client's types, generated with openapi-typescript from the document the server
 * serves, read nullable fields as nullable: a client must handle the nulls the API sends. The
 * type-level assertions are checked by tsc (`npm run lint`), the generation at run time here.
 */

type Schemas = components["schemas"];

// Checked by tsc: null is a value of each of these fields (this would not compile if one were not nullable).
const nullsTheApiSends: {
  cappedBy: Schemas["Scores"]["overall"]["cappedBy"];
  band: Schemas["Scores"]["overall"]["band"];
  section: Schemas["PeerGroup"]["section"];
  sizeClass: Schemas["PeerGroup"]["sizeClass"];
  region: Schemas["PeerGroup"]["region"];
  goal: Schemas["RecommendationList"]["goal"];
} = { cappedBy: null, band: null, section: null, sizeClass: null, region: null, goal: null };
// ...and a field that is never null stays non-nullable.
expectTypeOf<null>().not.toExtend<Schemas["Scores"]["overall"]["coverage"]>();

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("types generated from the served document", () => {
  it("make every nullable field `T | null`, as the committed example client's types do", async () => {
    const document = await (await harness.request("/v1/openapi.json")).json();
    const generated = astToString(await openapiTS(document));
    for (const field of [
      'cappedBy: components["schemas"]["PhaseId"] | null;',
      'section: components["schemas"]["SbiSection"] | null;',
      'sizeClass: components["schemas"]["SizeClass"] | null;',
      'region: components["schemas"]["ProvinceCode"] | null;',
      'goal: components["schemas"]["Goal"] | null;',
    ]) {
      expect(generated, field).toContain(field);
    }
    expect(Object.values(nullsTheApiSends).every((value) => value === null)).toBe(true);
    // The served document differs from the committed one only in its server URL, which types do not carry.
    expect(readFileSync(EXAMPLE_TYPES_FILE, "utf8")).toContain(generated);
  });
});
