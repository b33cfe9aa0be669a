import { decodeProtectedHeader } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { generateSigningJwk } from "../../src/auth/signing-keys.js";
import { insertSigningJwk, listStoredSigningJwks, removeSigningKey } from "../../src/store/signing-keys.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, json } from "../support/api-client.js";
import { testKeyProtection } from "../support/test-keys.js";

/** Keys kept in the database (no JWT_SIGNING_KEYS): generated on first use, rotated, removed. */
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

async function databaseKeyed(): Promise<Harness> {
  const harness = await createHarness({ signingKeys: null });
  harnesses.push(harness);
  return harness;
}

describe("signing keys kept in the database", () => {
  it("generates one key on first use and keeps it", async () => {
    const harness = await databaseKeyed();
    expect(await listStoredSigningJwks(harness.storage.db, await testKeyProtection())).toHaveLength(0);
    const token = await adminToken(harness);
    const stored = await listStoredSigningJwks(harness.storage.db, await testKeyProtection());
    expect(stored).toHaveLength(1);
    expect(decodeProtectedHeader(token).kid).toBe(stored[0]?.kid);
  });

  it("rotates: a new key signs, the old one verifies until it is removed", async () => {
    const before = await databaseKeyed();
    const oldToken = await adminToken(before);
    const oldKid = decodeProtectedHeader(oldToken).kid as string;

    // Rotation, as `npm run keys -- rotate` does it: a newer key goes in; apps load keys when they start.
    await insertSigningJwk(
      before.storage.db,
      await generateSigningJwk(),
      new Date(Date.now() + 1000),
      await testKeyProtection(),
    );
    const after = await createHarness({ signingKeys: null, deps: { storage: before.storage } });
    const newToken = await adminToken(after);
    expect(decodeProtectedHeader(newToken).kid).not.toBe(oldKid);
    expect((await after.request("/v1/clients", bearer(oldToken))).status).toBe(200);
    expect((await after.request("/v1/clients", bearer(newToken))).status).toBe(200);
    const jwks = await json<{ keys: { kid: string }[] }>(await after.request("/.well-known/jwks.json"), 200);
    expect(jwks.keys.map((key) => key.kid)).toContain(oldKid);

    expect(await removeSigningKey(before.storage.db, oldKid)).toBe(true);
    const removed = await createHarness({ signingKeys: null, deps: { storage: before.storage } });
    expect((await removed.request("/v1/clients", bearer(oldToken))).status).toBe(401);
    expect((await removed.request("/v1/clients", bearer(newToken))).status).toBe(200);
  });
});

describe("signing keys from configuration (JWT_SIGNING_KEYS)", () => {
  it("signs with the first key and verifies with every key in the set", async () => {
    const oldKey = await generateSigningJwk();
    const newKey = await generateSigningJwk();
    const before = await createHarness({ signingKeys: JSON.stringify({ keys: [oldKey] }) });
    harnesses.push(before);
    const oldToken = await adminToken(before);
    expect(decodeProtectedHeader(oldToken).kid).toBe(oldKey.kid);

    const rotated = await createHarness({
      signingKeys: JSON.stringify({ keys: [newKey, oldKey] }),
      deps: { storage: before.storage },
    });
    expect(decodeProtectedHeader(await adminToken(rotated)).kid).toBe(newKey.kid);
    expect((await rotated.request("/v1/clients", bearer(oldToken))).status).toBe(200);

    const oldRemoved = await createHarness({
      signingKeys: JSON.stringify({ keys: [newKey] }),
      deps: { storage: before.storage },
    });
    expect((await oldRemoved.request("/v1/clients", bearer(oldToken))).status).toBe(401);
  });
});
