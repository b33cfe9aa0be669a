import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { claimIdempotencyKey } from "../../src/store/idempotency.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  createClient,
  json,
  jsonBody,
  ORGANISATION_INPUT,
  TEST_ADMIN,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

// A KvK number of its own per test: registering one this client registered before is a 409.
let nextKvkNumber = 30_000_000 + Math.floor(Math.random() * 60_000_000);
let input: typeof ORGANISATION_INPUT;
beforeEach(() => {
  input = { ...ORGANISATION_INPUT, kvkNumber: String(nextKvkNumber++) };
});

const withKey = (key: string, body: unknown, token = admin): RequestInit => {
  const init = jsonBody("POST", body, token);
  return { ...init, headers: { ...(init.headers as Record<string, string>), "Idempotency-Key": key } };
};
const countOrganisations = async () =>
  (
    await harness.storage.db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst()
  )?.n;

describe("Idempotency-Key on POST", () => {
  it("replays the first response for the same key and body, creating nothing twice", async () => {
    const key = crypto.randomUUID();
    const first = await harness.request("/v1/organisations", withKey(key, input));
    const created = await json<{ organisationId: string }>(first, 201);
    const count = await countOrganisations();
    const again = await harness.request("/v1/organisations", withKey(key, input));
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await json<{ organisationId: string }>(again, 201)).toEqual(created);
    expect(await countOrganisations()).toBe(count);
  });

  it("refuses the same key with a different body with 422, changing nothing", async () => {
    const key = crypto.randomUUID();
    await json(await harness.request("/v1/organisations", withKey(key, input)), 201);
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/organisations", withKey(key, { ...input, name: "Another" })),
      422,
    );
    expect(problem.detail).toContain("different request");
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("answers a duplicate that arrives while the first is still running with 409", async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(input);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`POST /v1/organisations\n${body}`));
    const requestHash = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    // The first request has claimed the key and not finished (as another process would have).
    await claimIdempotencyKey(harness.storage.db, { clientId: TEST_ADMIN.clientId, key, requestHash, now: new Date() });
    const problem = await json<ProblemDetails>(await harness.request("/v1/organisations", withKey(key, input)), 409);
    expect(problem.detail).toContain("still being processed");
  });

  it("keeps keys per client: another client's same key is a new request", async () => {
    const key = crypto.randomUUID();
    const tool = await tokenFor(harness, await createClient(harness, admin, { name: "HR tool", role: "integration" }));
    const mine = await json<{ organisationId: string }>(
      await harness.request("/v1/organisations", withKey(key, input)),
      201,
    );
    const theirs = await json<{ organisationId: string }>(
      await harness.request("/v1/organisations", withKey(key, input, tool)),
      201,
    );
    expect(theirs.organisationId).not.toBe(mine.organisationId);
  });

  it("does not keep a failed request: the key can be used again once the body is fixed", async () => {
    const key = crypto.randomUUID();
    expect((await harness.request("/v1/organisations", withKey(key, { ...input, headcount: 0 }))).status).toBe(400);
    expect((await harness.request("/v1/organisations", withKey(key, input))).status).toBe(201);
  });

  it("refuses a malformed key naming the header", async () => {
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/organisations", withKey("bad key with spaces", input)),
      400,
    );
    expect(problem.errors?.[0]).toMatchObject({ in: "header" });
  });
});
