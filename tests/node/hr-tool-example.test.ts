import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFullFlow } from "../../examples/hr-tool-sync/src/full-flow.js";
import { syncEmployer } from "../../examples/hr-tool-sync/src/sync.js";
import { EXAMPLE_TYPES_FILE, renderExampleTypes } from "../../scripts/generate-example-client.js";
import type { Harness } from "../harness/harness.js";
import { createHarness } from "../harness/node.js";
import { checkResponse, contractCheckerForDocument } from "../harness/response-contract.js";
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

describe("the full HR-tool flow, by a client generated from /v1/openapi.json", () => {
  it("runs token to report link, meets both duplicates as 409s naming what exists, and every response fits the served document", async () => {
    // The document as an independent client gets it, over HTTP; every response the client receives
    // is checked against it (status, content type, headers, body schema) before the client sees it.
    const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as object;
    const contract = contractCheckerForDocument(document);
    const checked: string[] = [];
    const checkingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      await checkResponse(contract, request.method, request.url, response);
      checked.push(`${request.method} ${new URL(request.url).pathname} ${response.status}`);
      return response;
    };
    const admin = await adminToken(harness);
    const tool = await createClient(harness, admin, { name: "Flow HR tool", role: "integration" });
    const flow = await runFullFlow({
      baseUrl,
      clientId: tool.clientId,
      clientSecret: tool.clientSecret,
      kvkNumber: "61234567",
      fetch: checkingFetch,
    });

    expect(flow.organisationId).toMatch(/^org_[a-z2-7]{24}$/);
    expect(flow.overall.score).not.toBeNull();
    // One organisation: no peer group can be shown, and the client handled the nulls.
    expect(flow.peerGroup).toBeNull();
    expect(flow.benchmarkOverall?.score).toBe(flow.overall.score);
    expect(flow.benchmarkOverall?.rankBand).toBeNull();
    expect(flow.whatIfOverall?.current.score).toBe(flow.overall.score);
    expect(flow.whatIfOverall?.change).toBeGreaterThan(0);
    expect(flow.recommendations.length).toBeGreaterThan(0);
    expect(flow.reportUrl).toContain(`/v1/organisations/${flow.organisationId}/report?token=`);
    expect(flow.duplicateRegistrationOf).toBe(flow.organisationId);
    expect(flow.secondDraftRefusedFor).toBe(flow.openDraft);
    // Every step went through the checked fetch: 12 calls, the two duplicates among them.
    expect(checked.map((call) => call.replace(/(org|asm)_[a-z2-7]+/g, "{id}"))).toEqual([
      "POST /v1/oauth/token 200",
      "POST /v1/organisations 201",
      "PUT /v1/organisations/{id}/workforce-context 200",
      "POST /v1/organisations/{id}/assessments 201",
      "PATCH /v1/assessments/{id} 200",
      "POST /v1/assessments/{id}/submission 201",
      "GET /v1/organisations/{id}/benchmark 200",
      "GET /v1/assessments/{id}/recommendations 200",
      "POST /v1/assessments/{id}/what-if 200",
      "POST /v1/organisations/{id}/report-links 201",
      "POST /v1/organisations 409",
      "POST /v1/organisations/{id}/assessments 201",
      "POST /v1/organisations/{id}/assessments 409",
    ]);
  });
});
