import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, basic, createClient, json, requestToken, TEST_ADMIN } from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

let harness: Harness;
let admin: string;
beforeEach(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterEach(async () => {
  await harness.close();
});

interface OAuthError {
  error: string;
  error_description: string;
  status: number;
}

const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  body: new URLSearchParams(fields).toString(),
});

describe("POST /v1/oauth/token (client credentials)", () => {
  it("issues an ES256 JWT with the documented claims, via HTTP Basic", async () => {
    const response = await requestToken(harness, TEST_ADMIN);
    // RFC 6749 §5.1: the token response is never cached, by HTTP/1.1 or HTTP/1.0 caches.
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Pragma")).toBe("no-cache");
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = await json<{ access_token: string; token_type: string; expires_in: number; scope: string }>(
      response,
      200,
    );
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe(900);
    expect(body.scope.split(" ")).toContain("clients:write");
    const header = decodeProtectedHeader(body.access_token);
    expect(header.alg).toBe("ES256");
    expect(typeof header.kid).toBe("string");
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({
      iss: TEST_SETTINGS.tokens.issuer,
      aud: TEST_SETTINGS.tokens.audience,
      sub: TEST_ADMIN.clientId,
      role: "admin",
      scope: body.scope,
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
    expect(typeof claims.jti).toBe("string");
  });

  it("accepts the credentials in the body too", async () => {
    const response = await harness.request(
      "/v1/oauth/token",
      form({
        grant_type: "client_credentials",
        client_id: TEST_ADMIN.clientId,
        client_secret: TEST_ADMIN.clientSecret,
      }),
    );
    expect(response.status).toBe(200);
  });

  it("grants a narrower scope when asked, and refuses one outside the role with invalid_scope", async () => {
    const sector = await createClient(harness, admin, { name: "Branche", role: "sector", sections: ["C"] });
    const narrow = await json<{ scope: string }>(
      await requestToken(harness, sector, { scope: "benchmarks:read" }),
      200,
    );
    expect(narrow.scope).toBe("benchmarks:read");
    const refused = await json<OAuthError>(await requestToken(harness, sector, { scope: "organisations:read" }), 400);
    expect(refused.error).toBe("invalid_scope");
  });

  it.each([
    ["a wrong secret", { clientId: TEST_ADMIN.clientId, clientSecret: "wrong-secret" }],
    ["an unknown client", { clientId: "nobody", clientSecret: TEST_ADMIN.clientSecret }],
  ])("answers %s with 401 invalid_client", async (_label, credentials) => {
    const response = await requestToken(harness, credentials);
    expect(response.headers.get("WWW-Authenticate")).toContain("Basic");
    const body = await json<OAuthError>(response, 401);
    expect(body).toMatchObject({ error: "invalid_client", status: 401 });
  });

  it("refuses a disabled client, and accepts it again when re-enabled", async () => {
    const client = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const disable = {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
    };
    await harness.request(`/v1/clients/${client.clientId}`, {
      ...disable,
      body: JSON.stringify({ status: "disabled" }),
    });
    expect((await json<OAuthError>(await requestToken(harness, client), 401)).error).toBe("invalid_client");
    await harness.request(`/v1/clients/${client.clientId}`, { ...disable, body: JSON.stringify({ status: "active" }) });
    expect((await requestToken(harness, client)).status).toBe(200);
  });

  it("answers another grant type with unsupported_grant_type", async () => {
    const response = await harness.request(
      "/v1/oauth/token",
      form({ grant_type: "password", username: "a", password: "b" }, { Authorization: basic(TEST_ADMIN) }),
    );
    expect((await json<OAuthError>(response, 400)).error).toBe("unsupported_grant_type");
  });

  it.each([
    ["no grant_type", form({}, { Authorization: basic(TEST_ADMIN) })],
    ["no credentials", form({ grant_type: "client_credentials" })],
    [
      "credentials in Basic and the body",
      form(
        { grant_type: "client_credentials", client_id: TEST_ADMIN.clientId, client_secret: TEST_ADMIN.clientSecret },
        { Authorization: basic(TEST_ADMIN) },
      ),
    ],
  ])("answers %s with invalid_request", async (_label, init) => {
    expect((await json<OAuthError>(await harness.request("/v1/oauth/token", init), 400)).error).toBe("invalid_request");
  });

  it("reads the form as the standard parser does: percent-escapes, + as a space, a charset parameter", async () => {
    // Every character escaped, as some HTTP clients do; the scopes separated by "+" (a space).
    const escaped = (text: string) =>
      [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
    const response = await harness.request("/v1/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "Application/X-WWW-Form-Urlencoded; charset=UTF-8" },
      body: `grant_type=client%5Fcredentials&client_id=${escaped(TEST_ADMIN.clientId)}&client_secret=${escaped(TEST_ADMIN.clientSecret)}&scope=benchmarks%3Aread+organisations:read`,
    });
    const body = await json<{ scope: string }>(response, 200);
    expect(body.scope).toBe("benchmarks:read organisations:read");
    // The same secret with one escape decoding to another byte is a wrong secret.
    const wrong = await harness.request("/v1/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `grant_type=client_credentials&client_id=${TEST_ADMIN.clientId}&client_secret=${escaped(TEST_ADMIN.clientSecret).replace(/%2d/, "%2b")}`,
    });
    expect((await json<OAuthError>(wrong, 401)).error).toBe("invalid_client");
  });

  it("answers a field sent twice with invalid_request, and issues nothing", async () => {
    const response = await harness.request("/v1/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `grant_type=client_credentials&client_id=${TEST_ADMIN.clientId}&client_id=other&client_secret=${TEST_ADMIN.clientSecret}`,
    });
    const body = await json<OAuthError & { access_token?: string }>(response, 400);
    expect(body.error).toBe("invalid_request");
    expect(body.error_description).toBe("The form fields must be plain text values.");
    expect(body.access_token).toBeUndefined();
  });

  it("answers a JSON body with 415", async () => {
    const response = await harness.request("/v1/oauth/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect(response.status).toBe(415);
    expect(response.headers.get("Accept-Post")).toBe("application/x-www-form-urlencoded");
  });
});

describe("GET /.well-known/jwks.json", () => {
  it("publishes the public key that verifies the tokens, without its private part", async () => {
    const token = (await json<{ access_token: string }>(await requestToken(harness, TEST_ADMIN), 200)).access_token;
    const jwks = await json<{ keys: Record<string, unknown>[] }>(await harness.request("/.well-known/jwks.json"), 200);
    const kid = decodeProtectedHeader(token).kid;
    const key = jwks.keys.find((candidate) => candidate.kid === kid);
    expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    for (const published of jwks.keys) expect(published).not.toHaveProperty("d");
  });
});
