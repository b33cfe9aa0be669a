import { decodeProtectedHeader, importJWK, type JWK, SignJWT } from "jose";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { systemClock } from "../../src/app-env.js";
import { keyEncryption, PLAIN_KEYS, parseKeyEncryptionKey, SealedTextError } from "../../src/auth/key-encryption.js";
import { keyRingSource } from "../../src/auth/key-ring-source.js";
import { SigningKeyError } from "../../src/auth/signing-keys.js";
import { ConfigError, loadNodeConfig, loadSharedConfig } from "../../src/config.js";
import { runWebhookDeliveries } from "../../src/webhooks/deliver-webhooks.js";
import { openWebhookSecret } from "../../src/webhooks/webhook-secrets.js";
import type { WebhookRequest } from "../../src/webhooks/webhook-sender.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, castOfClients, cutRelease, json, jsonBody, TEST_ADMIN } from "../support/api-client.js";
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

describe("webhook signing secrets at rest", () => {
  /** A subscription to release events at a URL of this test only (one D1 per test file on Workers). */
  async function subscribe(harness: Harness, token: string) {
    const url = `https://hr-tool.example.nl/hooks/${crypto.randomUUID()}`;
    const created = await json<{ webhookId: string; secret: string }>(
      await harness.request(
        "/v1/webhooks",
        jsonBody("POST", { url, eventTypes: ["benchmark.release.published"] }, token),
      ),
      201,
    );
    return { ...created, url };
  }
  const storedSecret = async (harness: Harness, id: string) =>
    (
      await harness.storage.db
        .selectFrom("webhook_subscriptions")
        .select("secret")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).secret;
  /** One deliverer run with a recording sender; what it sent to `url`. */
  async function deliverTo(harness: Harness, url: string, logs: unknown[] = []) {
    const sent: WebhookRequest[] = [];
    await runWebhookDeliveries({
      storage: harness.storage,
      secretSealing: harness.secretSealing,
      clock: systemClock,
      sender: {
        async send(request) {
          sent.push(request);
          return { status: 204 };
        },
      },
      allowLoopback: false,
      log: (entry) => void logs.push(entry),
    });
    return sent.filter((request) => request.url === url);
  }
  const verifies = (secret: string, request: WebhookRequest) =>
    new Webhook(secret).verify(request.body, request.headers as Record<string, string>);

  it("are sealed with the KEK and bound to their subscription: the row holds no secret, deliveries still verify", async () => {
    const harness = await start({});
    const cast = await castOfClients(harness);
    const first = await subscribe(harness, cast.integration.token);
    const other = await subscribe(harness, cast.integration.token);
    const stored = await storedSecret(harness, first.webhookId);
    expect(stored).toMatch(/^aes256gcm\$[A-Za-z0-9_-]{16}\$[A-Za-z0-9_-]+$/);
    expect(stored).not.toContain(first.secret);
    expect(stored).not.toContain(first.secret.slice("whsec_".length));
    expect(await openWebhookSecret(harness.secretSealing, first.webhookId, stored)).toBe(first.secret);
    // Copied onto another subscription's row, or opened with another KEK, it does not open.
    await expect(openWebhookSecret(harness.secretSealing, other.webhookId, stored)).rejects.toThrow(SealedTextError);
    const otherKek = await keyEncryption(crypto.getRandomValues(new Uint8Array(32)));
    await expect(openWebhookSecret(otherKek, first.webhookId, stored)).rejects.toThrow(SealedTextError);

    // A rotated secret is sealed too, and the next delivery is signed with it.
    const rotated = await json<{ secret: string }>(
      await harness.request(
        `/v1/webhooks/${first.webhookId}/secret-rotations`,
        bearer(cast.integration.token, { method: "POST" }),
      ),
      201,
    );
    const storedAfter = await storedSecret(harness, first.webhookId);
    expect(storedAfter.startsWith("aes256gcm$")).toBe(true);
    expect(storedAfter).not.toContain(rotated.secret.slice("whsec_".length));
    await cutRelease(harness, cast.admin);
    const [delivery] = await deliverTo(harness, first.url);
    expect(delivery).toBeDefined();
    expect(() => verifies(rotated.secret, delivery as WebhookRequest)).not.toThrow();
    expect(() => verifies(first.secret, delivery as WebhookRequest)).toThrow();
  });

  it("a secret stored plain (before sealing) is sealed in place by the next deliverer run and still verifies", async () => {
    const harness = await start({});
    const cast = await castOfClients(harness);
    const subscription = await subscribe(harness, cast.integration.token);
    // As a database from before sealing holds it.
    await harness.storage.db
      .updateTable("webhook_subscriptions")
      .set({ secret: subscription.secret })
      .where("id", "=", subscription.webhookId)
      .execute();
    const etag = async () =>
      (await harness.request(`/v1/webhooks/${subscription.webhookId}`, bearer(cast.integration.token))).headers.get(
        "ETag",
      );
    const etagBefore = await etag();
    await cutRelease(harness, cast.admin);
    const [delivery] = await deliverTo(harness, subscription.url);
    const stored = await storedSecret(harness, subscription.webhookId);
    expect(stored.startsWith("aes256gcm$")).toBe(true);
    expect(stored).not.toContain(subscription.secret.slice("whsec_".length));
    expect(await openWebhookSecret(harness.secretSealing, subscription.webhookId, stored)).toBe(subscription.secret);
    expect(() => verifies(subscription.secret, delivery as WebhookRequest)).not.toThrow();
    // Not a change its client sees: the subscription's ETag did not move.
    expect(etagBefore).toMatch(/^(W\/)?"/);
    expect(await etag()).toBe(etagBefore);
  });

  it("without the KEK that sealed it, a secret signs nothing: the delivery fails and the operator's log says why", async () => {
    const sealed = await start({});
    const cast = await castOfClients(sealed);
    const subscription = await subscribe(sealed, cast.integration.token);
    await cutRelease(sealed, cast.admin);
    const unsealed = await start({ keyEncryptionKey: null, deps: { storage: sealed.storage } });
    const logs: { level?: string; message?: string }[] = [];
    expect(await deliverTo(unsealed, subscription.url, logs)).toEqual([]);
    expect(logs.some((entry) => entry.level === "error" && /KEY_ENCRYPTION_KEY/.test(entry.message ?? ""))).toBe(true);
    const attempts = await sealed.storage.db
      .selectFrom("webhook_delivery_attempts")
      .select(["outcome", "error"])
      .where("subscription_id", "=", subscription.webhookId)
      .execute();
    expect(attempts).toEqual([
      { outcome: "failed", error: expect.stringMatching(/cannot read this subscription's signing secret/) },
    ]);
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
