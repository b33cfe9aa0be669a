import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { systemClock } from "../../src/app-env.js";
import { ensureBootstrapAdmin } from "../../src/auth/bootstrap-admin.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  basic,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  requestToken,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API2:2023 Broken authentication, the life of a credential: secrets are stored as a fast
 * hash of a high-entropy secret (old PBKDF2 hashes still verify and are replaced on use), and
 * withdrawing access ends it everywhere at once: a rotated secret ends the client's access tokens
 * and report links, an unlinked HR tool's links for that organisation stop opening the report.
 */

let harness: Harness;
let admin: string;
/** An organisation with a submitted assessment, so it has a report. */
let organisationId: string;
let otherOrganisationId: string;

async function submittedOrganisation(name: string): Promise<string> {
  const organisation = await createOrganisation(harness, admin, { name });
  const assessment = await startAssessment(harness, admin, organisation.organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, 2)).assessmentId);
  return organisation.organisationId;
}

beforeAll(async () => {
  harness = await createHarness({
    deps: { settings: { ...TEST_SETTINGS, concurrency: { expensivePerClient: 100, legacySecretChecks: 2 } } },
  });
  admin = await adminToken(harness);
  organisationId = await submittedOrganisation("Lifecycle Org");
  otherOrganisationId = await submittedOrganisation("Lifecycle Other Org");
});
afterAll(async () => {
  await harness.close();
});

const storedHash = async (clientId: string) =>
  (
    await harness.storage.db
      .selectFrom("clients")
      .select("secret_hash")
      .where("id", "=", clientId)
      .executeTakeFirstOrThrow()
  ).secret_hash;

/** An independent PBKDF2-SHA256 hash as the API wrote them before: `pbkdf2-sha256$100000$salt$hash`. */
async function legacyPbkdf2Hash(secret: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 100_000 }, key, 256);
  const b64 = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replaceAll("+", "-")
      .replaceAll("/", "_")
      .replace(/=+$/, "");
  return `pbkdf2-sha256$100000$${b64(salt)}$${b64(new Uint8Array(bits))}`;
}

async function integrationFor(organisation: string, name: string) {
  const client = await createClient(harness, admin, { name, role: "integration" });
  const linked = await harness.request(
    `/v1/clients/${client.clientId}/organisations/${organisation}`,
    bearer(admin, { method: "PUT" }),
  );
  expect(linked.status).toBe(204);
  return client;
}

async function makeLink(token: string, organisation: string, expiresInHours = 168) {
  return json<{ reportLinkId: string; url: string }>(
    await harness.request(
      `/v1/organisations/${organisation}/report-links`,
      jsonBody("POST", { expiresInHours }, token),
    ),
    201,
  );
}

/** Opens a link as a browser would: no Authorization header. */
async function openLink(url: string): Promise<Response> {
  const parsed = new URL(url);
  return harness.request(`${parsed.pathname}${parsed.search}`);
}

describe("client secrets at rest", () => {
  it("stores a generated secret as its SHA-256, never the secret, and the token endpoint accepts it", async () => {
    const client = await createClient(harness, admin, { name: "Hash check", role: "integration" });
    // 32 random bytes in base32: 52 characters after the prefix (≥ 256 bits).
    expect(client.clientSecret).toMatch(/^sec_[a-z2-7]{52}$/);
    const hash = await storedHash(client.clientId);
    expect(hash).toMatch(/^sha256\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain(client.clientSecret.slice(4));
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(client.clientSecret)));
    expect(hash).toBe(
      `sha256$${btoa(String.fromCharCode(...digest))
        .replaceAll("+", "-")
        .replaceAll("/", "_")
        .replace(/=+$/, "")}`,
    );
    expect((await requestToken(harness, client)).status).toBe(200);
    expect((await requestToken(harness, { ...client, clientSecret: `${client.clientSecret}x` })).status).toBe(401);
  });

  it("keeps verifying an old PBKDF2 hash and replaces it with the fast form on its next successful use", async () => {
    const client = await createClient(harness, admin, { name: "Legacy", role: "integration" });
    const legacy = await legacyPbkdf2Hash(client.clientSecret);
    await harness.storage.db
      .updateTable("clients")
      .set({ secret_hash: legacy })
      .where("id", "=", client.clientId)
      .execute();

    // A wrong secret changes nothing.
    expect((await requestToken(harness, { ...client, clientSecret: "sec_wrong" })).status).toBe(401);
    expect(await storedHash(client.clientId)).toBe(legacy);

    const token = await tokenFor(harness, client);
    expect(await storedHash(client.clientId)).toMatch(/^sha256\$/);
    // The rehash is no rotation: the token issued under the old form keeps working, and so does the secret.
    expect((await harness.request("/v1/organisations", bearer(token))).status).toBe(200);
    expect((await requestToken(harness, client)).status).toBe(200);
  });

  it("runs the slow legacy check under a concurrency cap: a flood gets 429 with Retry-After, not the threads", async () => {
    const capped = await createHarness({
      deps: {
        storage: harness.storage,
        settings: { ...TEST_SETTINGS, concurrency: { ...TEST_SETTINGS.concurrency, legacySecretChecks: 1 } },
      },
    });
    const client = await createClient(harness, admin, { name: "Legacy flood", role: "integration" });
    await harness.storage.db
      .updateTable("clients")
      .set({ secret_hash: await legacyPbkdf2Hash(client.clientSecret) })
      .where("id", "=", client.clientId)
      .execute();
    // Wrong secrets, so no attempt upgrades the hash and every one needs the slow check.
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        capped.request("/v1/oauth/token", {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Authorization: basic({ clientId: client.clientId, clientSecret: "sec_wrong" }),
          },
          body: "grant_type=client_credentials",
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses).toContain(401);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    // On Node the derivation runs on libuv's thread pool, so the flood overlaps and meets the cap. In
    // workerd it runs on the isolate's own thread before the promise settles: two never overlap, and
    // there is no pool for them to take.
    if (harness.runtime === "node") expect(statuses).toContain(429);
    else expect(statuses).toEqual(Array(6).fill(401));
    for (const response of responses.filter((candidate) => candidate.status === 429)) {
      expect(response.headers.get("Retry-After")).toBe("1");
      expect(((await response.json()) as ProblemDetails).detail).toContain("at most 1 at once");
    }
    // The cap is released: the right secret goes through afterwards.
    expect(
      (
        await capped.request("/v1/oauth/token", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: basic(client) },
          body: "grant_type=client_credentials",
        })
      ).status,
    ).toBe(200);
    await capped.close();
  });
});

