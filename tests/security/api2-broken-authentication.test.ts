import { importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Clock } from "../../src/app-env.js";
import { generateSigningJwk } from "../../src/auth/signing-keys.js";
import type { ProblemDetails } from "../../src/errors.js";
import { OAUTH2_SCHEME } from "../../src/openapi/define-route.js";
import type { Harness } from "../harness/harness.js";
import { bearer, TEST_ADMIN } from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import {
  buildWorld,
  documentOperations,
  fillPath,
  openApiDocument,
  pathValuesFor,
  validBody,
  type World,
} from "../support/operations.js";
import { testSigningKeysSetting } from "../support/test-keys.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API2:2023 Broken Authentication: every operation the contract protects refuses a missing,
 * malformed, expired, foreign-signed, unsigned (alg none), algorithm-confused or tampered token with
 * 401, a WWW-Authenticate challenge and problem details, and does nothing. The token endpoint's own
 * brute-force protection is tests/security/api2-token-brute-force.test.ts (hardening work).
 */

let harness: Harness;
let now: Date;
const clock: Clock = { now: () => now };
let world: World;
let badTokens: Record<string, string>;

const base64url = (bytes: string) => btoa(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

async function signAs(key: JWK, iat: number, claims: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({ role: "admin", scope: "clients:write frameworks:write organisations:write", ...claims })
    .setProtectedHeader({ alg: "ES256", kid: key.kid as string })
    .setIssuer(TEST_SETTINGS.tokens.issuer)
    .setAudience(TEST_SETTINGS.tokens.audience)
    .setSubject(TEST_ADMIN.clientId)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 900)
    .setJti(crypto.randomUUID())
    .sign(await importJWK(key, "ES256"));
}

beforeAll(async () => {
  now = new Date("2026-11-23T12:00:00Z");
  harness = await createHarness({ deps: { clock } });
  world = await buildWorld(harness);
  const admin = world.cast.admin;
  const [header, payload, signature] = admin.split(".") as [string, string, string];
  const testKey = (JSON.parse(await testSigningKeysSetting()) as { keys: JWK[] }).keys[0] as JWK;
  const { d: _private, ...publicJwk } = testKey;
  const hmacKey = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(JSON.stringify(publicJwk)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const hsHeader = base64url(JSON.stringify({ alg: "HS256", kid: testKey.kid }));
  const hsSignature = new Uint8Array(
    await crypto.subtle.sign("HMAC", hmacKey, new TextEncoder().encode(`${hsHeader}.${payload}`)),
  );
  const claims = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))) as Record<string, unknown>;
  const issuedAt = Math.floor(now.getTime() / 1000);
  badTokens = {
    garbage: "not.a.jwt",
    "random base64": base64url("x".repeat(120)),
    "expired (the admin's own, 16 minutes later)": admin,
    "signed with a key we do not know": await signAs(await generateSigningJwk(), issuedAt),
    'alg "none"': `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${payload}.`,
    "HS256 with the public key as secret": `${hsHeader}.${payload}.${base64url(String.fromCharCode(...hsSignature))}`,
    "tampered claims": `${header}.${base64url(JSON.stringify({ ...claims, role: "admin", sub: "someone-else" }))}.${signature}`,
    "valid signature, another audience": await signAs(testKey, issuedAt, { aud: "another-api" }),
  };
});
afterAll(async () => {
  await harness.close();
});

async function expectUnauthorized(response: Response, challenge: RegExp, what: string): Promise<void> {
  const text = await response.text();
  expect(response.status, `${what}: ${text}`).toBe(401);
  expect(response.headers.get("WWW-Authenticate"), what).toMatch(challenge);
  expect(response.headers.get("Content-Type"), what).toBe("application/problem+json");
  const problem = JSON.parse(text) as ProblemDetails;
  expect(problem.status, what).toBe(401);
  expect(problem.type, what).toBe("https://inclusiebenchmark.nl/problems/unauthorized");
  expect(problem.title, what).toEqual(expect.any(String));
  expect(problem.detail, what).toEqual(expect.any(String));
}

describe("every protected operation × every bad credential", () => {
  const protectedOperations = documentOperations().filter((operation) => operation.access !== null);

  it("walks exactly the operations the document marks as secured (control)", () => {
    const secured = Object.values(openApiDocument().paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        // Secured by an access token; the token endpoint's client authentication (client_secret_basic) is not one.
        Array.isArray(operation.security) &&
        operation.security.some((requirement: Record<string, unknown>) => OAUTH2_SCHEME in requirement)
          ? [operation.operationId]
          : [],
      ),
    );
    expect(protectedOperations.map((operation) => operation.operationId).sort()).toEqual(secured.sort());
    expect(secured.length).toBeGreaterThanOrEqual(29);
  });

  for (const operation of protectedOperations) {
    it(`${operation.method} ${operation.path}: 401 with a challenge, nothing done`, async () => {
      // The admin's token was issued at `now`; 16 minutes later it has expired, the others fail anyway.
      now = new Date(Date.parse("2026-11-23T12:16:00Z"));
      const path = fillPath(operation.path, pathValuesFor(world, "admin", { draftAssessment: true }));
      const body = validBody(operation.operationId, world);
      const mediaType = operation.body === null ? undefined : Object.keys(operation.body.content)[0];
      const init = (headers: Record<string, string>): RequestInit => ({
        method: operation.method,
        headers: { ...(mediaType === undefined ? {} : { "Content-Type": mediaType }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const before = await databaseSnapshot(harness.storage);
      await expectUnauthorized(await harness.request(path, init({})), /^Bearer realm="inclusiebenchmark"$/, "no token");
      await expectUnauthorized(
        await harness.request(path, init({ Authorization: "Basic dGVzdDp0ZXN0" })),
        /error="invalid_request"/,
        "another scheme",
      );
      for (const [what, token] of Object.entries(badTokens)) {
        await expectUnauthorized(
          await harness.request(path, init({ Authorization: `Bearer ${token}` })),
          /error="invalid_token"/,
          what,
        );
      }
      expect(await databaseSnapshot(harness.storage)).toBe(before);
      now = new Date("2026-11-23T12:00:00Z");
    });
  }

  it("accepts the same admin token while it is valid (control: the 401s above are about the token)", async () => {
    now = new Date("2026-11-23T12:05:00Z");
    expect((await harness.request("/v1/clients", bearer(world.cast.admin))).status).toBe(200);
    now = new Date("2026-11-23T12:00:00Z");
  });
});
