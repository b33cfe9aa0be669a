import { importJWK, type JWK, SignJWT } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Clock } from "../../src/app-env.js";
import { generateSigningJwk } from "../../src/auth/signing-keys.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, json, TEST_ADMIN } from "../support/api-client.js";
import { testSigningKeysSetting } from "../support/test-keys.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

let harness: Harness;
let now: Date;
const clock: Clock = { now: () => now };
let testKey: JWK;

beforeEach(async () => {
  now = new Date("2026-11-23T12:00:00Z");
  harness = await createHarness({ deps: { clock } });
  testKey = (JSON.parse(await testSigningKeysSetting()) as { keys: JWK[] }).keys[0] as JWK;
});
afterEach(async () => {
  await harness.close();
});

const base64url = (text: string) => btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

/** Signs a token as our service would, with the given changes, using the test key or another. */
async function forge(options: { claims?: Record<string, unknown>; key?: JWK; iat?: number } = {}): Promise<string> {
  const key = options.key ?? testKey;
  const iat = options.iat ?? Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: "admin", scope: "clients:write", ...options.claims })
    .setProtectedHeader({ alg: "ES256", kid: key.kid as string })
    .setIssuer((options.claims?.iss as string) ?? TEST_SETTINGS.tokens.issuer)
    .setAudience((options.claims?.aud as string) ?? TEST_SETTINGS.tokens.audience)
    .setSubject(TEST_ADMIN.clientId)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 900)
    .setJti(crypto.randomUUID())
    .sign(await importJWK(key, "ES256"));
}

async function expectRejected(token: string, reason: RegExp): Promise<void> {
  const response = await harness.request("/v1/clients", bearer(token));
  const challenge = response.headers.get("WWW-Authenticate") ?? "";
  const problem = await json<ProblemDetails>(response, 401);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  expect(challenge).toContain('error="invalid_token"');
  expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/unauthorized");
  expect(problem.detail).toMatch(reason);
}

describe("access-token verification", () => {
  it("accepts a token the service issued, and a forged-by-us token with the right key (control)", async () => {
    await adminToken(harness);
    expect((await harness.request("/v1/clients", bearer(await forge()))).status).toBe(200);
  });

  it("answers no token with 401 and a Bearer challenge", async () => {
    const response = await harness.request("/v1/clients");
    expect(response.headers.get("WWW-Authenticate")).toBe('Bearer realm="inclusiebenchmark"');
    expect((await json<ProblemDetails>(response, 401)).detail).toContain("Authorization: Bearer");
  });

  it("rejects an expired token", async () => {
    const token = await adminToken(harness);
    now = new Date(now.getTime() + 901_000);
    await expectRejected(token, /expired/);
  });

  it("rejects a token that is not valid yet", async () => {
    await adminToken(harness);
    await expectRejected(await forge({ iat: Math.floor(now.getTime() / 1000) + 3600 }), /not valid yet/);
  });

  it("rejects a wrong audience and a wrong issuer", async () => {
    await adminToken(harness);
    await expectRejected(await forge({ claims: { aud: "another-api" } }), /audience/);
    await expectRejected(await forge({ claims: { iss: "https://evil.example" } }), /issued by someone else/);
  });

  it("rejects a token signed with a key it does not know", async () => {
    await adminToken(harness);
    await expectRejected(await forge({ key: await generateSigningJwk() }), /key we do not know/);
  });

  it('rejects alg "none"', async () => {
    const token = await adminToken(harness);
    const payload = token.split(".")[1];
    await expectRejected(`${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${payload}.`, /ES256|malformed/);
  });

  it("rejects HS256 signed with the public key as the secret", async () => {
    const token = await adminToken(harness);
    const { d: _private, ...publicJwk } = testKey;
    const header = base64url(JSON.stringify({ alg: "HS256", kid: testKey.kid }));
    const payload = token.split(".")[1] as string;
    const hmacKey = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(JSON.stringify(publicJwk)),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const signature = new Uint8Array(
      await crypto.subtle.sign("HMAC", hmacKey, new TextEncoder().encode(`${header}.${payload}`)),
    );
    await expectRejected(`${header}.${payload}.${base64url(String.fromCharCode(...signature))}`, /ES256/);
  });

  it("rejects a tampered payload", async () => {
    const token = await adminToken(harness);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/")));
    const tampered = base64url(JSON.stringify({ ...claims, sub: "someone-else" }));
    await expectRejected(`${header}.${tampered}.${signature}`, /signature/);
  });

  it("rejects garbage", async () => {
    await expectRejected("not.a.jwt", /malformed/);
  });

  it("stops a disabled client's tokens at once", async () => {
    const token = await adminToken(harness);
    await harness.storage.db
      .updateTable("clients")
      .set({ status: "disabled" })
      .where("id", "=", TEST_ADMIN.clientId)
      .execute();
    await expectRejected(token, /disabled/);
  });

  it("answers a token without the needed scope with 403 insufficient_scope", async () => {
    await adminToken(harness);
    const response = await harness.request(
      "/v1/clients",
      bearer(await forge({ claims: { scope: "organisations:read" } })),
    );
    expect(response.headers.get("WWW-Authenticate")).toContain('error="insufficient_scope"');
    expect((await json<ProblemDetails>(response, 403)).detail).toContain("clients:write");
  });
});