describe("rotating a client's secret", () => {
  it("ends its access tokens and its report links at once; the new secret works", async () => {
    const tool = await integrationFor(organisationId, "Rotated tool");
    const token = await tokenFor(harness, tool);
    const link = await makeLink(token, organisationId);
    expect((await openLink(link.url)).status).toBe(200);

    const rotation = await json<{ clientSecret: string }>(
      await harness.request(`/v1/clients/${tool.clientId}/secret-rotations`, bearer(admin, { method: "POST" })),
      201,
    );
    const refused = await harness.request("/v1/organisations", bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
    expect(((await refused.json()) as ProblemDetails).detail).toContain("rotated");
    const linkRefused = await openLink(link.url);
    expect(linkRefused.status).toBe(401);
    expect(((await linkRefused.json()) as ProblemDetails).detail).toContain("rotated");
    expect((await requestToken(harness, tool)).status).toBe(401);

    const fresh = await tokenFor(harness, { clientId: tool.clientId, clientSecret: rotation.clientSecret });
    expect((await harness.request("/v1/organisations", bearer(fresh))).status).toBe(200);
    expect((await openLink((await makeLink(fresh, organisationId)).url)).status).toBe(200);
  });
});

describe("changing the configured admin secret (ADMIN_CLIENT_SECRET)", () => {
  it("is a rotation: the admin's earlier tokens end; re-enabling it with the same secret is not", async () => {
    const configured = { clientId: "ops-admin-rotated", clientSecret: "ops-Kq8vZ3mW1xT6yB9nR4cJ7hL2pD5sF0gA" };
    await ensureBootstrapAdmin(harness.storage, systemClock, configured);
    const first = await tokenFor(harness, configured);
    await harness.storage.db
      .updateTable("clients")
      .set({ status: "disabled" })
      .where("id", "=", configured.clientId)
      .execute();
    await ensureBootstrapAdmin(harness.storage, systemClock, configured);
    expect((await harness.request("/v1/clients", bearer(first))).status).toBe(200);

    const changed = { ...configured, clientSecret: "ops-Zr5tY8uI2oP6aS9dF3gH7jK1lX4cV0bN" };
    await ensureBootstrapAdmin(harness.storage, systemClock, changed);
    expect((await harness.request("/v1/clients", bearer(first))).status).toBe(401);
    expect((await requestToken(harness, configured)).status).toBe(401);
    expect((await harness.request("/v1/clients", bearer(await tokenFor(harness, changed)))).status).toBe(200);
  });
});

describe("unlinking an HR tool from an organisation", () => {
  it("ends the 168-hour report link it made for that organisation, including for rounds submitted later", async () => {
    const tool = await integrationFor(organisationId, "Unlinked tool");
    await harness.request(
      `/v1/clients/${tool.clientId}/organisations/${otherOrganisationId}`,
      bearer(admin, { method: "PUT" }),
    );
    const token = await tokenFor(harness, tool);
    const link = await makeLink(token, organisationId, 168);
    const otherLink = await makeLink(token, otherOrganisationId, 168);
    expect((await openLink(link.url)).status).toBe(200);

    const unlinked = await harness.request(
      `/v1/clients/${tool.clientId}/organisations/${organisationId}`,
      bearer(admin, { method: "DELETE" }),
    );
    expect(unlinked.status).toBe(204);
    // A round submitted after the unlink is not shown through the old link either.
    const again = await startAssessment(harness, admin, organisationId);
    await submit(harness, admin, (await answerAll(harness, admin, again, 3)).assessmentId);

    const refused = await openLink(link.url);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as ProblemDetails).detail).toContain("revoked");
    // The admin sees it as revoked; the tool no longer sees the organisation at all.
    const status = await json<{ status: string; revokedAt: string | null }>(
      await harness.request(`/v1/organisations/${organisationId}/report-links/${link.reportLinkId}`, bearer(admin)),
      200,
    );
    expect(status.status).toBe("revoked");
    expect(status.revokedAt).not.toBeNull();
    expect((await harness.request(`/v1/organisations/${organisationId}`, bearer(token))).status).toBe(404);
    // Its access to the organisation it still acts for is untouched.
    expect((await openLink(otherLink.url)).status).toBe(200);
  });
});

describe("disabling a client", () => {
  it("ends its tokens and its links at once", async () => {
    const tool = await integrationFor(organisationId, "Disabled tool");
    const token = await tokenFor(harness, tool);
    const link = await makeLink(token, organisationId);
    const disabled = await harness.request(
      `/v1/clients/${tool.clientId}`,
      jsonBody("PATCH", { status: "disabled" }, admin),
    );
    expect(disabled.status).toBe(200);
    expect((await harness.request("/v1/organisations", bearer(token))).status).toBe(401);
    expect((await openLink(link.url)).status).toBe(401);
  });
});
