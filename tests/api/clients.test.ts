import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
  requestToken,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
beforeEach(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterEach(async () => {
  await harness.close();
});

interface Client {
  clientId: string;
  role: string;
  status: string;
  organisationId: string | null;
  sections: string[];
}

describe("client management (admin)", () => {
  it("creates a client whose secret is shown once and works at the token endpoint", async () => {
    const created = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    expect(created.clientId).toMatch(/^cli_[a-z2-7]{24}$/);
    expect(created.clientSecret).toMatch(/^sec_[a-z2-7]{52}$/);
    const fetched = await json<Record<string, unknown>>(
      await harness.request(`/v1/clients/${created.clientId}`, bearer(admin)),
      200,
    );
    expect(fetched).not.toHaveProperty("clientSecret");
    expect(JSON.stringify(fetched)).not.toContain(created.clientSecret);
    expect((await requestToken(harness, created)).status).toBe(200);
  });

  it("binds an employer to its organisation and a sector client to its sections", async () => {
    const organisation = await createOrganisation(harness, admin);
    const employer = await createClient(harness, admin, {
      name: "Employer",
      role: "employer",
      organisationId: organisation.organisationId,
    });
    expect(employer.organisationId).toBe(organisation.organisationId);
    const sector = await createClient(harness, admin, { name: "Branche", role: "sector", sections: ["Q", "C", "Q"] });
    expect(sector.sections).toEqual(["C", "Q"]);
  });

  it.each([
    [{ name: "x", role: "employer" }, "/organisationId"],
    [{ name: "x", role: "integration", organisationId: "org_aaaaaaaaaaaaaaaaaaaaaaaa" }, "/organisationId"],
    [{ name: "x", role: "sector" }, "/sections"],
    [{ name: "x", role: "admin", sections: ["A"] }, "/sections"],
    [{ name: "x", role: "employer", organisationId: "org_aaaaaaaaaaaaaaaaaaaaaaaa" }, "/organisationId"],
    [{ name: "x", role: "superuser" }, "/role"],
    [{ name: "x", role: "integration", clientSecret: "mine" }, "/clientSecret"],
  ])("refuses %o naming %s, and stores nothing", async (body, pointer) => {
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/clients", jsonBody("POST", body, admin)),
      400,
    );
    expect(problem.errors?.map((error) => error.pointer)).toContain(pointer);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("lists clients with cursor pagination: every client once, pages of the asked size", async () => {
    const created: string[] = [];
    for (let index = 0; index < 3; index++) {
      created.push((await createClient(harness, admin, { name: `tool ${index}`, role: "integration" })).clientId);
    }
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? "" : `&cursor=${cursor}`;
      const page: { items: Client[]; nextCursor: string | null } = await json(
        await harness.request(`/v1/clients?limit=2${query}`, bearer(admin)),
        200,
      );
      seen.push(...page.items.map((client) => client.clientId));
      pageSizes.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...created, "test-admin"]));
    expect(pageSizes.slice(0, -1).every((size) => size === 2)).toBe(true);
    expect(pageSizes.length).toBeGreaterThanOrEqual(2);
    const bad = await json<ProblemDetails>(await harness.request("/v1/clients?cursor=garbage", bearer(admin)), 400);
    expect(bad.errors).toEqual([{ in: "query", pointer: "/cursor", message: expect.any(String) }]);
  });

  it("rotates a secret: the new one works, the old one stops", async () => {
    const client = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const rotation = await json<{ clientSecret: string }>(
      await harness.request(`/v1/clients/${client.clientId}/secret-rotations`, bearer(admin, { method: "POST" })),
      201,
    );
    expect(rotation.clientSecret).not.toBe(client.clientSecret);
    expect((await requestToken(harness, client)).status).toBe(401);
    expect(
      (await requestToken(harness, { clientId: client.clientId, clientSecret: rotation.clientSecret })).status,
    ).toBe(200);
  });

  it("disables a client: its existing tokens stop at once", async () => {
    const client = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const token = await tokenFor(harness, client);
    expect((await harness.request("/v1/organisations", bearer(token))).status).toBe(200);
    const disabled = await json<Client>(
      await harness.request(`/v1/clients/${client.clientId}`, jsonBody("PATCH", { status: "disabled" }, admin)),
      200,
    );
    expect(disabled.status).toBe("disabled");
    expect((await harness.request("/v1/organisations", bearer(token))).status).toBe(401);
  });

  it("sets a sector client's sections, and refuses sections for other roles with 422", async () => {
    const sector = await createClient(harness, admin, { name: "Branche", role: "sector", sections: ["C"] });
    const updated = await json<Client>(
      await harness.request(
        `/v1/clients/${sector.clientId}/sections`,
        jsonBody("PUT", { sections: ["F", "G"] }, admin),
      ),
      200,
    );
    expect(updated.sections).toEqual(["F", "G"]);
    const tool = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const refused = await harness.request(
      `/v1/clients/${tool.clientId}/sections`,
      jsonBody("PUT", { sections: ["F"] }, admin),
    );
    expect(refused.status).toBe(422);
  });

  it("links an organisation to an integration client, which then sees it, and unlinks it", async () => {
    const tool = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const toolToken = await tokenFor(harness, tool);
    const organisation = await createOrganisation(harness, admin);
    const path = `/v1/organisations/${organisation.organisationId}`;
    expect((await harness.request(path, bearer(toolToken))).status).toBe(404);
    const link = `/v1/clients/${tool.clientId}/organisations/${organisation.organisationId}`;
    expect((await harness.request(link, bearer(admin, { method: "PUT" }))).status).toBe(204);
    expect((await harness.request(link, bearer(admin, { method: "PUT" }))).status).toBe(204);
    expect((await harness.request(path, bearer(toolToken))).status).toBe(200);
    expect((await harness.request(link, bearer(admin, { method: "DELETE" }))).status).toBe(204);
    expect((await harness.request(path, bearer(toolToken))).status).toBe(404);
    expect((await harness.request(link, bearer(admin, { method: "DELETE" }))).status).toBe(404);
  });

  it("answers an unknown client with 404", async () => {
    expect((await harness.request("/v1/clients/cli_unknown", bearer(admin))).status).toBe(404);
  });
});
