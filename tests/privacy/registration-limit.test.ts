import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * Look-alikes need registrations: one integration client may register a limited number of
 * organisations per 24 hours (ORGANISATION_REGISTRATIONS_PER_DAY; 4 here). The next one is refused
 * with 429 and Retry-After, changes nothing but the audit log, and is on record there.
 */
const LIMIT = 4;

let harness: Harness;
let admin: string;
let tool: Awaited<ReturnType<typeof createClient>>;
let offsetMs = 0;

beforeAll(async () => {
  harness = await createHarness({
    deps: {
      clock: { now: () => new Date(Date.now() + offsetMs) },
      settings: {
        ...TEST_SETTINGS,
        usageLimits: { ...TEST_SETTINGS.usageLimits, registrationsPerClientPerDay: LIMIT },
      },
    },
  });
  admin = await adminToken(harness);
  tool = await createClient(harness, admin, { name: "Registrar", role: "integration" });
});
afterAll(async () => {
  await harness.close();
});

describe("registrations per integration client per day", () => {
  it("registers up to the limit, then refuses with 429, Retry-After and an audit event, changing nothing else", async () => {
    const token = await tokenFor(harness, tool);
    for (let index = 0; index < LIMIT; index++)
      await createOrganisation(harness, token, { name: `Look-alike ${index}` });
    const before = JSON.parse(await databaseSnapshot(harness.storage)) as Record<string, unknown[]>;
    const refused = await harness.request(
      "/v1/organisations",
      jsonBody(
        "POST",
        { name: "One too many", sbiCode: "4120", headcount: 30, region: "NL-UT", hasHrDepartment: false },
        token,
      ),
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Content-Type")).toContain("application/problem+json");
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(86_000);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(((await refused.json()) as ProblemDetails).detail).toMatch(/at most 4 per 24 hours/);
    const after = JSON.parse(await databaseSnapshot(harness.storage)) as Record<string, Record<string, unknown>[]>;
    const { audit_events: auditAfter = [], ...restAfter } = after;
    const { audit_events: auditBefore = [], ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter.length).toBe(auditBefore.length + 1);
    expect(auditAfter).toContainEqual(
      expect.objectContaining({ action: "limit-reached", resource_type: "client", resource_id: tool.clientId }),
    );
  });

  it("does not limit admins or other clients, and lets the client register again a day later", async () => {
    await createOrganisation(harness, admin, { name: "By the admin" });
    const other = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "Another tool", role: "integration" }),
    );
    await createOrganisation(harness, other, { name: "By another tool" });
    offsetMs += 24 * 3600 * 1000 + 1000;
    await createOrganisation(harness, await tokenFor(harness, tool), { name: "The next day" });
    const list = await json<{ items: unknown[] }>(
      await harness.request("/v1/organisations?limit=100", bearer(await tokenFor(harness, tool))),
      200,
    );
    expect(list.items).toHaveLength(LIMIT + 1);
  });
});
