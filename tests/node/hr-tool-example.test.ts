import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncEmployer } from "../../examples/hr-tool-sync/src/sync.js";
import { EXAMPLE_TYPES_FILE, renderExampleTypes } from "../../scripts/generate-example-client.js";
import type { Harness } from "../harness/harness.js";
import { createHarness } from "../harness/node.js";
import { adminToken, createClient } from "../support/api-client.js";

/**
 * The HR-tool example (examples/hr-tool-sync), typed from the committed OpenAPI document, run against
 * a live server over HTTP. A breaking change to the contract fails here: the types are regenerated
 * and checked for staleness, `npm run lint` type-checks the example against them, and this runs it.
 */
let harness: Harness;
let server: ReturnType<typeof serve>;
let baseUrl: string;

beforeAll(async () => {
  harness = await createHarness();
  // The live server: the harness's app (real SQLite file, test keys), on a real port.
  server = serve({ fetch: harness.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

describe("examples/hr-tool-sync", () => {
  it("is typed from the current contract (run `npm run openapi` after changing a route)", async () => {
    expect(readFileSync(EXAMPLE_TYPES_FILE, "utf8")).toBe(await renderExampleTypes());
  });

  it("registers an employer, submits two rounds, and reads scores and the change between them", async () => {
    const admin = await adminToken(harness);
    const tool = await createClient(harness, admin, { name: "Example HR tool", role: "integration" });
    const first = await syncEmployer({
      baseUrl,
      clientId: tool.clientId,
      clientSecret: tool.clientSecret,
      defaultMaturity: 1,
    });
    expect(first.organisationId).toMatch(/^org_/);
    expect(first.scores.overall).toMatchObject({ score: 25, band: "ontwikkelend" });
    expect(first.scores.phases).toHaveLength(9);
    expect(first.changeSincePrevious).toBeNull();

    const second = await syncEmployer({
      baseUrl,
      clientId: tool.clientId,
      clientSecret: tool.clientSecret,
      organisationId: first.organisationId,
      defaultMaturity: 3,
    });
    expect(second.scores.overall.score).toBe(75);
    expect(second.changeSincePrevious).toMatchObject({ previousAssessmentId: first.assessmentId, overall: 50 });
  });
});
