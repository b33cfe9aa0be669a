import { decodeProtectedHeader, importJWK, type JWK, SignJWT } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { systemClock } from "../../src/app-env.js";
import { keyEncryption, PLAIN_KEYS, parseKeyEncryptionKey } from "../../src/auth/key-encryption.js";
import { keyRingSource } from "../../src/auth/key-ring-source.js";
import { SigningKeyError } from "../../src/auth/signing-keys.js";
import { ConfigError, loadNodeConfig, loadSharedConfig } from "../../src/config.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, TEST_ADMIN } from "../support/api-client.js";
import { TEST_KEY_ENCRYPTION_KEY } from "../support/test-keys.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API8:2023 Security misconfiguration, keys at rest: signing keys kept in the database are
 * sealed with the key-encryption key (AES-GCM), so a copy of the database (a backup) mints nothing
 * without it; turning the KEK on retires the plain keys an older backup holds.
 */

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

async function start(options: Parameters<typeof createHarness>[0]): Promise<Harness> {
  const harness = await createHarness({ signingKeys: null, ...options });
  harnesses.push(harness);
  return harness;
}

const storedKeys = (harness: Harness) =>
  harness.storage.db.selectFrom("signing_keys").select(["kid", "private_jwk"]).execute();

/** A token as an attacker holding the key material would mint it: admin role, every scope. */
async function mintWith(jwk: JWK): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: "admin", scope: "clients:write organisations:read", gen: 0 })
    .setProtectedHeader({ alg: "ES256", kid: jwk.kid as string, typ: "at+jwt" })
    .setIssuer(TEST_SETTINGS.tokens.issuer)
    .setAudience(TEST_SETTINGS.tokens.audience)
    .setSubject(TEST_ADMIN.clientId)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 600)
    .setJti(crypto.randomUUID())
    .sign(await importJWK(jwk, "ES256"));
}

describe("signing keys at rest", () => {
  it("are sealed with the KEK: the stored row holds no private key, and another KEK cannot open it", async () => {
    const harness = await start({});
    const token = await adminToken(harness);
    const [row] = await storedKeys(harness);
    expect(row?.kid).toBe(decodeProtectedHeader(token).kid);
    expect(row?.private_jwk).toMatch(/^aes256gcm\$[A-Za-z0-9_-]{16}\$[A-Za-z0-9_-]+$/);
    expect(row?.private_jwk).not.toContain('"d"');
    expect(() => JSON.parse(row?.private_jwk ?? "")).toThrow();

    const otherKek = await keyEncryption(crypto.getRandomValues(new Uint8Array(32)));
    await expect(otherKek.open(row?.kid ?? "", row?.private_jwk ?? "")).rejects.toThrow(SigningKeyError);
    // Without any KEK the stored keys do not load at all (Node stops at start, naming the setting).
    await expect(keyRingSource(harness.storage, systemClock, null, PLAIN_KEYS).get()).rejects.toThrow(
      /KEY_ENCRYPTION_KEY/,
    );
  });

  it("a token minted from a pre-KEK backup's key stops working once the KEK is enabled (the keys rotate)", async () => {
    const plain = await start({ keyEncryptionKey: null });
    // A database from before the KEK (on Workers the test file's D1 is shared: start it empty of keys).
    await plain.storage.db.deleteFrom("signing_keys").execute();
    const oldToken = await adminToken(plain);
    const [backup] = await storedKeys(plain);
    // The backup holds the key in the clear: it mints an admin token the API accepts.
    const backupKey = JSON.parse(backup?.private_jwk ?? "") as JWK;
    const forged = await mintWith(backupKey);
    expect((await plain.request("/v1/clients", bearer(forged))).status).toBe(200);

    const sealed = await start({ deps: { storage: plain.storage } });
    const newToken = await adminToken(sealed);
    expect(decodeProtectedHeader(newToken).kid).not.toBe(backupKey.kid);
    expect((await sealed.request("/v1/clients", bearer(forged))).status).toBe(401);
    expect((await sealed.request("/v1/clients", bearer(oldToken))).status).toBe(401);
    expect((await sealed.request("/v1/clients", bearer(newToken))).status).toBe(200);
    const rows = await storedKeys(sealed);
    expect(rows.map((row) => row.kid)).not.toContain(backupKey.kid);
    for (const row of rows) expect(row.private_jwk.startsWith("aes256gcm$")).toBe(true);
  });
});

describe("KEY_ENCRYPTION_KEY configuration", () => {
  it("takes 32 bytes in base64 and refuses anything else, hiding the value", () => {
    expect(parseKeyEncryptionKey(TEST_KEY_ENCRYPTION_KEY)).toBeInstanceOf(Uint8Array);
    for (const bad of ["short", btoa("x".repeat(16)), btoa("x".repeat(33)), "not base64 at all!"]) {
      expect(() => loadNodeConfig({ KEY_ENCRYPTION_KEY: bad })).toThrow(ConfigError);
      expect(() => loadNodeConfig({ KEY_ENCRYPTION_KEY: bad })).toThrow(
        /KEY_ENCRYPTION_KEY=\(hidden\): must be 32 random bytes/,
      );
    }
  });

  it("is optional on Node (it starts with a warning) and required on Workers unless JWT_SIGNING_KEYS is set", () => {
    expect(loadNodeConfig({}).keyEncryptionKey).toBeNull();
    expect(() => loadSharedConfig({})).toThrow(/KEY_ENCRYPTION_KEY is not set/);
    expect(loadSharedConfig({ KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY }).keyEncryptionKey).toHaveLength(32);
    expect(loadSharedConfig({ JWT_SIGNING_KEYS: '{"keys":[]}' }).keyEncryptionKey).toBeNull();
  });
});
