import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Clock } from "../../src/app-env.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";

/**
 * OWASP API2:2023 Broken authentication, with the caches warm: an app keeps the tokens it verified
 * (until their `exp`) and the benchmark answers it computed, and neither may outlive a withdrawal of
 * access. Each case first reads the organisation's benchmark twice with the token (token and answer
 * both cached), then withdraws access, and the very next read is refused.
 */

let harness: Harness;
let admin: string;
let organisationId: string;
let now = new Date();
const clock: Clock = { now: () => now };

beforeAll(async () => {
  harness = await createHarness({ deps: { clock } });
  admin = await adminToken(harness);
  organisationId = (await createOrganisation(harness, admin, { name: "Warm Cache BV" })).organisationId;
  const assessment = await startAssessment(harness, admin, organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, 2)).assessmentId);
});
afterAll(async () => {
  await harness.close();
});

const benchmarkPath = () => `/v1/organisations/${organisationId}/benchmark`;

/** An HR tool linked to the organisation, with a token whose verification and answer are cached. */
async function warmTool(name: string) {
  const tool = await createClient(harness, admin, { name, role: "integration" });
  const linked = await harness.request(
    `/v1/clients/${tool.clientId}/organisations/${organisationId}`,
    bearer(admin, { method: "PUT" }),
  );
  expect(linked.status).toBe(204);
  const token = await tokenFor(harness, tool);
  for (let read = 0; read < 2; read++) expect((await harness.request(benchmarkPath(), bearer(token))).status).toBe(200);
  return { tool, token };
}

async function refusal(token: string, status: number): Promise<ProblemDetails> {
  const response = await harness.request(benchmarkPath(), bearer(token));
  expect(response.status).toBe(status);
  return (await response.json()) as ProblemDetails;
}

describe("a cached token and a cached answer end with the access they rest on", () => {
  it("rotating the client's secret ends the token at once", async () => {
    const { tool, token } = await warmTool("Warm rotated tool");
    const rotated = await harness.request(
      `/v1/clients/${tool.clientId}/secret-rotations`,
      bearer(admin, { method: "POST" }),
    );
    expect(rotated.status).toBe(201);
    expect((await refusal(token, 401)).detail).toContain("rotated");
    // And stays ended (the cache dropped it; it is not let in by a second look).
    expect((await refusal(token, 401)).detail).toContain("rotated");
  });

  it("disabling the client ends the token at once", async () => {
    const { tool, token } = await warmTool("Warm disabled tool");
    const disabled = await harness.request(
      `/v1/clients/${tool.clientId}`,
      jsonBody("PATCH", { status: "disabled" }, admin),
    );
    expect(disabled.status).toBe(200);
    expect((await refusal(token, 401)).detail).toContain("disabled");
    // Enabling it again is no rotation: the same token works again, checked against the client anew.
    const enabled = await harness.request(
      `/v1/clients/${tool.clientId}`,
      jsonBody("PATCH", { status: "active" }, admin),
    );
    expect(enabled.status).toBe(200);
    expect((await harness.request(benchmarkPath(), bearer(token))).status).toBe(200);
  });

  it("unlinking the tool from the organisation ends its reads of that organisation at once", async () => {
    const { tool, token } = await warmTool("Warm unlinked tool");
    const unlinked = await harness.request(
      `/v1/clients/${tool.clientId}/organisations/${organisationId}`,
      bearer(admin, { method: "DELETE" }),
    );
    expect(unlinked.status).toBe(204);
    await refusal(token, 404);
    // The token itself is still good for what the tool may still do.
    expect((await harness.request("/v1/organisations", bearer(token))).status).toBe(200);
  });

  it("a cached token expires at its exp, not later", async () => {
    const { token } = await warmTool("Warm expiring tool");
    const started = now;
    try {
      const payload = JSON.parse(atob((token.split(".")[1] as string).replaceAll("-", "+").replaceAll("_", "/"))) as {
        exp: number;
      };
      now = new Date(payload.exp * 1000 - 1000);
      expect((await harness.request(benchmarkPath(), bearer(token))).status).toBe(200);
      now = new Date(payload.exp * 1000);
      expect((await refusal(token, 401)).detail).toContain("expired");
    } finally {
      now = started;
    }
  });
});
